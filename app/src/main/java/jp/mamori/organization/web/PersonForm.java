package jp.mamori.organization.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.mamori.organization.DateText;
import jp.mamori.organization.Person;
import jp.mamori.organization.PersonDraft;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.InvalidInputException.Problem;
import org.jspecify.annotations.Nullable;

/**
 * The person form. Dates are typed as text so that 2024-04-01, 2024/4/1 and 令和6年4月1日 all work
 * and a wrong date gets a message naming the field rather than a conversion error.
 */
record PersonForm(
        @NotBlank(message = "{organization.person.staffNumber.required}")
        @Size(max = PersonDraft.STAFF_NUMBER_MAX, message = "{organization.person.staffNumber.format}")
        @Nullable
        String staffNumber,

        @NotBlank(message = "{organization.person.name.required}")
        @Size(max = PersonDraft.NAME_MAX, message = "{organization.person.name.tooLong}")
        @Nullable
        String name,

        @NotBlank(message = "{organization.person.kana.required}")
        @Size(max = PersonDraft.KANA_MAX, message = "{organization.person.kana.tooLong}")
        @Nullable
        String kana,

        @NotBlank(message = "{organization.person.email.required}")
        @Size(max = PersonDraft.EMAIL_MAX, message = "{organization.person.email.format}")
        @Nullable
        String email,

        @NotBlank(message = "{organization.person.category.required}") @Nullable
        String category,

        @NotNull(message = "{organization.person.unit.required}") @Nullable
        Long unitId,

        @NotBlank(message = "{organization.person.inPostFrom.required}") @Nullable
        String inPostFrom,

        @Nullable String inPostTo) {

    static PersonForm empty(@Nullable Long unitId, String category, LocalDate today) {
        return new PersonForm("", "", "", "", category, unitId, today.toString(), "");
    }

    static PersonForm of(Person person) {
        return new PersonForm(
                person.staffNumber(),
                person.name(),
                person.kana(),
                person.email(),
                person.category(),
                person.unitId(),
                person.inPostFrom().toString(),
                person.inPostTo() == null ? "" : person.inPostTo().toString());
    }

    /** The draft, or {@link InvalidInputException} naming a date field that is not a date. */
    PersonDraft draft() {
        List<Problem> problems = new ArrayList<>();
        LocalDate from = date(inPostFrom, "inPostFrom", problems);
        LocalDate to = date(inPostTo, "inPostTo", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new PersonDraft(staffNumber, name, kana, email, category, unitId, from, to);
    }

    private static @Nullable LocalDate date(@Nullable String text, String field, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return DateText.parse(text).orElseGet(() -> {
            problems.add(Problem.of(field, "organization.person." + field + ".format"));
            return null;
        });
    }
}
