package jp.mamori.control.catalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.Role;
import org.jspecify.annotations.Nullable;

/**
 * The body's own measure as entered while tailoring, before it is checked: the web form fills it,
 * {@link Catalogues#addOwn} checks and stores it.
 */
public record OwnMeasure(
        String id,
        String title,
        String statement,
        String evidence,
        @Nullable Role role,
        @Nullable CheckFrequency frequency,
        @Nullable MeasureScope scope,
        String iso27001) {

    List<InvalidInputException.Problem> problems() {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (!Measure.ID.matcher(id.strip()).matches()) {
            problems.add(InvalidInputException.Problem.of("id", "control.tailor.error.id"));
        }
        if (title.isBlank() || title.length() > 200) {
            problems.add(InvalidInputException.Problem.of("title", "control.tailor.error.title"));
        }
        if (statement.isBlank() || statement.length() > 2000) {
            problems.add(InvalidInputException.Problem.of("statement", "control.tailor.error.statement"));
        }
        if (role == null) {
            problems.add(InvalidInputException.Problem.of("role", "control.tailor.error.required"));
        }
        if (frequency == null) {
            problems.add(InvalidInputException.Problem.of("frequency", "control.tailor.error.required"));
        }
        if (scope == null) {
            problems.add(InvalidInputException.Problem.of("scope", "control.tailor.error.required"));
        }
        for (String number : isoList()) {
            if (!IsoControl.isValid(number)) {
                problems.add(InvalidInputException.Problem.of("iso27001", "control.import.error.iso", number));
            }
        }
        return problems;
    }

    List<String> isoList() {
        return Arrays.stream(iso27001.split("[,、\\s]+"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    }

    @SuppressWarnings("NullAway")
    Measure measure() {
        String clean = id.strip();
        return new Measure(
                clean,
                Measure.chapterOf(clean),
                Measure.sectionOf(clean),
                title.strip(),
                statement.strip(),
                role,
                evidence.strip(),
                frequency,
                scope,
                Applicability.ALWAYS,
                isoList(),
                MeasureOrigin.OWN,
                true,
                "");
    }
}
