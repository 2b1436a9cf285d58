package jp.mamori.control;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.mamori.asset.AssetProfile;
import jp.mamori.asset.AssetRegister;
import jp.mamori.organization.Directory;
import jp.mamori.organization.UnitSummary;
import jp.mamori.printing.JapaneseFont;
import jp.mamori.shared.Access;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statement of applicability of the whole body (or one unit) as one list of unit × measure rows,
 * written as Excel ({@link SoaWorkbook}) or PDF ({@link SoaPdf}). Which measures apply is computed
 * as on the pages, but for every unit at once: one grouped query of the asset register for all
 * units, one read of the catalogue in force, and per unit one read of its entries and one of its
 * evidence names.
 */
@Service
public class SoaExport {
    private final Catalogues catalogues;
    private final AssetRegister register;
    private final Directory directory;
    private final SoaRepository repository;
    private final SoaEvidenceStore evidence;
    private final Access access;
    private final MessageSource messages;
    private final JapaneseFont fonts;
    private final Clock clock;

    SoaExport(
            Catalogues catalogues,
            AssetRegister register,
            Directory directory,
            SoaRepository repository,
            SoaEvidenceStore evidence,
            Access access,
            MessageSource messages,
            JapaneseFont fonts,
            Clock clock) {
        this.catalogues = catalogues;
        this.register = register;
        this.directory = directory;
        this.repository = repository;
        this.evidence = evidence;
        this.access = access;
        this.messages = messages;
        this.fonts = fonts;
        this.clock = clock;
    }

    /** One applicable measure of one unit, with what was recorded and the evidence files' names. */
    public record Row(
            UnitSummary unit, Measure measure, Applicabilities.Reason reason, SoaEntry entry, List<String> evidence) {}

    /** The rows and the catalogue version they were computed from. */
    public record Statement(CatalogueVersion version, List<Row> rows, LocalDate asOf) {}

    /**
     * The statement for the signed-in user: one unit (which they must be allowed to read) or every
     * unit they may read.
     */
    @Transactional(readOnly = true)
    public Statement forUser(@Nullable Long unitId) {
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
     * The statement for the command line (run by whoever holds the database credentials): one unit
     * by code or name, or every unit.
     */
    @Transactional(readOnly = true)
    public Statement forCommand(@Nullable String unitCodeOrName) {
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
        List<Measure> measures = catalogues.content(version).measures().stream()
                .filter(m -> m.adopted() && m.scope() != MeasureScope.SYSTEM)
                .toList();
        Map<Long, List<AssetTraits>> traits = new HashMap<>();
        List<AssetProfile> profiles =
                units.size() == 1 ? register.profiles(units.get(0).id()) : register.profiles(null);
        for (AssetProfile p : profiles) {
            traits.computeIfAbsent(p.unitId(), k -> new ArrayList<>()).add(Applicabilities.traits(p));
        }
        List<Row> rows = new ArrayList<>();
        for (UnitSummary unit : units) {
            String scope = Applicabilities.scopeKey(unit.id());
            Map<String, SoaEntry> entries = repository.entries(scope);
            Map<String, List<String>> files = evidence.namesByMeasure(scope);
            List<AssetTraits> unitTraits = traits.getOrDefault(unit.id(), List.of());
            for (Measure m : measures) {
                Optional<Applicabilities.Reason> reason = Applicabilities.reason(m, unit, unitTraits);
                if (reason.isPresent()) {
                    rows.add(new Row(
                            unit,
                            m,
                            reason.get(),
                            entries.getOrDefault(m.id(), SoaEntry.empty(scope, m.id())),
                            files.getOrDefault(m.id(), List.of())));
                }
            }
        }
        return new Statement(version, rows, LocalDate.now(clock));
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
