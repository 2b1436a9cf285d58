package jp.mamori.control.soa;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.mamori.control.ImplementationStatus;
import jp.mamori.control.SoaConcerns;
import jp.mamori.control.catalogue.CatalogueVersion;
import jp.mamori.control.catalogue.Catalogues;
import jp.mamori.control.catalogue.Measure;
import jp.mamori.control.exceptions.ExceptionStanding;
import jp.mamori.organization.Directory;
import jp.mamori.organization.UnitSummary;
import jp.mamori.printing.JapaneseFont;
import jp.mamori.shared.Access;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.NotFoundException;
import jp.mamori.system.SystemRegister;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statement of applicability of the whole body, one unit or one information system as one list
 * of (unit or system) × measure rows, written as Excel ({@link SoaWorkbook}) or PDF ({@link SoaPdf}).
 * The rows are the pages' own lines ({@link Applicabilities}): the same measures, reasons, statuses
 * (例外 included) and exceptions; per unit or system one read of its evidence names.
 */
@Service
public class SoaExport {
    private final Catalogues catalogues;
    private final Applicabilities soa;
    private final Directory directory;
    private final SoaEvidenceStore evidence;
    private final Access access;
    private final MessageSource messages;
    private final JapaneseFont fonts;
    private final Clock clock;

    SoaExport(
            Catalogues catalogues,
            Applicabilities soa,
            Directory directory,
            SoaEvidenceStore evidence,
            Access access,
            MessageSource messages,
            JapaneseFont fonts,
            Clock clock) {
        this.catalogues = catalogues;
        this.soa = soa;
        this.directory = directory;
        this.evidence = evidence;
        this.access = access;
        this.messages = messages;
        this.fonts = fonts;
        this.clock = clock;
    }

    /** Whose statement a row belongs to: a unit (its code and name) or a system (管理番号 and name). */
    public record Holder(SoaScope scope, String code, String name) {}

    /**
     * One applicable measure of one unit or system, as its statement page shows it: the status
     * counts an exception that holds (例外), with the exceptions' references, the evidence files and
     * the open concerns of other modules (an audit finding, a failed self-inspection answer).
     */
    public record Row(
            Holder holder,
            Measure measure,
            Applicabilities.Reason reason,
            SoaEntry entry,
            ImplementationStatus status,
            List<Applicabilities.ExceptionLink> exceptions,
            List<String> evidence,
            List<SoaConcerns.Concern> concerns) {}

    /** The rows and the catalogue version they were computed from; {@code systems} when rows are systems'. */
    public record Statement(CatalogueVersion version, List<Row> rows, LocalDate asOf, boolean systems) {
        /** How many units or systems the rows cover. */
        public long holders() {
            return rows.stream().map(Row::holder).distinct().count();
        }
    }

