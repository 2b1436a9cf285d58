package jp.mamori.incident;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import jp.mamori.incident.IncidentEvent.IncidentReportExported;
import jp.mamori.incident.IncidentEvent.IncidentReportFactsRevised;
import jp.mamori.printing.JapaneseFont;
import jp.mamori.shared.Access;
import jp.mamori.shared.NotAllowedException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report to the 個人情報保護委員会 for an incident: its extra facts (read and revised, audited),
 * the report laid out ({@link CommissionReport}), and the PDF and Excel files. Whoever may read the
 * incident may read and download its report (an unknown or unreadable incident is a 404); those
 * who respond to it revise the facts. Each download is an audit event.
 */
@Service
public class CommissionReports {
    /** Longest value of a changed field kept in the audit trail. */
    static final int AUDIT_VALUE_MAX = 500;

    private final IncidentService incidents;
    private final IncidentAccess incidentAccess;
    private final ReportFactsRepository facts;
    private final JapaneseFont fonts;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    private final BodyRegime regime;
    private final PeopleNotices notices;
    private final SubmissionStore submissions;
    private final IncidentSettings settings;
    private final Clock clock;
    private final IncidentAssets assets;

    CommissionReports(
            IncidentService incidents,
            IncidentAccess incidentAccess,
            ReportFactsRepository facts,
            JapaneseFont fonts,
            MessageSource messages,
            ApplicationEventPublisher events,
            BodyRegime regime,
            PeopleNotices notices,
            SubmissionStore submissions,
            IncidentSettings settings,
            Clock clock,
            IncidentAssets assets) {
        this.assets = assets;
        this.submissions = submissions;
        this.settings = settings;
        this.clock = clock;
        this.notices = notices;
        this.regime = regime;
        this.incidents = incidents;
        this.incidentAccess = incidentAccess;
        this.facts = facts;
        this.fonts = fonts;
        this.messages = messages;
        this.events = events;
    }

