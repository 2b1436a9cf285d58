package jp.mamori.organization.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import jp.mamori.organization.PersonDraft;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.InvalidInputException.Problem;
import org.jspecify.annotations.Nullable;

/**
 * The body of POST and PUT {@code /api/v1/people}. Dates are ISO 8601 ({@code 2024-04-01}); they are
 * read as text so a wrong date is answered with a 400 naming the field.
 */
record PersonRequest(
        @Nullable String staffNumber,
        @Nullable String name,
        @Nullable String kana,
        @Nullable String email,
        @Nullable String category,
        @Nullable Long unitId,
        @Nullable String inPostFrom,
        @Nullable String inPostTo) {

    PersonDraft draft() {
        List<Problem> problems = new ArrayList<>();
        LocalDate from = iso(inPostFrom, "inPostFrom", problems);
        LocalDate to = iso(inPostTo, "inPostTo", problems);
        PersonDraft draft = new PersonDraft(staffNumber, name, kana, email, category, unitId, from, to);
        if (!problems.isEmpty()) {
            // report every field at once: the draft's own problems, less the dates already named
            draft.problems().stream()
                    .filter(p -> problems.stream().noneMatch(q -> q.field().equals(p.field())))
                    .forEach(problems::add);
            throw new InvalidInputException(problems);
        }
        return draft;
    }

    private static @Nullable LocalDate iso(@Nullable String text, String field, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(Problem.of(field, "organization.person." + field + ".format"));
            return null;
        }
    }
}
