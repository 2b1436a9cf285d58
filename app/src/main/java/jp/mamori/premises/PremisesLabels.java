package jp.mamori.premises;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import jp.mamori.shared.BodyClock;
import jp.mamori.shared.Role;
import jp.mamori.shared.Wareki;

/** The Japanese words the Excel exports write (an export is a document of the body, in Japanese). */
final class PremisesLabels {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private PremisesLabels() {}

    static String level(AreaLevel level) {
        return switch (level) {
            case GENERAL -> "一般区域";
            case CONTROLLED -> "管理区域";
            case RESTRICTED -> "重要管理区域";
        };
    }

    static String finding(EntryRule rule) {
        return switch (rule) {
            case VISITOR_WITHOUT_ESCORT -> "同行者のない来訪者";
            case NOT_AUTHORISED -> "許可のない入室";
            case NO_EXIT -> "退室の記録なし";
        };
    }

    static String role(Role role) {
        return switch (role) {
            case CISO -> "最高情報セキュリティ責任者";
            case DEPUTY_CISO -> "副CISO";
            case CHIEF_SECURITY_OFFICER -> "統括情報セキュリティ責任者";
            case SECURITY_OFFICER -> "情報セキュリティ責任者";
            case SECURITY_MANAGER -> "情報セキュリティ管理者";
            case SYSTEM_ADMINISTRATOR -> "情報システム管理者";
            case SYSTEM_STAFF -> "情報システム担当者";
            case COMMITTEE_MEMBER -> "情報セキュリティ委員会委員";
            case CSIRT -> "CSIRT";
            case AUDITOR -> "監査人";
            case AUDIT_DIRECTOR -> "監査統括責任者";
            case STAFF -> "職員等";
        };
    }

    /** 和暦 date and time, e.g. 令和8年12月1日 8:58. */
    static String dateTime(OffsetDateTime t) {
        var local = t.atZoneSameInstant(BodyClock.ZONE);
        return Wareki.japanese(local.toLocalDate()) + " " + TIME.format(local);
    }

    static String carryOutState(CarryOut.State state) {
        return switch (state) {
            case REQUESTED -> "承認待ち";
            case AWAITING_CISO -> "CISOの承認待ち";
            case APPROVED -> "持出中";
            case REFUSED -> "不許可";
            case RETURNED -> "返却済";
        };
    }

    static String bringInState(BringIn.State state) {
        return switch (state) {
            case REQUESTED -> "確認待ち";
            case CHECKED -> "承認待ち";
            case APPROVED -> "許可";
            case REFUSED -> "不許可";
        };
    }

    static String mediumKind(Medium.Kind kind) {
        return switch (kind) {
            case USB_MEMORY -> "USBメモリ";
            case EXTERNAL_DISK -> "外付けディスク";
            case OPTICAL_DISC -> "光ディスク";
            case MEMORY_CARD -> "メモリカード";
            case OTHER -> "その他";
        };
    }

    static String mediumState(Medium.State state) {
        return switch (state) {
            case IN_STOCK -> "保管中";
            case ISSUED -> "貸出中";
            case MISSING -> "所在不明";
            case DISPOSED -> "廃棄済";
        };
    }

    static String mediumFinding(MediumRule rule) {
        return switch (rule) {
            case UNENCRYPTED -> "暗号化なし";
            case MISSING -> "所在不明";
            case CHECK_OVERDUE -> "点検の期限切れ";
        };
    }

    static String method(MediaDisposal.Method method) {
        return switch (method) {
            case PHYSICAL_DESTRUCTION -> "物理的破壊";
            case DEGAUSSING -> "磁気消去";
            case CERTIFIED_ERASURE -> "証明付きデータ消去";
        };
    }
}
