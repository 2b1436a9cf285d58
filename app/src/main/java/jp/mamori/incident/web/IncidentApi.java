package jp.mamori.incident.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import jp.mamori.incident.Closure;
import jp.mamori.incident.IncidentId;
import jp.mamori.incident.IncidentService;
import jp.mamori.incident.PeopleNotice;
import jp.mamori.incident.PeopleNotices;
import jp.mamori.incident.PersonalData;
import jp.mamori.incident.Priority;
import jp.mamori.incident.ReportRequest;
import jp.mamori.incident.ReportSubmission;
import jp.mamori.incident.ReportSubmissions;
import jp.mamori.incident.Severity;
import jp.mamori.incident.StoredIncident;
import jp.mamori.incident.ThreatCategory;
import jp.mamori.incident.Triage;
import jp.mamori.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API for incidents: report, read, list (with the same visibility as the pages), the response
 * steps, and the statutory deadlines. Anyone authenticated reports; an incident the caller may not
 * read is a 404; a step by someone who does not work on the incident, or one the state does not
 * allow, is a 403; bad input is a 400 naming each field. Every change lands in the audit trail.
 */
@RestController
@Tag(name = "incident", description = "Incidents, their response and the statutory deadlines (インシデント)")
@RequestMapping(path = "/api/v1/incidents", produces = "application/json")
class IncidentApi {
    private final IncidentService incidents;
    private final ReportSubmissions submissions;
    private final PeopleNotices notices;
    private final jp.mamori.incident.IncidentAssets assets;

    IncidentApi(
            IncidentService incidents,
            ReportSubmissions submissions,
            PeopleNotices notices,
            jp.mamori.incident.IncidentAssets assets) {
        this.assets = assets;
        this.incidents = incidents;
        this.submissions = submissions;
        this.notices = notices;
    }

    @Operation(
            summary = "List incidents",
            description = "Newest first, with days left to the 速報 and 確報 (negative when overdue). The reporter"
                    + " sees their own; CSIRT, auditors and body-wide roles see all; a section manager sees"
                    + " their units'.")
    @GetMapping
    @PreAuthorize(Rights.SIGNED_IN)
    public List<IncidentResource.Line> list(
            @Parameter(description = "true: open incidents only (default); false: closed ones too")
                    @RequestParam(defaultValue = "true")
                    boolean open,
            @Parameter(
                            description = "ALL (default); SOON: a report not submitted is due within 2 days; OVERDUE:"
                                    + " a report not submitted is past its due date; UNSUBMITTED: a due report is not"
                                    + " recorded as submitted")
                    @RequestParam(defaultValue = "ALL")
                    jp.mamori.incident.IncidentLine.DeadlineFilter deadline) {
        return incidents.list(open, deadline).stream()
                .map(IncidentResource.Line::of)
                .toList();
    }

    @Operation(summary = "List what I reported", description = "Every incident the caller reported, open or closed.")
    @GetMapping("/mine")
    @PreAuthorize(Rights.SIGNED_IN)
    public List<IncidentResource.Line> mine() {
        return incidents.mine().stream().map(IncidentResource.Line::of).toList();
    }

    @Operation(
            summary = "Report an incident",
            description = "Anyone authenticated. The incident belongs to the caller's unit (unitId only for"
                    + " accounts without a person). Escalates at once. 201 with Location.")
    @PostMapping(consumes = "application/json")
    @PreAuthorize(Rights.SIGNED_IN)
    public ResponseEntity<IncidentResource> report(@RequestBody ReportBody body) {
        StoredIncident stored = incidents.report(body.request());
        return ResponseEntity.created(
                        URI.create("/api/v1/incidents/" + stored.incident().id()))
                .body(IncidentResource.of(stored, incidents.decision(stored.incident()), incidents.today()));
    }

    @Operation(summary = "Read an incident", description = "404 when unknown or not visible to the caller.")
    @GetMapping("/{id}")
    @PreAuthorize(Rights.SIGNED_IN)
    public IncidentResource read(@PathVariable UUID id) {
        return resource(incidents.get(new IncidentId(id)));
    }

    @Operation(
            summary = "Deadlines of an incident",
            description = "Whether a report to the 個人情報保護委員会 is due, each reason in Japanese with its"
                    + " provision, and the due dates of the 速報 and 確報.")
    @GetMapping("/{id}/deadlines")
    @PreAuthorize(Rights.SIGNED_IN)
    public IncidentResource.DecisionResource deadlines(@PathVariable UUID id) {
        StoredIncident stored = incidents.get(new IncidentId(id));
        return IncidentResource.DecisionResource.of(incidents.decision(stored.incident()), incidents.today());
    }

