package jp.mamori.supplier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.mamori.shared.Wareki;

/**
 * The policy's rules for official SNS accounts: the second factor is on (8.5.4 乗っ取り対策), the
 * account is announced as official somewhere the public trusts (8.5.3 なりすまし対策), the responsible
 * person is in post and has a deputy (8.5.2), the yearly review is not overdue (8.5.1).
 */
public final class SnsRule {
    private SnsRule() {}

    /** What the rules look at: the account, whether its responsible person is in post, today. */
    record Facts(SnsAccount account, boolean responsibleInPost, LocalDate today) {
        SupplierFinding finding(String rule, String measure, Object... args) {
            return new SupplierFinding(rule, measure, account.label(), "/sns-accounts/" + account.id(), List.of(args));
        }
    }

    static List<SupplierFinding> check(Facts f) {
        List<SupplierFinding> out = new ArrayList<>();
        SnsAccount a = f.account();
        if (!a.secondFactor()) {
            out.add(f.finding("SNS_NO_SECOND_FACTOR", "8.5.4"));
        }
        if (a.announcedAt().isBlank()) {
            out.add(f.finding("SNS_NOT_ANNOUNCED", "8.5.3"));
        }
        if (!f.responsibleInPost()) {
            out.add(f.finding("SNS_RESPONSIBLE_NOT_IN_POST", "8.5.2"));
        }
        if (a.deputies().isEmpty()) {
            out.add(f.finding("SNS_NO_DEPUTY", "8.5.2"));
        }
        if (a.lastReviewedOn() == null) {
            out.add(f.finding("SNS_NEVER_REVIEWED", "8.5.1"));
        } else if (a.reviewDue(f.today()).isBefore(f.today())) {
            out.add(f.finding("SNS_REVIEW_OVERDUE", "8.5.1", Wareki.japanese(a.reviewDue(f.today()))));
        }
        return out;
    }
}
