package jp.mamori.organization;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import jp.mamori.shared.InvalidInputException.Problem;
import org.jspecify.annotations.Nullable;

/**
 * What a form, the API or an import row says a unit should be. Codes are normalised (full-width
 * letters and digits to half-width) before they are checked.
 */
public record UnitDraft(String code, String name, @Nullable Long parentId) {
    public static final int CODE_MAX = 32;
    public static final int NAME_MAX = 200;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]+");

    public UnitDraft {
        code = normaliseCode(code);
        name = name == null ? "" : name.strip();
    }

    static String normaliseCode(@Nullable String code) {
        return code == null
                ? ""
                : Normalizer.normalize(code, Normalizer.Form.NFKC).strip();
    }

    /** The problems of the fields on their own (no database needed). */
    List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (code.isEmpty()) {
            problems.add(Problem.of("code", "organization.unit.code.required"));
        } else if (code.length() > CODE_MAX || !CODE.matcher(code).matches()) {
            problems.add(Problem.of("code", "organization.unit.code.format", CODE_MAX));
        }
        if (name.isEmpty()) {
            problems.add(Problem.of("name", "organization.unit.name.required"));
        } else if (name.length() > NAME_MAX) {
            problems.add(Problem.of("name", "organization.unit.name.tooLong", NAME_MAX));
        }
        return problems;
    }
}