    /**
     * The statement for the signed-in user: one system or one unit (which they must be allowed to
     * read), or every unit they may read.
     */
    @Transactional(readOnly = true)
    public Statement forUser(@Nullable Long unitId, @Nullable Long systemId) {
        if (systemId != null) {
            if (!soa.mayReadSystem(systemId)) {
                throw new NotAllowedException("control.soa.error.mayNotRead");
            }
            return systemStatement(soa.system(systemId));
        }
        List<UnitSummary> units;
        if (unitId != null) {
            UnitSummary unit = directory.unit(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
            if (!(access.canReadAll() || access.canManageUnit(unitId))) {
                throw new NotAllowedException("control.soa.error.mayNotRead");
            }
            units = List.of(unit);
        } else {
            units = directory.units().stream()
                    .filter(u -> access.canReadAll() || access.canManageUnit(u.id()))
                    .toList();
        }
        return statement(units);
    }

    /**
     * The statement for the command line (run by whoever holds the database credentials): one system
     * by 管理番号, one unit by code or name, or every unit.
     */
    @Transactional(readOnly = true)
    public Statement forCommand(@Nullable String unitCodeOrName, @Nullable String systemNumber) {
        if (systemNumber != null) {
            return systemStatement(
                    soa.systemByNumber(systemNumber).orElseThrow(() -> new NotFoundException("system", systemNumber)));
        }
        if (unitCodeOrName == null) {
            return statement(directory.units());
        }
        UnitSummary unit = directory
                .unitByCodeOrName(unitCodeOrName)
                .orElseThrow(() -> new NotFoundException("unit", unitCodeOrName));
        return statement(List.of(unit));
    }

    private Statement statement(List<UnitSummary> units) {
        CatalogueVersion version = catalogues.inForce();
        List<Row> rows = new ArrayList<>();
        for (UnitSummary unit : units) {
            Holder holder = new Holder(SoaScope.unit(unit.id()), unit.code(), unit.name());
            rows(holder, soa.linesOf(unit), rows);
        }
        return new Statement(version, rows, LocalDate.now(clock), false);
    }

    private Statement systemStatement(SystemRegister.SystemProfile system) {
        CatalogueVersion version = catalogues.inForce();
        List<Row> rows = new ArrayList<>();
        Holder holder = new Holder(SoaScope.system(system.id()), system.assetNumber(), system.name());
        rows(holder, soa.systemLinesOf(system), rows);
        return new Statement(version, rows, LocalDate.now(clock), true);
    }

    private void rows(Holder holder, List<Applicabilities.Line> lines, List<Row> out) {
        Map<String, List<String>> files = evidence.namesByMeasure(soa.scopeKey(holder.scope()));
        for (Applicabilities.Line l : lines) {
            out.add(new Row(
                    holder,
                    l.measure(),
                    l.reason(),
                    l.entry(),
                    l.status(),
                    l.exceptions(),
                    files.getOrDefault(l.measure().id(), List.of()),
                    l.concerns()));
        }
    }

    /**
     * The status as the pages word it: 例外 while an exception holds, 対象外 awaiting approval marked,
     * and the exceptions' references, an expired one marked as such; then each open concern (監査指摘
     * F-3（要改善）, 自己点検 …：未実施) on a line of its own.
     */
    static String statusText(MessageSource messages, Locale locale, Row row) {
        StringBuilder text = new StringBuilder(messages.getMessage(row.status().messageKey(), null, locale));
        if (row.entry().naPending()) {
            text.append(messages.getMessage("control.export.naPending", null, locale));
        }
        for (Applicabilities.ExceptionLink x : row.exceptions()) {
            text.append(' ').append(x.reference());
            if (x.standing() == ExceptionStanding.EXPIRED) {
                text.append(messages.getMessage("control.export.exceptionExpired", null, locale));
            }
        }
        for (SoaConcerns.Concern c : row.concerns()) {
            text.append('\n')
                    .append(messages.getMessage(
                            c.messageKey(), new Object[] {c.reference(), c.detail()}, c.messageKey(), locale));
        }
        return text.toString();
    }

    /** The statement as an Excel workbook: one row per unit × measure. */
    public byte[] workbook(Statement statement, Locale locale) {
        return new SoaWorkbook(messages, locale).write(statement);
    }

    /**
     * The statement as an A4 landscape PDF with the Japanese font embedded; throws {@link
     * jp.mamori.printing.FontMissingException} when no Japanese font is installed.
     */
    public byte[] pdf(Statement statement, Locale locale) {
        return new SoaPdf(messages, locale, fonts).render(statement);
    }

    /** True when a Japanese font for PDFs is installed. */
    public boolean pdfAvailable() {
        return fonts.available();
    }

    /** The text of an entry's reason, as the pages word it. */
    static String reasonText(MessageSource messages, Locale locale, Applicabilities.Reason reason) {
        return messages.getMessage(
                reason.messageKey(),
                new Object[] {reason.exampleAsset(), reason.assets()},
                reason.messageKey(),
                locale);
    }
}
