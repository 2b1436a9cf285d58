package jp.mamori.organization;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A spreadsheet or CSV file as rows of text cells: the header names the columns; each row keeps its
 * number as the reader sees it in Excel (the header is row 1). Excel date cells arrive as ISO text.
 */
record Table(String fileName, List<String> header, List<Row> rows) {
    Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** One data row: its number and its cells by column name (blank cells are empty strings). */
    record Row(int number, Map<String, String> cells) {
        String get(String column) {
            String value = cells.get(column);
            return value == null ? "" : value.strip();
        }

        boolean isBlank() {
            return cells.values().stream().allMatch(v -> v == null || v.isBlank());
        }
    }

    /** A file that cannot be read at all (missing, not CSV or xlsx, broken): exit code 2. */
    static final class UnreadableException extends Exception {
        UnreadableException(String message, @Nullable Throwable cause) {
            super(message, cause);
        }
    }
}
