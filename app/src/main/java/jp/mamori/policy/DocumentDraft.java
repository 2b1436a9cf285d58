package jp.mamori.policy;

import java.util.ArrayList;
import java.util.List;
import jp.mamori.shared.InvalidInputException.Problem;
import org.jspecify.annotations.Nullable;

/**
 * What is given to create or change a document.
 *
 * @param tier basic policy, standard or procedure (fixed once created)
 * @param parentId the document above it
 * @param title 題名
 * @param subject the system or unit a procedure is about, "" for none
 * @param ownerUnitId the owner unit (所管部署)
 * @param visibility who may read it
 */
public record DocumentDraft(
        @Nullable PolicyTier tier,
        @Nullable Long parentId,
        String title,
        String subject,
        @Nullable Long ownerUnitId,
        Visibility visibility) {
    public DocumentDraft {
        title = title.strip();
        subject = subject.strip();
    }

    /** Problems the draft shows on its own (references are checked by the service). */
    List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (tier == null) {
            problems.add(Problem.of("tier", "policy.document.error.required"));
        }
        if (title.isBlank()) {
            problems.add(Problem.of("title", "policy.document.error.required"));
        } else if (title.length() > 200) {
            problems.add(Problem.of("title", "policy.document.error.tooLong", 200));
        }
        if (subject.length() > 200) {
            problems.add(Problem.of("subject", "policy.document.error.tooLong", 200));
        }
        if (ownerUnitId == null) {
            problems.add(Problem.of("ownerUnitId", "policy.document.error.required"));
        }
        return problems;
    }
}
