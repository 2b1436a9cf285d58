package jp.mamori.organization;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import jp.mamori.shared.InvalidInputException.Problem;
import org.jspecify.annotations.Nullable;

/**
 * What a form, the API or an import row says a person should be. The compact constructor
 * normalises (trimmed text, フリガナ to full-width katakana, staff number to half-width);
 * {@link #problems()} lists what is wrong with the fields on their own.
 */
public record PersonDraft(
        String staffNumber,
        String name,
        String kana,
        String email,
        String category,
        @Nullable Long unitId,
        @Nullable LocalDate inPostFrom,
        @Nullable LocalDate inPostTo) {
    public static final int STAFF_NUMBER_MAX = 32;
    public static final int NAME_MAX = 100;
    public static final int KANA_MAX = 200;
    public static final int EMAIL_MAX = 254;
    private static final Pattern STAFF_NUMBER = Pattern.compile("[A-Za-z0-9_-]+");
    // deliberately simple: one @, no spaces, a dot in the domain
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public PersonDraft {
        staffNumber = staffNumber == null
                ? ""
                : Normalizer.normalize(staffNumber, Normalizer.Form.NFKC).strip();
        name = name == null ? "" : name.strip().replaceAll("[\\s\u3000]+", "\u3000");
        kana = Kana.normalise(kana);
        email = email == null
                ? ""
                : Normalizer.normalize(email, Normalizer.Form.NFKC).strip();
        category = category == null ? "" : category.strip();
    }

    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (staffNumber.isEmpty()) {
            problems.add(Problem.of("staffNumber", "organization.person.staffNumber.required"));
        } else if (staffNumber.length() > STAFF_NUMBER_MAX
                || !STAFF_NUMBER.matcher(staffNumber).matches()) {
            problems.add(Problem.of("staffNumber", "organization.person.staffNumber.format", STAFF_NUMBER_MAX));
        }
        if (name.isEmpty()) {
            problems.add(Problem.of("name", "organization.person.name.required"));
        } else if (name.length() > NAME_MAX) {
            problems.add(Problem.of("name", "organization.person.name.tooLong", NAME_MAX));
        }
        if (kana.isEmpty()) {
            problems.add(Problem.of("kana", "organization.person.kana.required"));
        } else if (kana.length() > KANA_MAX) {
            problems.add(Problem.of("kana", "organization.person.kana.tooLong", KANA_MAX));
        } else if (!Kana.isKatakana(kana)) {
            problems.add(Problem.of("kana", "organization.person.kana.katakana"));
        }
        if (email.isEmpty()) {
            problems.add(Problem.of("email", "organization.person.email.required"));
        } else if (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches()) {
            problems.add(Problem.of("email", "organization.person.email.format"));
        }
        if (category.isEmpty()) {
            problems.add(Problem.of("category", "organization.person.category.required"));
        }
        if (unitId == null) {
            problems.add(Problem.of("unitId", "organization.person.unit.required"));
        }
        if (inPostFrom == null) {
            problems.add(Problem.of("inPostFrom", "organization.person.inPostFrom.required"));
        } else if (!ValidityPeriod.isOrdered(inPostFrom, inPostTo)) {
            problems.add(Problem.of("inPostTo", "organization.person.inPostTo.beforeFrom"));
        }
        return problems;
    }
}