    /** The file types a report is downloaded as. */
    public enum Format {
        PDF("pdf", "application/pdf"),
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        final String extension;
        final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }
    }

    /** A report file ready to send. */
    public record ReportFile(String fileName, String mediaType, byte[] content) {}

    /** The facts kept for the report (empty when nobody has filled them in yet); 404 when unreadable. */
    @Transactional(readOnly = true)
    public ReportFacts facts(IncidentId id) {
        incidents.get(id);
        return facts.find(id).orElse(ReportFacts.empty());
    }

    /**
     * The report as of today (Japan time): the 速報 until one is recorded as submitted, then the
     * 確報; 404 when the incident is unknown or unreadable.
     */
    @Transactional(readOnly = true)
    public CommissionReport report(IncidentId id) {
        return report(id, null);
    }

    /** The report as that kind (速報 or 確報; null: the one due next). */
    @Transactional(readOnly = true)
    public CommissionReport report(IncidentId id, ReportSubmission.@Nullable Kind kind) {
        IncidentDetails details = incidents.details(id);
        return assemble(details, facts.find(id).orElse(ReportFacts.empty()), kind);
    }

    /** True when the signed-in user may revise the report facts of the incident. */
    @Transactional(readOnly = true)
    public boolean canRevise(IncidentId id) {
        return incidentAccess.canRespond(incidents.get(id).incident());
    }

    /**
     * Replaces the report facts. Refused (403) for those who do not respond to the incident; the
     * occurrence day may not come after the day of discovery. A save that changes nothing records
     * nothing.
     */
    @Transactional
    public ReportFacts revise(IncidentId id, ReportFacts revised) {
        Incident incident = incidents.get(id).incident();
        if (!incidentAccess.canRespond(incident)) {
            throw new NotAllowedException("incident.report.notAllowed");
        }
        revised.checkedAgainst(incident.discoveredOn());
        ReportFacts before = facts.find(id).orElse(ReportFacts.empty());
        Map<String, String> changes = changes(before, revised);
        if (changes.isEmpty()) {
            return before;
        }
        String by = Access.currentLogin();
        facts.save(id, revised, by, OffsetDateTime.now(clock));
        events.publishEvent(new IncidentReportFactsRevised(id, by, changes));
        return revised;
    }

    /**
     * The report as a file, recorded in the audit trail as taken by the signed-in user. A PDF needs
     * a Japanese font: without one this throws {@link jp.mamori.printing.FontMissingException} and
     * records nothing.
     */
    @Transactional
    public ReportFile export(IncidentId id, Format format, String channel) {
        return export(id, format, channel, null);
    }

    /** The report file as that kind (速報 or 確報; null: the one due next), audited like {@link #export}. */
    @Transactional
    public ReportFile export(IncidentId id, Format format, String channel, ReportSubmission.@Nullable Kind kind) {
        IncidentDetails details = incidents.details(id);
        CommissionReport report = assemble(details, facts.find(id).orElse(ReportFacts.empty()), kind);
        byte[] content = switch (format) {
            case PDF -> CommissionReportPdf.render(report, fonts);
            case XLSX -> CommissionReportWorkbook.render(report, text("incident.report.sheet"));
        };
        events.publishEvent(
                new IncidentReportExported(id, Access.currentLogin(), format.extension, details.reference(), channel));
        return new ReportFile(
                "incident-report-" + details.reference() + "." + format.extension, format.mediaType, content);
    }

    /** True when PDFs can be made (a Japanese font is installed or configured). */
    public boolean pdfAvailable() {
        return fonts.available();
    }

    private CommissionReport assemble(
            IncidentDetails details, ReportFacts known, ReportSubmission.@Nullable Kind asked) {
        String unit = details.unit() == null ? "" : details.unit().name();
        IncidentId id = details.incident().id();
        ReportSubmission.Kind kind = asked != null ? asked : nextKind(id);
        return CommissionReport.assemble(
                new CommissionReport.Subject(
                        details.incident(),
                        details.reference(),
                        unit,
                        regime.regime(),
                        notices.stored(id),
                        settings.bodyName().strip(),
                        kind,
                        assets.linked(id).stream()
                                .map(a -> a.number() + " " + a.name())
                                .toList()),
                known,
                details.decision(),
                LocalDate.now(clock),
                this::text);
    }

    /** The 速報 until one is recorded as submitted, then the 確報. */
    private ReportSubmission.Kind nextKind(IncidentId id) {
        boolean preliminarySent =
                submissions.of(id).stream().anyMatch(s -> s.kind() == ReportSubmission.Kind.PRELIMINARY);
        return preliminarySent ? ReportSubmission.Kind.FINAL : ReportSubmission.Kind.PRELIMINARY;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.JAPANESE);
    }

    /** Each changed field with its new value, for the audit trail. */
    static Map<String, String> changes(ReportFacts before, ReportFacts after) {
        var changes = new LinkedHashMap<String, String>();
        if (!Objects.equals(before.occurredOn(), after.occurredOn())) {
            changes.put("occurredOn", before.occurredOn() + " → " + after.occurredOn());
        }
        field(changes, "dataItems", before.dataItems(), after.dataItems());
        field(changes, "secondaryDamage", before.secondaryDamage(), after.secondaryDamage());
        field(changes, "responseToPeople", before.responseToPeople(), after.responseToPeople());
        field(changes, "publication", before.publication(), after.publication());
        field(changes, "causeSoFar", before.causeSoFar(), after.causeSoFar());
        field(changes, "measuresSoFar", before.measuresSoFar(), after.measuresSoFar());
        field(changes, "otherNotes", before.otherNotes(), after.otherNotes());
        field(changes, "contact", before.contact(), after.contact());
        return changes;
    }

    private static void field(Map<String, String> changes, String name, String before, String after) {
        if (!before.equals(after)) {
            changes.put(name, after.length() > AUDIT_VALUE_MAX ? after.substring(0, AUDIT_VALUE_MAX) + "…" : after);
        }
    }
}
