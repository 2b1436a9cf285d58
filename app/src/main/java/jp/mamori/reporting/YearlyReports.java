package jp.mamori.reporting;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jp.mamori.audit.AuditYearSummaries;
import jp.mamori.audit.AuditYearSummaries.YearSummary;
import jp.mamori.incident.IncidentYear;
import jp.mamori.organization.Directory;
import jp.mamori.organization.UnitSummary;
import jp.mamori.policy.PolicyYear;
import jp.mamori.reporting.YearlyReport.Format;
import jp.mamori.shared.Access;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.Wareki;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The yearly reports to the 情報セキュリティ委員会 (年度報告): generated for a 年度 from the data as of a
 * day, written as PDF and Excel, and kept — both files and their SHA-256 — as a new version each
 * time; a kept report is never changed. The same readers as the office's picture: a unit-scoped
 * 情報セキュリティ管理者・責任者 gets a report of the units they may see (and sees only such reports),
 * body-wide readers the whole body. Every generation and download goes to the audit trail.
 */
@Service
public class YearlyReports {
    static final int ISSUES_MAX = 20_000;
    /** How many times a generation that lost the race for its version number is tried in all. */
    static final int GENERATION_ATTEMPTS = 5;

    private final OfficePicture pictures;
    private final AuditYearSummaries audits;
    private final IncidentYear incidents;
    private final PolicyYear policy;
    private final Directory directory;
    private final YearlyReportLayout layout;
    private final YearlyReportPdf pdf;
    private final YearlyReportWorkbook workbook;
    private final JdbcClient jdbc;
    private final Access access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;

