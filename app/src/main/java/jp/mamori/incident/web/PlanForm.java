package jp.mamori.incident.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import jp.mamori.incident.IncidentStep;
import jp.mamori.incident.PlanStep;
import jp.mamori.incident.ResponsePlan;
import jp.mamori.incident.Severity;
import jp.mamori.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The plan page's edit form: one row per checklist step (existing rows keep their key; blank new
 * rows are ignored; ticked "remove" drops a row), the CISO threshold, the 速報 day count, the
 * contacts and the reason for the change. A mutable bean because the rows are bound by index
 * ({@code steps[2].title}).
 */
class PlanForm {
    static final int TITLE_MAX = 200;
    static final int DESCRIPTION_MAX = 1_000;
    static final int CONTACTS_MAX = 4_000;
    /** Empty rows offered for new steps. */
    static final int NEW_ROWS = 3;

    private List<Row> steps = new ArrayList<>();
    private int cisoFrom = 3;
    private boolean notifySecurityOfficer;
    private boolean notifySystemAdministrators;
    private int preliminaryReportDays = 3;
    private String contacts = "";
    private String note = "";
    private int basedOn;

    /** One checklist step on the form. */
    static class Row {
        private String key = "";
        private int order;
        private @Nullable IncidentStep phase;
        private String title = "";
        private String description = "";
        private boolean remove;

        public String getKey() {
            return key;
        }

        public void setKey(@Nullable String key) {
            this.key = key == null ? "" : key.strip();
        }

        public int getOrder() {
            return order;
        }

        public void setOrder(int order) {
            this.order = order;
        }

        public @Nullable IncidentStep getPhase() {
            return phase;
        }