    @Operation(
            summary = "Triage",
            description = "Confirms it is an incident with severity 1–4 and priority; escalates.")
    @PostMapping(path = "/{id}/triage", consumes = "application/json")
    @PreAuthorize(Rights.SIGNED_IN)
    public IncidentResource triage(@PathVariable UUID id, @RequestBody TriageBody body) {
        if (body.severity() == null) {
            throw InvalidInputException.of("severity", "incident.error.severity.range");
        }
        if (body.priority() == null) {
            throw InvalidInputException.of("priority", "incident.error.required");
        }
        return resource(incidents.triage(
                new IncidentId(id), new Triage(Severity.of(body.severity()), body.priority()), text(body.note())));
    }

    @Operation(summary = "Contained", description = "The damage no longer spreads (from TRIAGED).")
    @PostMapping(path = "/{id}/contain", consumes = "application/json")
    @PreAuthorize(Rights.SIGNED_IN)
    public IncidentResource contain(@PathVariable UUID id, @RequestBody NoteBody body) {
        return resource(incidents.contain(new IncidentId(id), text(body.note())));
    }

    @Operation(summary = "Eradicated", description = "The cause is removed (from CONTAINED).")
    @PostMapping(path = "/{id}/eradicate", consumes = "application/json")
    @PreAuthorize(Rights.SIGNED_IN)
    public IncidentResource eradicate(@PathVariable UUID id, @RequestBody NoteBody body) {
        return resource(incidents.eradicate(new IncidentId(id), text(body.note())));
    }

    @Operation(summary = "Recovered", description = "Systems and work are back (from ERADICATED).")
    @PostMapping(path = "/{id}/recover", consumes = "application/json")
    @PreAuthorize(Rights.SIGNED_IN)
    public IncidentResource recover(@PathVariable UUID id, @RequestBody NoteBody body) {
        return resource(incidents.recover(new IncidentId(id), text(body.note())));
    }

    @Operation(
            summary = "Close",
            description = "From RECOVERED, with the cause and the recurrence prevention (both required).")
    @PostMapping(path = "/{id}/close", consumes = "application/json")
    @PreAuthorize(Rights.SIGNED_IN)
    public IncidentResource close(@PathVariable UUID id, @RequestBody CloseBody body) {
        return resource(incidents.close(
                new IncidentId(id),
                new Closure(text(body.cause()), text(body.recurrencePrevention())),
                text(body.note()),
                body.outstandingReportsReason()));
    }

    @Operation(
            summary = "Reports submitted to the Commission",
            description = "The 速報 and 確報 recorded as submitted: when, by whom, how, receipt number, file and SHA-256.")
    @GetMapping("/{id}/submissions")
    @PreAuthorize(Rights.SIGNED_IN)
    public List<ReportSubmission> submissions(@PathVariable UUID id) {
        return submissions.of(new IncidentId(id));
    }

    @Operation(
            summary = "Record a submission",
            description = "Records the 速報 (PRELIMINARY) or the 確報 (FINAL) as submitted; the file kept is the report "
                    + "as the product makes it now (Excel). 201 with the record; 400 names each field; 403 for "
                    + "someone who does not respond to the incident.")
    @PostMapping(path = "/{id}/submissions", consumes = "application/json")
    @PreAuthorize(Rights.SIGNED_IN)
    public ResponseEntity<ReportSubmission> submit(@PathVariable UUID id, @RequestBody SubmissionBody body) {
        if (body.kind() == null) {
            throw InvalidInputException.of("kind", "incident.submission.error.kind");
        }
        ReportSubmission recorded = submissions.record(
                new IncidentId(id),
                body.kind(),
                body.submittedAt(),
                text(body.submittedBy()),
                body.channel(),
                text(body.receiptNumber()),
                null,
                null);
        return ResponseEntity.created(
                        URI.create("/api/v1/incidents/" + id + "/submissions/" + recorded.kind() + "/file"))
                .body(recorded);
    }

    @Operation(
            summary = "本人への通知 recorded",
            description = "Each wave of notice to the persons concerned: told (when, how, how many, which items), "
                    + "another measure because telling was not possible, or (行政機関等 only) withheld for 不開示情報.")
    @GetMapping("/{id}/people-notices")
    @PreAuthorize(Rights.SIGNED_IN)
    public List<PeopleNotice> peopleNotices(@PathVariable UUID id) {
        return notices.of(new IncidentId(id));
    }

