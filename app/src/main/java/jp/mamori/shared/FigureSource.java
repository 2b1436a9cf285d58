package jp.mamori.shared;

import java.time.LocalDate;
import java.util.List;

/**
 * What one module counts for the office's picture of the body's security (情報セキュリティの状況): figures
 * per unit, per 対策基準 chapter or per month, each with a link to the records behind it. The
 * {@code reporting} module collects every bean into one page. See docs/reporting.md.
 *
 * <p>An implementation counts with grouped queries (one per figure kind), never one query per unit
 * or record: the page calls every source on each visit.
 */
public interface FigureSource {
    /** The module's figures on the day, for the whole body (the reporting module narrows them to what the reader may see). */
    List<Figure> figures(LocalDate today);
}