    YearlyReports(
            OfficePicture pictures,
            AuditYearSummaries audits,
            IncidentYear incidents,
            PolicyYear policy,
            Directory directory,
            YearlyReportLayout layout,
            YearlyReportPdf pdf,
            YearlyReportWorkbook workbook,
            JdbcClient jdbc,
            Access access,
            ApplicationEventPublisher events,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.pictures = pictures;
        this.audits = audits;
        this.incidents = incidents;
        this.policy = policy;
        this.directory = directory;
        this.layout = layout;
        this.pdf = pdf;
        this.workbook = workbook;
        this.jdbc = jdbc;
        this.access = access;
        this.events = events;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** 情報セキュリティ管理者・責任者 and body-wide readers: the office's picture's rule. */
    public boolean mayUse() {
        return pictures.mayRead();
    }

    /** Today, by the body's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The 年度 a new report is offered for: the last one that has ended, until the new one is a month old. */
    public int suggestedFiscalYear() {
        LocalDate today = LocalDate.now(clock);
        return Wareki.fiscalYearOf(today.minusMonths(1)) == Wareki.fiscalYearOf(today)
                ? Wareki.fiscalYearOf(today)
                : Wareki.fiscalYearOf(today) - 1;
    }

    /**
     * The day the sources count on: the as-of day, or the 年度's last day when the report is made
     * after the 年度 has ended (the sources count the 年度 of the day they are given).
     */
    static LocalDate figuresOn(int fiscalYear, LocalDate asOf) {
        LocalDate last = LocalDate.of(fiscalYear + 1, 3, 31);
        return asOf.isAfter(last) ? last : asOf;
    }

    /**
     * Generates and keeps a new version of the 年度's report; the issues for the next year are the
     * office's text. Two generations of the same 年度 at the same moment draw the same version number
     * (the table's unique key refuses the second); the loser is generated again with the next number,
     * in a new transaction, so both are kept and neither caller sees an error.
     */
    public YearlyReport generate(int fiscalYear, @Nullable LocalDate asOf, @Nullable String issuesNextYear) {
        for (int attempt = 1; ; attempt++) {
            try {
                return Objects.requireNonNull(
                        transaction.execute(status -> generateOnce(fiscalYear, asOf, issuesNextYear)));
            } catch (DuplicateKeyException | PessimisticLockingFailureException e) {
                if (attempt == GENERATION_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private YearlyReport generateOnce(int fiscalYear, @Nullable LocalDate asOf, @Nullable String issuesNextYear) {
        if (!mayUse()) {
            throw new NotAllowedException("yearly.notAllowed");
        }
        LocalDate today = LocalDate.now(clock);
        String issues = issuesNextYear == null ? "" : issuesNextYear.strip();
        if (fiscalYear < 2000 || fiscalYear > Wareki.fiscalYearOf(today)) {
            throw InvalidInputException.of("fiscalYear", "yearly.error.fiscalYear");
        }
        if (asOf == null) {
            throw InvalidInputException.of("asOf", "yearly.error.asOfMissing");
        }
        if (asOf.isAfter(today)) {
            throw InvalidInputException.of("asOf", "yearly.error.asOfFuture", Wareki.japanese(today));
        }
        if (asOf.isBefore(LocalDate.of(fiscalYear, 4, 1))) {
            throw InvalidInputException.of(
                    "asOf", "yearly.error.asOfBeforeYear", Wareki.fiscalYear(fiscalYear, YearlyReportLayout.JA));
        }
        if (issues.length() > ISSUES_MAX) {
            throw InvalidInputException.of("issuesNextYear", "yearly.error.issuesTooLong", ISSUES_MAX);
        }
        CurrentUser user = access.user();
        @Nullable Set<Long> reach = pictures.reach();
        LocalDate figuresOn = figuresOn(fiscalYear, asOf);
        Picture picture = pictures.picture(figuresOn, YearlyReportLayout.JA);
        YearSummary year = audits.ofFiscalYear(fiscalYear, asOf);
        if (reach != null) {
            year = new YearSummary(
                    year.fiscalYear(),
                    year.asOf(),
                    List.of(),
                    year.overdueActions().stream()
                            .filter(a -> reach.contains(a.unitId()))
                            .toList(),
                    year.selfInspections().stream()
                            .filter(r -> reach.contains(r.unitId()))
                            .toList());
        }
        Map<Long, String> unitNames =
                directory.units().stream().collect(Collectors.toMap(UnitSummary::id, UnitSummary::name, (a, b) -> a));
        List<Long> scope = reach == null ? List.of() : List.copyOf(new TreeSet<>(reach));
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from rep_yearly_report where fiscal_year = :y")
                .param("y", fiscalYear)
                .query(Integer.class)
                .single();
        OffsetDateTime now = OffsetDateTime.now(clock);
        ReportDocument document = layout.layout(new YearlyReportLayout.Inputs(
                fiscalYear,
                version,
                asOf,
                figuresOn,
                now,
                user.displayName(),
                reach == null
                        ? null
                        : scope.stream()
                                .map(u -> unitNames.getOrDefault(u, "#" + u))
                                .collect(Collectors.joining("、")),
                picture,
                year,
                reach == null,
                incidents.of(fiscalYear, asOf, reach),
                unitNames,
                policy.revisionsInForce(fiscalYear, asOf).stream()
                        .filter(c -> reach == null || !c.restricted())
                        .toList(),
                issues));
        byte[] pdfBytes = pdf.write(document);
        byte[] xlsxBytes = workbook.write(document);
        String pdfHash = sha256(pdfBytes);
        String xlsxHash = sha256(xlsxBytes);
        String scopeText = scope.stream().map(String::valueOf).collect(Collectors.joining(","));
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into rep_yearly_report (fiscal_year, version, as_of, scope_units, issues_next_year,
                            pdf, pdf_sha256, xlsx, xlsx_sha256, generated_by, generator_name, generated_at)
                        values (:y, :v, :asOf, :scope, :issues, :pdf, :pdfHash, :xlsx, :xlsxHash, :by, :name, :at)
                        """)
                .param("y", fiscalYear)
                .param("v", version)
                .param("asOf", asOf)
                .param("scope", scopeText)
                .param("issues", issues)
                .param("pdf", pdfBytes)
                .param("pdfHash", pdfHash)
                .param("xlsx", xlsxBytes)
                .param("xlsxHash", xlsxHash)
                .param("by", user.login())
                .param("name", user.displayName())
                .param("at", now)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        events.publishEvent(new ReportingEvent.YearlyReportGenerated(
                id, fiscalYear, version, asOf, scopeText, pdfHash, xlsxHash, user.login()));
        return new YearlyReport(
                id,
                fiscalYear,
                version,
                asOf,
                scope,
                issues,
                user.login(),
                user.displayName(),
                now,
                pdfHash,
                pdfBytes.length,
                xlsxHash,
                xlsxBytes.length);
    }

    /** The kept reports the reader may see, newest first. */
    @Transactional(readOnly = true)
    public List<YearlyReport> list() {
        @Nullable Set<Long> reach = pictures.reach();
        return jdbc
                .sql("""
                        select id, fiscal_year, version, as_of, scope_units, issues_next_year, generated_by,
                               generator_name, generated_at, pdf_sha256, length(pdf), xlsx_sha256, length(xlsx)
                        from rep_yearly_report order by fiscal_year desc, version desc
                        """)
                .query((rs, n) -> new YearlyReport(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getInt(3),
                        rs.getObject(4, LocalDate.class),
                        units(rs.getString(5)),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getObject(9, OffsetDateTime.class),
                        rs.getString(10),
                        rs.getLong(11),
                        rs.getString(12),
                        rs.getLong(13)))
                .list()
                .stream()
                .filter(r -> visible(r, reach))
                .toList();
    }

    /** One kept report the reader may see. */
    @Transactional(readOnly = true)
    public YearlyReport report(long id) {
        return list().stream()
                .filter(r -> r.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("yearly-report", id));
    }

    /** A kept report's file exactly as generated; the download is recorded in the audit trail. */
    @Transactional
    public YearlyReport.File file(long id, Format format) {
        YearlyReport report = report(id);
        String column = format == Format.PDF ? "pdf" : "xlsx";
        byte[] bytes = jdbc.sql("select " + column + " from rep_yearly_report where id = :id")
                .param("id", id)
                .query(byte[].class)
                .single();
        String hash = format == Format.PDF ? report.pdfSha256() : report.xlsxSha256();
        events.publishEvent(new ReportingEvent.YearlyReportDownloaded(
                id, format.name(), hash, access.user().login()));
        String name = "情報セキュリティ年度報告_" + Wareki.fiscalYear(report.fiscalYear(), YearlyReportLayout.JA) + "_第"
                + report.version() + "版." + format.extension();
        return new YearlyReport.File(name, format, bytes, hash);
    }

    private static boolean visible(YearlyReport report, @Nullable Set<Long> reach) {
        return reach == null || (!report.bodyWide() && reach.containsAll(report.scopeUnits()));
    }

    private static List<Long> units(String text) {
        if (text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(Long::valueOf).toList();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