    @Operation(
            summary = "Record 本人への通知",
            description = "way NOTIFIED needs doneOn, method, people ≥ 1 and items with OVERVIEW; ALTERNATIVE needs "
                    + "whyNot, measure and measureText; WITHHELD_NON_DISCLOSURE (行政機関等 only, 法第68条第2項第2号) "
                    + "needs whyNot. Only while a report is due; 201; 400 names each field; 403 for someone who does "
                    + "not respond to the incident.")
    @PostMapping(path = "/{id}/people-notices", consumes = "application/json")
    @PreAuthorize(Rights.SIGNED_IN)
    public ResponseEntity<PeopleNotice> recordPeopleNotice(@PathVariable UUID id, @RequestBody PeopleNoticeBody body) {
        PeopleNotice recorded = notices.record(
                new IncidentId(id),
                new PeopleNotices.Request(
                        body.way(),
                        body.doneOn(),
                        body.method(),
                        body.people() == null ? 0 : body.people(),
                        body.items() == null ? java.util.Set.of() : java.util.Set.copyOf(body.items()),
                        text(body.whyNot()),
                        body.measure(),
                        text(body.measureText())));
        return ResponseEntity.created(URI.create("/api/v1/incidents/" + id + "/people-notices"))
                .body(recorded);
    }

    @Operation(
            summary = "Assets linked from the register",
            description = "Affected assets picked from the asset register by 管理番号, with their class now.")
    @GetMapping("/{id}/assets")
    @PreAuthorize(Rights.SIGNED_IN)
    public List<jp.mamori.incident.IncidentAssets.Linked> linkedAssets(@PathVariable UUID id) {
        return assets.linked(new IncidentId(id));
    }

    @Operation(
            summary = "Link an asset from the register",
            description = "{number}: a 管理番号 the register knows; once per asset; 201; 400 names the field; 403 for "
                    + "someone who does not respond to the incident.")
    @PostMapping(path = "/{id}/assets", consumes = "application/json")
    @PreAuthorize(Rights.SIGNED_IN)
    public ResponseEntity<jp.mamori.incident.IncidentAssets.Linked> linkAsset(
            @PathVariable UUID id, @RequestBody AssetBody body) {
        var linked = assets.link(new IncidentId(id), text(body.number()));
        return ResponseEntity.created(URI.create("/api/v1/incidents/" + id + "/assets"))
                .body(linked);
    }

