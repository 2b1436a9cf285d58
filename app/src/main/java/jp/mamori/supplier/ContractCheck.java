package jp.mamori.supplier;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One periodic check of one contract (定期確認): a questionnaire of a campaign sent to the contractor's
 * contact, answered in the product or by Excel, then assessed by the officer.
 */
public record ContractCheck(
        long id,
        long campaignId,
        String campaignTitle,
        LocalDate dueOn,
        long contractId,
        @Nullable String answeredBy,
        @Nullable OffsetDateTime answeredAt,
        @Nullable Assessment assessment,
        String assessmentNote,
        @Nullable String assessedBy,
        List<Question> questions) {
    public ContractCheck {
        questions = List.copyOf(questions);
    }

    /** A question with its answer (null until answered). */
    public record Question(
            long id, int position, String text, @Nullable CheckAnswer answer, String comment) {}

    /** 回答待ち, 回答済 or 評価済. */
    public String state() {
        if (assessment != null) {
            return "ASSESSED";
        }
        return answeredAt != null ? "ANSWERED" : "OPEN";
    }

    /** True when its answers had not come back by its due date (a finding, {@code CHECK_OVERDUE}). */
    public boolean overdueOn(LocalDate day) {
        return answeredAt == null && dueOn.isBefore(day);
    }

    public String stateKey() {
        return "sup.check.state." + state();
    }
}