        public void setPhase(@Nullable IncidentStep phase) {
            this.phase = phase;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(@Nullable String title) {
            this.title = title == null ? "" : title;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(@Nullable String description) {
            this.description = description == null ? "" : description;
        }

        public boolean isRemove() {
            return remove;
        }

        public void setRemove(boolean remove) {
            this.remove = remove;
        }

        boolean isBlankNewRow() {
            return key.isEmpty() && title.isBlank() && description.isBlank();
        }
    }

    /** The form filled with a plan, plus empty rows for new steps. */
    static PlanForm of(ResponsePlan plan, int basedOn) {
        var form = new PlanForm();
        int order = 10;
        for (PlanStep step : plan.steps()) {
            var row = new Row();
            row.setKey(step.key());
            row.setOrder(order);
            row.setPhase(step.phase());
            row.setTitle(step.title());
            row.setDescription(step.description());
            form.steps.add(row);
            order += 10;
        }
        form.addEmptyRows();
        form.cisoFrom = plan.cisoFrom().level();
        form.notifySecurityOfficer = plan.matrix().securityOfficer();
        form.notifySystemAdministrators = plan.matrix().systemAdministrators();
        form.preliminaryReportDays = plan.preliminaryReportDays();
        form.contacts = plan.contacts();
        form.basedOn = basedOn;
        return form;
    }

    /** Offers {@link #NEW_ROWS} empty rows after the last one (again after a refused save). */
    void addEmptyRows() {
        int order = steps.stream().mapToInt(Row::getOrder).max().orElse(0);
        long blank = steps.stream().filter(Row::isBlankNewRow).count();
        for (long i = blank; i < NEW_ROWS; i++) {
            var row = new Row();
            order += 10;
            row.setOrder(order);
            steps.add(row);
        }
    }

    /**
     * The plan the form describes: rows sorted by phase (in the order of the response) and then by
     * their order number; new rows get a fresh key that no earlier step has had. Every problem is
     * named on its field ({@code steps[1].title}, {@code preliminaryReportDays} …).
     */
    ResponsePlan toPlan() {
        var problems = new ArrayList<InvalidInputException.Problem>();
        var kept = new ArrayList<Indexed>();
        var keys = new HashSet<String>();
        for (int i = 0; i < steps.size(); i++) {
            Row row = steps.get(i);
            if (row.isRemove() || row.isBlankNewRow()) {
                continue;
            }
            String field = "steps[" + i + "]";
            if (row.getPhase() == null || !PHASES.contains(row.getPhase())) {
                problems.add(InvalidInputException.Problem.of(field + ".phase", "incident.plan.error.phase"));
            }
            if (row.getTitle().isBlank()) {
                problems.add(InvalidInputException.Problem.of(field + ".title", "incident.plan.error.title"));
            } else if (row.getTitle().strip().length() > TITLE_MAX) {
                problems.add(
                        InvalidInputException.Problem.of(field + ".title", "incident.report.error.tooLong", TITLE_MAX));
            }
            if (row.getDescription().strip().length() > DESCRIPTION_MAX) {
                problems.add(InvalidInputException.Problem.of(
                        field + ".description", "incident.report.error.tooLong", DESCRIPTION_MAX));
            }
            String key = row.getKey().isEmpty() ? newKey() : row.getKey();
            if (!keys.add(key)) {
                problems.add(InvalidInputException.Problem.of(field + ".title", "incident.plan.error.duplicateKey"));
            }
            kept.add(new Indexed(i, key, row));
        }
        if (kept.isEmpty()) {
            problems.add(InvalidInputException.Problem.of("steps", "incident.plan.error.noSteps"));
        }
        if (cisoFrom < Severity.LOWEST || cisoFrom > Severity.HIGHEST) {
            problems.add(InvalidInputException.Problem.of("cisoFrom", "incident.error.severity.range"));
        }
        if (preliminaryReportDays < ResponsePlan.PRELIMINARY_DAYS_MIN
                || preliminaryReportDays > ResponsePlan.PRELIMINARY_DAYS_MAX) {
            problems.add(InvalidInputException.Problem.of(
                    "preliminaryReportDays",
                    "incident.plan.error.days",
                    ResponsePlan.PRELIMINARY_DAYS_MIN,
                    ResponsePlan.PRELIMINARY_DAYS_MAX));
        }
        if (contacts.strip().length() > CONTACTS_MAX) {
            problems.add(InvalidInputException.Problem.of("contacts", "incident.report.error.tooLong", CONTACTS_MAX));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(List.copyOf(problems));
        }
        List<PlanStep> ordered = kept.stream()
                .sorted(Comparator.comparing((Indexed x) -> x.row().getPhase())
                        .thenComparingInt(x -> x.row().getOrder())
                        .thenComparingInt(Indexed::index))
                .map(x -> new PlanStep(
                        x.key(), x.row().getPhase(), x.row().getTitle(), x.row().getDescription()))
                .toList();
        return new ResponsePlan(
                ordered,
                Severity.of(cisoFrom),
                preliminaryReportDays,
                contacts,
                new jp.mamori.incident.EscalationMatrix(notifySecurityOfficer, notifySystemAdministrators));
    }

    /** The response steps a checklist item can belong to, in the order of the response. */
    static final List<IncidentStep> PHASES = List.of(
            IncidentStep.REPORT,
            IncidentStep.TRIAGE,
            IncidentStep.CONTAIN,
            IncidentStep.ERADICATE,
            IncidentStep.RECOVER,
            IncidentStep.CLOSE);

    private static String newKey() {
        return "step-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private record Indexed(int index, String key, Row row) {}

    public List<Row> getSteps() {
        return steps;
    }

    public void setSteps(List<Row> steps) {
        this.steps = steps;
    }

    public boolean isNotifySecurityOfficer() {
        return notifySecurityOfficer;
    }

    public void setNotifySecurityOfficer(boolean notifySecurityOfficer) {
        this.notifySecurityOfficer = notifySecurityOfficer;
    }

    public boolean isNotifySystemAdministrators() {
        return notifySystemAdministrators;
    }

    public void setNotifySystemAdministrators(boolean notifySystemAdministrators) {
        this.notifySystemAdministrators = notifySystemAdministrators;
    }

    public int getCisoFrom() {
        return cisoFrom;
    }

    public void setCisoFrom(int cisoFrom) {
        this.cisoFrom = cisoFrom;
    }

    public int getPreliminaryReportDays() {
        return preliminaryReportDays;
    }

    public void setPreliminaryReportDays(int preliminaryReportDays) {
        this.preliminaryReportDays = preliminaryReportDays;
    }

    public String getContacts() {
        return contacts;
    }

    public void setContacts(@Nullable String contacts) {
        this.contacts = contacts == null ? "" : contacts;
    }

    public String getNote() {
        return note;
    }

    public void setNote(@Nullable String note) {
        this.note = note == null ? "" : note;
    }

    public int getBasedOn() {
        return basedOn;
    }

    public void setBasedOn(int basedOn) {
        this.basedOn = basedOn;
    }
}
