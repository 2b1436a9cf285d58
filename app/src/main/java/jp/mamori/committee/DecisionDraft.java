package jp.mamori.committee;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.mamori.shared.InvalidInputException.Problem;
import org.jspecify.annotations.Nullable;

/**
 * A decision as the secretariat enters it: the title (議案), the resolution's text, the matter of
 * another module it decides ({@code kind:id} of one offered now, or empty) and each member's vote by
 * person id.
 */
public record DecisionDraft(
        String title, String resolution, @Nullable String matterKey, Map<Long, Vote> votes) {
    static final int TITLE_MAX = 200;
    static final int TEXT_MAX = 8000;

    public DecisionDraft {
        title = title.strip();
        resolution = resolution.strip();
        matterKey = matterKey == null || matterKey.isBlank() ? null : matterKey.strip();
        votes = Map.copyOf(votes);
    }

    List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (title.isEmpty()) {
            problems.add(Problem.of("title", "cmt.error.required"));
        } else if (title.length() > TITLE_MAX) {
            problems.add(Problem.of("title", "cmt.error.tooLong", TITLE_MAX));
        }
        if (resolution.length() > TEXT_MAX) {
            problems.add(Problem.of("resolution", "cmt.error.tooLong", TEXT_MAX));
        }
        return problems;
    }
}
