package jp.mamori.reporting;

import java.time.LocalDate;
import jp.mamori.shared.AuditableEvent;

/** What happened in the reporting module, for the audit trail: yearly reports generated and downloaded. */
@AuditableEvent.SubjectType("yearly-report")
public sealed interface ReportingEvent extends AuditableEvent {

    /** {@code reporting.yearly-report-generated}: a new version of a 年度's report was generated and kept. */
    @AuditableEvent.Action("reporting.yearly-report-generated")
    record YearlyReportGenerated(
            @AuditableEvent.Subject long reportId,
            int fiscalYear,
            int version,
            LocalDate asOf,
            String scope,
            String pdfSha256,
            String xlsxSha256,
            String actor)
            implements ReportingEvent {}

    /** {@code reporting.yearly-report-downloaded}: a kept report's file was downloaded. */
    @AuditableEvent.Action("reporting.yearly-report-downloaded")
    record YearlyReportDownloaded(@AuditableEvent.Subject long reportId, String format, String sha256, String actor)
            implements ReportingEvent {}
}
