package jp.mamori.control;

import java.util.ArrayList;
import java.util.List;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.Role;
import org.jspecify.annotations.Nullable;

/** The form for the body's own measure added while tailoring (a bean for Spring's binding). */
class OwnMeasureForm {
    private String id = "";
    private String title = "";
    private String statement = "";
    private String evidence = "";
    private @Nullable Role role = Role.SECURITY_MANAGER;
    private @Nullable CheckFrequency frequency = CheckFrequency.ANNUAL;
    private @Nullable MeasureScope scope = MeasureScope.UNIT;
    private String iso27001 = "";

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
        return java.util.Arrays.stream(iso27001.split("[,、\\s]+"))
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

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id == null ? "" : id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? "" : title;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement == null ? "" : statement;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence == null ? "" : evidence;
    }

    public @Nullable Role getRole() {
        return role;
    }

    public void setRole(@Nullable Role role) {
        this.role = role;
    }

    public @Nullable CheckFrequency getFrequency() {
        return frequency;
    }

    public void setFrequency(@Nullable CheckFrequency frequency) {
        this.frequency = frequency;
    }

    public @Nullable MeasureScope getScope() {
        return scope;
    }

    public void setScope(@Nullable MeasureScope scope) {
        this.scope = scope;
    }

    public String getIso27001() {
        return iso27001;
    }

    public void setIso27001(String iso27001) {
        this.iso27001 = iso27001 == null ? "" : iso27001;
    }
}
