package jp.mamori.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import jp.mamori.reporting.YearlyReport;
import jp.mamori.reporting.YearlyReport.Format;
import jp.mamori.reporting.YearlyReports;
import jp.mamori.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The kept yearly reports by API: the list and each file as it was generated. Read-only. */
@RestController
@Tag(name = "yearly-reports", description = "Yearly reports to the 情報セキュリティ委員会 (kept, with SHA-256)")
class YearlyReportApi {
    private final YearlyReports reports;

    YearlyReportApi(YearlyReports reports) {
        this.reports = reports;
    }

    /** One kept report; dates ISO 8601, hashes SHA-256 in hex, {@code scopeUnits} empty for the whole body. */
    record ReportResource(
            long id,
            int fiscalYear,
            int version,
            LocalDate asOf,
            List<Long> scopeUnits,
            String generatedBy,
            String generatorName,
            OffsetDateTime generatedAt,
            String pdfSha256,
            long pdfSize,
            String xlsxSha256,
            long xlsxSize,
            String pdf,
            String xlsx) {
        static ReportResource of(YearlyReport r) {
            return new ReportResource(
                    r.id(),
                    r.fiscalYear(),
                    r.version(),
                    r.asOf(),
                    r.scopeUnits(),
                    r.generatedBy(),
                    r.generatorName(),
                    r.generatedAt(),
                    r.pdfSha256(),
                    r.pdfSize(),
                    r.xlsxSha256(),
                    r.xlsxSize(),
                    "/api/v1/yearly-reports/" + r.id() + "/file?format=pdf",
                    "/api/v1/yearly-reports/" + r.id() + "/file?format=xlsx");
        }
    }

    @Operation(summary = "List the kept yearly reports", description = "Newest 年度 and version first.")
    @GetMapping(path = "/api/v1/yearly-reports", produces = "application/json")
    @PreAuthorize("@yearlyReports.mayUse()")
    public List<ReportResource> list() {
        return reports.list().stream().map(ReportResource::of).toList();
    }

    @Operation(
            summary = "Download a kept yearly report",
            description =
                    "The file exactly as generated (format pdf or xlsx, pdf by default); header X-Content-SHA256.")
    @GetMapping("/api/v1/yearly-reports/{id}/file")
    @PreAuthorize("@yearlyReports.mayUse()")
    public ResponseEntity<byte[]> file(@PathVariable long id, @RequestParam(defaultValue = "pdf") String format) {
        Format f = Format.of(format);
        if (f == null) {
            throw new NotFoundException("yearly-report-format", format);
        }
        return YearlyReportPages.file(reports.file(id, f));
    }
}
