package jp.mamori.supplier;

import java.time.LocalDate;

/**
 * A certification of a contractor.
 *
 * @param label the certification's name for {@link CertificationKind#OTHER} (empty otherwise)
 * @param number 登録番号 or 認証番号
 * @param expiresOn the last day it is valid
 */
public record Certification(long id, CertificationKind kind, String label, String number, LocalDate expiresOn) {
    /** The name people use: the label of another certification, the usual name otherwise. */
    public String displayName() {
        return switch (kind) {
            case ISMS -> "ISMS(ISO/IEC 27001)";
            case ISMAP -> "ISMAP";
            case PRIVACY_MARK -> "プライバシーマーク";
            case OTHER -> label;
        };
    }

    /** True when it is no longer valid on that day. */
    public boolean expiredOn(LocalDate day) {
        return expiresOn.isBefore(day);
    }
}
