package jp.mamori.committee;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.mamori.shared.InvalidInputException.Problem;
import org.jspecify.annotations.Nullable;

/** The plan of a meeting as a form or the API sends it. */
public record MeetingDraft(String title, @Nullable LocalDate heldOn, String place, String agenda) {
    static final int TITLE_MAX = 200;
    static final int AGENDA_MAX = 8000;

    public MeetingDraft {
        title = title.strip();
        place = place.strip();
        agenda = agenda.strip();
    }

    List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (title.isEmpty()) {
            problems.add(Problem.of("title", "cmt.error.required"));
        } else if (title.length() > TITLE_MAX) {
            problems.add(Problem.of("title", "cmt.error.tooLong", TITLE_MAX));
        }
        if (heldOn == null) {
            problems.add(Problem.of("heldOn", "cmt.error.required"));
        }
        if (place.isEmpty()) {
            problems.add(Problem.of("place", "cmt.error.required"));
        } else if (place.length() > TITLE_MAX) {
            problems.add(Problem.of("place", "cmt.error.tooLong", TITLE_MAX));
        }
        if (agenda.isEmpty()) {
            problems.add(Problem.of("agenda", "cmt.error.required"));
        } else if (agenda.length() > AGENDA_MAX) {
            problems.add(Problem.of("agenda", "cmt.error.tooLong", AGENDA_MAX));
        }
        return problems;
    }
}
