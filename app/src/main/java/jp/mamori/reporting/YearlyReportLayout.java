package jp.mamori.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import jp.mamori.audit.AuditYearSummaries.FindingCount;
import jp.mamori.audit.AuditYearSummaries.UnitResult;
import jp.mamori.audit.AuditYearSummaries.YearSummary;
import jp.mamori.audit.CorrectiveAction;
import jp.mamori.incident.IncidentState;
import jp.mamori.incident.IncidentYear;
import jp.mamori.incident.ThreatCategory;
import jp.mamori.policy.PolicyYear;
import jp.mamori.reporting.ReportDocument.Section;
import jp.mamori.reporting.ReportDocument.Table;
import jp.mamori.reporting.ReportDocument.Value;
import jp.mamori.shared.Figure.Axis;
import jp.mamori.shared.Wareki;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Lays the yearly report out in Japanese (the committee's language; dates in 和暦) from what was
 * collected: the picture's figures grouped by subject, the audit year, the incidents, the policy
 * changes and the office's issues for the next year. The same layout feeds the PDF and the workbook.
 */
@Component
class YearlyReportLayout {
    static final Locale JA = Locale.JAPANESE;

    private final MessageSource messages;

    YearlyReportLayout(MessageSource messages) {
        this.messages = messages;
    }

    /** What the report is made of. */
    record Inputs(
            int fiscalYear,
            int version,
            LocalDate asOf,
            LocalDate figuresOn,
            OffsetDateTime generatedAt,
            String generatorName,
            @Nullable String scope,
            Picture picture,
            YearSummary audits,
            boolean bodyWide,
            List<IncidentYear.Line> incidents,
            Map<Long, String> unitNames,
            List<PolicyYear.Change> policyChanges,
            String issuesNextYear) {}

    ReportDocument layout(Inputs in) {
        String year = Wareki.fiscalYear(in.fiscalYear(), JA);
        List<Section> sections = new ArrayList<>();
        List<String> cover = List.of(
                t("yearly.report.to"),
                t("yearly.report.fiscalYear") + "　" + year,
                t("yearly.report.asOf") + "　" + Wareki.japanese(in.asOf()),
                t("yearly.report.figuresOn") + "　" + Wareki.japanese(in.figuresOn()),
                t("yearly.report.scope") + "　" + (in.scope() == null ? t("yearly.report.scope.body") : in.scope()),
                t("yearly.report.generated") + "　"
                        + Wareki.japanese(in.generatedAt()
                                .atZoneSameInstant(jp.mamori.shared.BodyClock.ZONE)
                                .toLocalDate())
                        + "　" + in.generatorName() + "　" + t("yearly.report.version", in.version()));
        List<List<Value>> coverRows = new ArrayList<>();
        for (String line : cover) {
            int gap = line.indexOf('　');
            coverRows.add(
                    gap < 0
                            ? List.of(Value.text(line), Value.text(""))
                            : List.of(Value.text(line.substring(0, gap)), Value.text(line.substring(gap + 1))));
        }
        sections.add(new Section(
                t("yearly.sheet.cover"),
                t("yearly.section.cover"),
                List.of(t("yearly.note.method")),
                List.of(new Table("", List.of(t("yearly.col.item"), t("yearly.col.content")), coverRows))));

        Picture p = in.picture();
        sections.add(new Section(
                t("yearly.sheet.controls"),
                t("yearly.section.controls"),
                List.of(),
                tables(
                        picture(p.table(Axis.UNIT), "yearly.table.byUnit", "control."),
                        picture(p.table(Axis.CHAPTER), "yearly.table.byChapter", "control."))));

        sections.add(new Section(
                t("yearly.sheet.inspection"),
                t("yearly.section.inspection"),
                List.of(),
                tables(
                        inspections(in.audits().selfInspections()),
                        picture(p.table(Axis.UNIT), "yearly.table.latestByUnit", "audit.inspection."),
                        picture(p.table(Axis.CHAPTER), "yearly.table.latestByChapter", "audit.inspection."))));

        sections.add(new Section(
                t("yearly.sheet.findings"),
                t("yearly.section.findings"),
                List.of(),
                tables(
                        in.bodyWide() ? findings(in.audits().findings()) : null,
                        picture(p.table(Axis.UNIT), "yearly.table.byUnit", "audit.action.", "audit.finding."),
                        picture(p.table(Axis.CHAPTER), "yearly.table.byChapter", "audit.action."),
                        overdue(in.audits().overdueActions()))));

        sections.add(new Section(
                t("yearly.sheet.training"),
                t("yearly.section.training"),
                List.of(),
                tables(picture(p.table(Axis.UNIT), "yearly.table.byUnit", "training.", "policy."))));

        sections.add(new Section(
                t("yearly.sheet.incidents"),
                t("yearly.section.incidents"),
                List.of(),
                tables(
                        picture(p.table(Axis.MONTH), "yearly.table.byMonth", "incident.threat."),
                        handling(in.incidents()),
                        picture(p.table(Axis.UNIT), "yearly.table.byUnit", "incident."),
                        incidentList(in.incidents(), in.unitNames()))));

        sections.add(new Section(
                t("yearly.sheet.assets"),
                t("yearly.section.assets"),
                List.of(),
                tables(
                        picture(p.table(Axis.UNIT), "yearly.table.byUnit", "asset."),
                        picture(p.table(Axis.BODY), "yearly.table.devices", "network."))));

        sections.add(new Section(
                t("yearly.sheet.policy"), t("yearly.section.policy"), List.of(), tables(policy(in.policyChanges()))));

        List<String> issues = in.issuesNextYear().isBlank()
                ? List.of(t("yearly.issues.none"))
                : in.issuesNextYear().strip().lines().toList();
        sections.add(new Section(t("yearly.sheet.issues"), t("yearly.section.issues"), issues, List.of()));

        return new ReportDocument(t("yearly.report.title", year), cover, sections);
    }

    private static List<Table> tables(@Nullable Table... tables) {
        List<Table> out = new ArrayList<>();
        for (Table table : tables) {
            if (table != null) {
                out.add(table);
            }
        }
        return out;
    }

    /** The columns of the picture's table whose keys start with one of the prefixes; null when it has none. */
    private @Nullable Table picture(Picture.@Nullable Table table, String caption, String... prefixes) {
        if (table == null) {
            return null;
        }
        List<Integer> columns = new ArrayList<>();
        List<String> headers = new ArrayList<>();
        headers.add(t("picture.axis." + table.axis()));
        for (int i = 0; i < table.keys().size(); i++) {
            String key = table.keys().get(i);
            for (String prefix : prefixes) {
                if (key.startsWith(prefix)) {
                    columns.add(i);
                    headers.add(t("picture.key." + key));
                    break;
                }
            }
        }
        if (columns.isEmpty() || table.rows().isEmpty()) {
            return null;
        }
        List<List<Value>> rows = new ArrayList<>();
        for (Picture.Row row : table.rows()) {
            List<Value> cells = new ArrayList<>();
            cells.add(Value.text(row.label()));
            for (int i : columns) {
                Picture.Cell c = row.cells().get(i);
                cells.add(
                        c.empty()
                                ? new Value.None()
                                : c.outOf() == null ? Value.count(c.count()) : new Value.Rate(c.count(), c.outOf()));
            }
            rows.add(cells);
        }
        return new Table(t(caption), headers, rows);
    }

    private @Nullable Table inspections(List<UnitResult> results) {
        if (results.isEmpty()) {
            return null;
        }
        List<List<Value>> rows = new ArrayList<>();
        for (UnitResult r : results) {
            rows.add(List.of(
                    Value.text(r.inspectionTitle()),
                    Value.text(r.unitName()),
                    Value.count(r.questions()),
                    Value.count(r.implemented()),
                    Value.count(r.partial()),
                    Value.count(r.notImplemented()),
                    Value.count(r.notApplicable()),
                    Value.count(r.unanswered()),
                    Value.text(
                            r.submittedAt() == null
                                    ? t("yearly.inspection.notSubmitted")
                                    : Wareki.japanese(r.submittedAt()
                                            .atZoneSameInstant(jp.mamori.shared.BodyClock.ZONE)
                                            .toLocalDate()))));
        }
        return new Table(
                t("yearly.table.inspections"),
                List.of(
                        t("yearly.col.inspection"),
                        t("yearly.col.unit"),
                        t("yearly.col.questions"),
                        t("yearly.col.implemented"),
                        t("yearly.col.partial"),
                        t("yearly.col.notImplemented"),
                        t("yearly.col.notApplicable"),
                        t("yearly.col.unanswered"),
                        t("yearly.col.submitted")),
                rows);
    }

    private @Nullable Table findings(List<FindingCount> counts) {
        if (counts.isEmpty()) {
            return null;
        }
        List<List<Value>> rows = new ArrayList<>();
        for (FindingCount c : counts) {
            rows.add(List.of(Value.text(c.severity()), Value.text(t(c.status().messageKey())), Value.count(c.count())));
        }
        return new Table(
                t("yearly.table.findings"),
                List.of(t("yearly.col.severity"), t("yearly.col.status"), t("yearly.col.count")),
                rows);
    }

    private @Nullable Table overdue(List<CorrectiveAction> actions) {
        if (actions.isEmpty()) {
            return null;
        }
        List<List<Value>> rows = new ArrayList<>();
        for (CorrectiveAction a : actions) {
            rows.add(List.of(
                    Value.text(a.unitName()),
                    Value.text(a.title()),
                    Value.text(a.measureId() == null ? "" : a.measureId()),
                    Value.text(Wareki.japanese(a.dueDate()))));
        }
        return new Table(
                t("yearly.table.overdue"),
                List.of(t("yearly.col.unit"), t("yearly.col.title"), t("yearly.col.measure"), t("yearly.col.due")),
                rows);
    }

    private @Nullable Table handling(List<IncidentYear.Line> incidents) {
        if (incidents.isEmpty()) {
            return null;
        }
        Map<ThreatCategory, Map<IncidentState, Long>> counts = new EnumMap<>(ThreatCategory.class);
        for (IncidentYear.Line l : incidents) {
            counts.computeIfAbsent(l.threat(), k -> new TreeMap<>()).merge(l.state(), 1L, Long::sum);
        }
        List<String> headers = new ArrayList<>();
        headers.add(t("yearly.col.threat"));
        for (IncidentState s : IncidentState.values()) {
            headers.add(t(s.messageKey()));
        }
        headers.add(t("yearly.col.total"));
        List<List<Value>> rows = new ArrayList<>();
        counts.forEach((threat, byState) -> {
            List<Value> row = new ArrayList<>();
            row.add(Value.text(t("picture.key.incident.threat." + threat.name())));
            long total = 0;
            for (IncidentState s : IncidentState.values()) {
                long n = byState.getOrDefault(s, 0L);
                total += n;
                row.add(Value.count(n));
            }
            row.add(Value.count(total));
            rows.add(row);
        });
        return new Table(t("yearly.table.handling"), headers, rows);
    }

    private @Nullable Table incidentList(List<IncidentYear.Line> incidents, Map<Long, String> unitNames) {
        if (incidents.isEmpty()) {
            return null;
        }
        List<List<Value>> rows = new ArrayList<>();
        for (IncidentYear.Line l : incidents) {
            rows.add(List.of(
                    Value.text(l.reference()),
                    Value.text(Wareki.japanese(l.discoveredOn())),
                    Value.text(l.title()),
                    Value.text(t("picture.key.incident.threat." + l.threat().name())),
                    Value.text(unitNames.getOrDefault(l.reporterUnitId(), "")),
                    Value.text(t(l.state().messageKey()))));
        }
        return new Table(
                t("yearly.table.incidents"),
                List.of(
                        t("yearly.col.reference"),
                        t("yearly.col.discovered"),
                        t("yearly.col.title"),
                        t("yearly.col.threat"),
                        t("yearly.col.unit"),
                        t("yearly.col.state")),
                rows);
    }

    private @Nullable Table policy(List<PolicyYear.Change> changes) {
        if (changes.isEmpty()) {
            return null;
        }
        List<List<Value>> rows = new ArrayList<>();
        for (PolicyYear.Change c : changes) {
            rows.add(List.of(
                    Value.text(Wareki.japanese(c.effectiveOn())),
                    Value.text(t(c.tier().messageKey())),
                    Value.text(c.title()),
                    Value.count(c.revisionNo()),
                    Value.text(c.documentNumber()),
                    Value.text(c.reason())));
        }
        return new Table(
                t("yearly.table.policy"),
                List.of(
                        t("yearly.col.effective"),
                        t("yearly.col.tier"),
                        t("yearly.col.document"),
                        t("yearly.col.revision"),
                        t("yearly.col.documentNumber"),
                        t("yearly.col.reason")),
                rows);
    }

    String t(String key, Object... args) {
        return messages.getMessage(key, args, JA);
    }
}
