package jp.mamori.incident.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.UUID;
import jp.mamori.incident.CommissionReports;
import jp.mamori.incident.IncidentId;
import jp.mamori.incident.ReportFacts;
import jp.mamori.incident.ReportSubmission;
import jp.mamori.printing.FontMissingException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API for the report to the 個人情報保護委員会 of an incident: the report as PDF or Excel, and
 * the facts only the report needs. Whoever may read the incident reads and downloads (404
 * otherwise, also for an unknown id); those who respond to it change the facts (403 otherwise).
 * Every download is recorded in the audit trail.
 */
@RestController
@Tag(name = "incident")
@RequestMapping("/api/v1/incidents/{id}")
class CommissionReportApi {
    private final CommissionReports reports;

    CommissionReportApi(CommissionReports reports) {
        this.reports = reports;
    }

    /**
     * The facts of the report as JSON, dates in ISO 8601.
     *
     * @param occurredOn the day it happened, when known
     */
    record ReportFactsResource(
            @Nullable LocalDate occurredOn,
            String dataItems,
            String secondaryDamage,
            String responseToPeople,
            String publication,
            String causeSoFar,
            String measuresSoFar,
            String otherNotes,
            String contact) {

        static ReportFactsResource of(ReportFacts facts) {
            return new ReportFactsResource(
                    facts.occurredOn(),
                    facts.dataItems(),
                    facts.secondaryDamage(),
                    facts.responseToPeople(),
                    facts.publication(),
                    facts.causeSoFar(),
                    facts.measuresSoFar(),
                    facts.otherNotes(),
                    facts.contact());
        }

        ReportFacts facts() {
            return new ReportFacts(
                    occurredOn,
                    dataItems,
                    secondaryDamage,
                    responseToPeople,
                    publication,
                    causeSoFar,
                    measuresSoFar,
                    otherNotes,
                    contact);
        }
    }

    @Operation(
            summary = "Download the report as PDF",
            description = "The incident laid out as a breach report to the 個人情報保護委員会 (A4, Japanese, "
                    + "dates in 和暦). 404 when the incident is unknown or not readable; 503 when the server has "
                    + "no Japanese font. Recorded in the audit trail.")
    @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/report.pdf")
    @PreAuthorize(Rights.SIGNED_IN)
    public ResponseEntity<byte[]> pdf(
            @Parameter(description = "incident id (UUID)") @PathVariable UUID id,
            @Parameter(description = "PRELIMINARY (速報) or FINAL (確報); default: the 速報 until one is recorded")
                    @RequestParam(required = false)
                    ReportSubmission.Kind kind) {
        return CommissionReportPages.download(
                reports.export(new IncidentId(id), CommissionReports.Format.PDF, "api", kind));
    }

    @Operation(
            summary = "Download the report as Excel",
            description = "One sheet laid out as a form: Japanese labels in column A, values in column B, dates "
                    + "in 和暦. 404 when the incident is unknown or not readable. Recorded in the audit trail.")
    @ApiResponse(
            responseCode = "200",
            content =
                    @Content(
                            mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/report.xlsx")
    @PreAuthorize(Rights.SIGNED_IN)
    public ResponseEntity<byte[]> workbook(
            @Parameter(description = "incident id (UUID)") @PathVariable UUID id,
            @Parameter(description = "PRELIMINARY (速報) or FINAL (確報); default: the 速報 until one is recorded")
                    @RequestParam(required = false)
                    ReportSubmission.Kind kind) {
        return CommissionReportPages.download(
                reports.export(new IncidentId(id), CommissionReports.Format.XLSX, "api", kind));
    }

    @Operation(
            summary = "Read the report facts",
            description = "Facts only the report needs (発生日, personal-data items, secondary damage, "
                    + "response to the people, publication …); empty texts when nothing is entered yet.")
    @GetMapping(path = "/report-facts", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Rights.SIGNED_IN)
    public ReportFactsResource facts(@PathVariable UUID id) {
        return ReportFactsResource.of(reports.facts(new IncidentId(id)));
    }

    @Operation(
            summary = "Replace the report facts",
            description = "For those who respond to the incident (403 otherwise). Texts up to 4,000 characters; "
                    + "occurredOn not after the day of discovery (400 naming the field). Audited.")
    @PutMapping(
            path = "/report-facts",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Rights.SIGNED_IN)
    public ReportFactsResource revise(@PathVariable UUID id, @RequestBody ReportFactsResource request) {
        return ReportFactsResource.of(reports.revise(new IncidentId(id), request.facts()));
    }

    /** No Japanese font on the server: 503 with what to install, as problem JSON. */
    @ExceptionHandler(FontMissingException.class)
    ResponseEntity<Object> noFont(FontMissingException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setTitle("No Japanese font for PDF output");
        var body = new LinkedHashMap<String, Object>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }
}
