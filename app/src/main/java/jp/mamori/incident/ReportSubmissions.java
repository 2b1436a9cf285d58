package jp.mamori.incident;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import jp.mamori.shared.Access;
import jp.mamori.shared.BodyClock;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.UploadedBytes;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the 速報 and the 確報 as submitted (issue 11 point 2): when, by whom, how, the receipt number
 * and the file sent, kept as it was with its SHA-256. When no file is given, the report as the product
 * makes it now (Excel) is kept. Only those who respond to the incident record; each record is once
 * per kind and an audit event.
 */
@Service
public class ReportSubmissions {
    static final int TEXT_MAX = 200;
    static final long FILE_MAX = 20L * 1024 * 1024;

    private final IncidentService incidents;
    private final IncidentAccess access;
    private final SubmissionStore store;
    private final CommissionReports reports;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportSubmissions(
            IncidentService incidents,
            IncidentAccess access,
            SubmissionStore store,
            CommissionReports reports,
            ApplicationEventPublisher events,
            Clock clock) {
        this.incidents = incidents;
        this.access = access;
        this.store = store;
        this.reports = reports;
        this.events = events;
        this.clock = clock;
    }

    /** What was submitted for an incident the user may read. */
    @Transactional(readOnly = true)
    public List<ReportSubmission> of(IncidentId id) {
        incidents.get(id);
        return store.of(id);
    }

    /** The file as it was sent; checked against its SHA-256 before it is handed out. */
    @Transactional(readOnly = true)
    public SubmittedFile file(IncidentId id, ReportSubmission.Kind kind) {
        incidents.get(id);
        ReportSubmission submission = store.of(id).stream()
                .filter(s -> s.kind() == kind)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("incident-report-submission", kind));
        byte[] content = store.content(id, kind).orElseThrow();
        if (!UploadedBytes.sha256Of(content).equals(submission.sha256())) {
            throw new EvidenceDamagedException(submission.fileName(), submission.sha256());
        }
        return new SubmittedFile(submission, content);
    }

    /** A submitted file with its record. */
    public record SubmittedFile(ReportSubmission submission, byte[] content) {}

    /**
     * Records a submission. {@code file} may be null: then the report as the product makes it now is
     * kept (Excel). Refused when no report is due, when this kind is already recorded, when the time
     * lies in the future, or by someone who does not respond to the incident (403).
     */
    @Transactional
    public ReportSubmission record(
            IncidentId id,
            ReportSubmission.Kind kind,
            @Nullable Instant submittedAt,
            String submittedBy,
            ReportSubmission.@Nullable Channel channel,
            String receiptNumber,
            @Nullable String fileName,
            @Nullable InputStream file) {
        StoredIncident stored = incidents.get(id);
        if (!access.canRespond(stored.incident())) {
            throw new NotAllowedException("incident.error.notResponder");
        }
        ReportingDecision decision = incidents.decision(stored.incident());
        ReportDeadlines deadlines = decision.deadlines();
        if (deadlines == null) {
            throw InvalidInputException.of("kind", "incident.submission.error.notDue");
        }
        var problems = new java.util.ArrayList<InvalidInputException.Problem>();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (submittedAt == null) {
            problems.add(InvalidInputException.Problem.of("submittedAt", "incident.error.required"));
        } else if (submittedAt.isAfter(now)) {
            problems.add(InvalidInputException.Problem.of("submittedAt", "incident.submission.error.future"));
        }
        String who = submittedBy.strip();
        if (who.isEmpty()) {
            problems.add(InvalidInputException.Problem.of("submittedBy", "incident.error.required"));
        } else if (who.length() > TEXT_MAX) {
            problems.add(InvalidInputException.Problem.of("submittedBy", "incident.error.tooLong", TEXT_MAX));
        }
        if (channel == null) {
            problems.add(InvalidInputException.Problem.of("channel", "incident.submission.error.channel"));
        }
        String receipt = receiptNumber.strip();
        if (receipt.length() > 100) {
            problems.add(InvalidInputException.Problem.of("receiptNumber", "incident.error.tooLong", 100));
        }
        if (store.of(id).stream().anyMatch(s -> s.kind() == kind)) {
            problems.add(InvalidInputException.Problem.of("kind", "incident.submission.error.already"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String name;
        byte[] content;
        if (file == null) {
            var report = reports.export(id, CommissionReports.Format.XLSX, "submission", kind);
            name = report.fileName();
            content = report.content();
        } else {
            name = UploadedBytes.fileName(fileName == null ? "report" : fileName, "evidence");
            content = read(file);
        }
        LocalDate due =
                kind == ReportSubmission.Kind.PRELIMINARY ? deadlines.preliminaryReport() : deadlines.finalReport();
        boolean late = LocalDate.ofInstant(submittedAt, BodyClock.ZONE).isAfter(due);
        var submission = new ReportSubmission(
                kind,
                submittedAt.truncatedTo(ChronoUnit.MICROS),
                who,
                channel,
                receipt,
                name,
                UploadedBytes.sha256Of(content),
                content.length,
                due,
                late,
                Access.currentLogin(),
                now);
        store.insert(id, submission, content);
        events.publishEvent(new IncidentEvent.IncidentReportSubmitted(
                id,
                Access.currentLogin(),
                kind.name(),
                submission.submittedAt(),
                who,
                channel.name(),
                receipt,
                name,
                submission.sha256(),
                late));
        return submission;
    }

    private static byte[] read(InputStream in) {
        try (in) {
            byte[] bytes = in.readNBytes((int) FILE_MAX + 1);
            if (bytes.length == 0) {
                throw InvalidInputException.of("file", "incident.error.evidence.empty");
            }
            if (bytes.length > FILE_MAX) {
                throw InvalidInputException.of("file", "incident.submission.error.tooLarge", FILE_MAX / 1024 / 1024);
            }
            return bytes;
        } catch (IOException e) {
            throw new IllegalStateException("could not read the submitted file", e);
        }
    }
}