    @Operation(summary = "The file submitted", description = "Checked against its SHA-256 before it is handed out.")
    @GetMapping("/{id}/submissions/{kind}/file")
    @PreAuthorize(Rights.SIGNED_IN)
    public ResponseEntity<byte[]> submittedFile(@PathVariable UUID id, @PathVariable ReportSubmission.Kind kind) {
        ReportSubmissions.SubmittedFile file = submissions.file(new IncidentId(id), kind);
        return ResponseEntity.ok()
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                                .filename(file.submission().fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Evidence-SHA256", file.submission().sha256())
                .contentType(org.springframework.http.MediaType.APPLICATION_OCTET_STREAM)
                .body(file.content());
    }

    @Operation(
            summary = "Triage again",
            description = "Once triaged and while open: new severity and priority with a reason (audited).")
    @PostMapping(path = "/{id}/retriage", consumes = "application/json")
    @PreAuthorize(Rights.SIGNED_IN)
    public IncidentResource retriage(@PathVariable UUID id, @RequestBody RetriageBody body) {
        if (body.severity() == null) {
            throw InvalidInputException.of("severity", "incident.error.severity.required");
        }
        if (body.priority() == null) {
            throw InvalidInputException.of("priority", "incident.error.priority.required");
        }
        return resource(incidents.retriage(
                new IncidentId(id),
                new jp.mamori.incident.Triage(jp.mamori.incident.Severity.of(body.severity()), body.priority()),
                text(body.reason())));
    }

    @Operation(
            summary = "Reopen",
            description = "A closed incident (or one closed as not an incident) opened again with a reason; it "
                    + "returns to REPORTED and is triaged again.")
    @PostMapping(path = "/{id}/reopen", consumes = "application/json")
    @PreAuthorize(Rights.SIGNED_IN)
    public IncidentResource reopen(@PathVariable UUID id, @RequestBody ReasonBody body) {
        return resource(incidents.reopen(new IncidentId(id), text(body.reason())));
    }

    @Operation(summary = "Close as not an incident", description = "From REPORTED or TRIAGED; the reason is required.")
    @PostMapping(path = "/{id}/not-an-incident", consumes = "application/json")
    @PreAuthorize(Rights.SIGNED_IN)
    public IncidentResource notAnIncident(@PathVariable UUID id, @RequestBody ReasonBody body) {
        return resource(incidents.closeAsNotAnIncident(new IncidentId(id), text(body.reason())));
    }

    @Operation(summary = "Add a note", description = "Responders and the reporter, while open.")
    @PostMapping(path = "/{id}/notes", consumes = "application/json")
    @PreAuthorize(Rights.SIGNED_IN)
    public IncidentResource note(@PathVariable UUID id, @RequestBody NoteBody body) {
        return resource(incidents.addNote(new IncidentId(id), text(body.note())));
    }

    @Operation(summary = "Revise the personal-data facts", description = "The deadlines follow the new facts.")
    @PutMapping(path = "/{id}/personal-data", consumes = "application/json")
    @PreAuthorize(Rights.SIGNED_IN)
    public IncidentResource personalData(@PathVariable UUID id, @RequestBody FactsBody body) {
        return resource(incidents.revisePersonalData(new IncidentId(id), body.facts(), text(body.note())));
    }

    @Operation(summary = "Tick a checklist step", description = "A step key of the emergency response plan in force.")
    @PostMapping(path = "/{id}/checklist", consumes = "application/json")
    @PreAuthorize(Rights.SIGNED_IN)
    public IncidentResource tick(@PathVariable UUID id, @RequestBody StepBody body) {
        return resource(incidents.tick(new IncidentId(id), text(body.step())));
    }

    private IncidentResource resource(StoredIncident stored) {
        return IncidentResource.of(stored, incidents.decision(stored.incident()), incidents.today());
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    @Schema(name = "IncidentReport")
    record ReportBody(
            @Nullable String title,
            @Nullable String description,

            @Schema(description = "ISO 8601 instant, e.g. 2026-11-26T00:30:00Z") @Nullable
            Instant discoveredAt,

            @Nullable String discoveredBy,
            @Nullable List<String> affectedAssets,
            @Nullable ThreatCategory threat,
            @Nullable PersonalData personalData,

            @Schema(description = "only for accounts without a person") @Nullable
            Long unitId,

            @Nullable String note) {
        ReportRequest request() {
            var problems = new java.util.ArrayList<InvalidInputException.Problem>();
            if (discoveredAt == null) {
                problems.add(InvalidInputException.Problem.of("discoveredAt", "incident.error.required"));
            }
            if (threat == null) {
                problems.add(InvalidInputException.Problem.of("threat", "incident.error.required"));
            }
            if (title == null || title.isBlank()) {
                problems.add(InvalidInputException.Problem.of("title", "incident.error.required"));
            }
            if (description == null || description.isBlank()) {
                problems.add(InvalidInputException.Problem.of("description", "incident.error.required"));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return new ReportRequest(
                    text(title),
                    text(description),
                    discoveredAt,
                    text(discoveredBy),
                    affectedAssets == null ? List.of() : affectedAssets,
                    threat,
                    personalData == null ? PersonalData.none() : personalData,
                    unitId,
                    text(note));
        }
    }

    @Schema(name = "IncidentTriage")
    record TriageBody(
            @Schema(description = "1 (minor) to 4 (critical)") @Nullable
            Integer severity,

            @Nullable Priority priority,
            @Nullable String note) {}

    @Schema(name = "IncidentNote")
    record NoteBody(@Nullable String note) {}

    @Schema(name = "IncidentClosure")
    record CloseBody(
            @Nullable String cause,
            @Nullable String recurrencePrevention,
            @Nullable String note,

            @Schema(
                    description = "Only the CISO, only while a due report is not recorded as submitted: why the "
                            + "incident is closed anyway (audited)")
            @Nullable
            String outstandingReportsReason) {}

    @Schema(name = "IncidentReportSubmission")
    record SubmissionBody(
            ReportSubmission.@Nullable Kind kind,
            @Nullable Instant submittedAt,
            @Nullable String submittedBy,
            ReportSubmission.@Nullable Channel channel,
            @Nullable String receiptNumber) {}

    @Schema(name = "IncidentPeopleNotice")
    record PeopleNoticeBody(
            PeopleNotice.@Nullable Way way,
            java.time.@Nullable LocalDate doneOn,
            PeopleNotice.@Nullable Method method,
            @Nullable Integer people,
            @Nullable List<PeopleNotice.Item> items,
            @Nullable String whyNot,
            PeopleNotice.@Nullable Measure measure,
            @Nullable String measureText) {}

    @Schema(name = "IncidentRetriage")
    record RetriageBody(
            @Nullable Integer severity,
            jp.mamori.incident.@Nullable Priority priority,
            @Nullable String reason) {}

    @Schema(name = "IncidentAssetLink")
    record AssetBody(@Nullable String number) {}

    @Schema(name = "IncidentNotAnIncident")
    record ReasonBody(@Nullable String reason) {}

    @Schema(name = "IncidentChecklistStep")
    record StepBody(@Nullable String step) {}

    @Schema(name = "IncidentPersonalDataRevision")
    record FactsBody(PersonalData facts, @Nullable String note) {}
}
