package jp.mamori.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.mamori.shared.InvalidInputException.Problem;
import org.jspecify.annotations.Nullable;

/**
 * What an author writes: the text of a revision and its dates. Dates may be missing while the
 * draft is being written; {@link #completeness()} lists what submission needs.
 *
 * @param documentNumber 文書番号, free text such as 7架共第12号
 * @param enactedOn 制定日 (the date the document was first made)
 * @param amendedOn 改正日 (null for the first revision)
 * @param effectiveOn 施行日 (may lie in the future)
 * @param reason reason for the change (改正理由)
 * @param supplementaryProvisions 附則, Markdown
 * @param body the text, Markdown
 */
public record RevisionDraft(
        String documentNumber,
        @Nullable LocalDate enactedOn,
        @Nullable LocalDate amendedOn,
        @Nullable LocalDate effectiveOn,
        String reason,
        String supplementaryProvisions,
        String body) {
    static final int MAX_BODY = 200_000;
    static final int MAX_TEXT = 4_000;

    public RevisionDraft {
        documentNumber = documentNumber.strip();
        reason = reason.strip();
    }

    /** Problems that make the draft unsavable: lengths and date order. */
    List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (documentNumber.length() > 100) {
            problems.add(Problem.of("documentNumber", "policy.revision.error.tooLong", 100));
        }
        if (reason.length() > MAX_TEXT) {
            problems.add(Problem.of("reason", "policy.revision.error.tooLong", MAX_TEXT));
        }
        if (supplementaryProvisions.length() > MAX_TEXT) {
            problems.add(Problem.of("supplementaryProvisions", "policy.revision.error.tooLong", MAX_TEXT));
        }
        if (body.length() > MAX_BODY) {
            problems.add(Problem.of("body", "policy.revision.error.tooLong", MAX_BODY));
        }
        if (enactedOn != null && amendedOn != null && amendedOn.isBefore(enactedOn)) {
            problems.add(Problem.of("amendedOn", "policy.revision.error.amendedBeforeEnacted"));
        }
        LocalDate decided = amendedOn != null ? amendedOn : enactedOn;
        if (decided != null && effectiveOn != null && effectiveOn.isBefore(decided)) {
            problems.add(Problem.of("effectiveOn", "policy.revision.error.effectiveBeforeDecided"));
        }
        return problems;
    }

    /** What is still missing before the draft can go to approval (on top of {@link #problems()}). */
    List<Problem> completeness() {
        List<Problem> problems = new ArrayList<>(problems());
        if (documentNumber.isBlank()) {
            problems.add(Problem.of("documentNumber", "policy.revision.error.required"));
        }
        if (enactedOn == null) {
            problems.add(Problem.of("enactedOn", "policy.revision.error.required"));
        }
        if (effectiveOn == null) {
            problems.add(Problem.of("effectiveOn", "policy.revision.error.required"));
        }
        if (body.isBlank()) {
            problems.add(Problem.of("body", "policy.revision.error.required"));
        }
        return problems;
    }
}
