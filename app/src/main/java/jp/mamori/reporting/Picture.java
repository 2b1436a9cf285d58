package jp.mamori.reporting;

import java.time.LocalDate;
import java.util.List;
import jp.mamori.shared.Figure.Axis;
import org.jspecify.annotations.Nullable;

/**
 * The office's picture on a day: one table per breakdown the reader may see (units always; chapters
 * and months for body-wide readers only, since they cover every unit).
 *
 * @param complete false when a source could not answer (its figures are missing; the log names it)
 */
public record Picture(LocalDate asOf, List<Table> tables, boolean complete) {
    public Picture {
        tables = List.copyOf(tables);
    }

    /** The table of that breakdown, if shown. */
    public @Nullable Table table(Axis axis) {
        return tables.stream().filter(t -> t.axis() == axis).findFirst().orElse(null);
    }

    /**
     * One breakdown: a row per unit, chapter or month, a column per figure key.
     *
     * @param keys the figure keys in column order
     */
    public record Table(Axis axis, List<String> keys, List<Row> rows) {
        public Table {
            keys = List.copyOf(keys);
            rows = List.copyOf(rows);
        }

        public boolean isEmpty() {
            return keys.isEmpty() || rows.isEmpty();
        }
    }

    /** A row: the group (unit id, chapter, month) as given by the sources, its label, a cell per key. */
    public record Row(String group, String label, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * One number: a count, or a count out of a whole with its percentage. {@code bar} is the length
     * of the bar beside it, 0 to 100: the percentage of a rate, or the count against the largest
     * count of its column. An empty cell ({@code empty}) is a rate with nothing to count.
     */
    public record Cell(
            long count, @Nullable Long outOf, @Nullable Integer percent, int bar, String link, boolean empty) {
        static Cell none() {
            return new Cell(0, null, null, 0, "", true);
        }
    }
}
