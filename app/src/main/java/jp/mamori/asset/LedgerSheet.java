package jp.mamori.asset;

import java.util.List;

/**
 * One worksheet of a ledger as text cells: rows keep their Excel row numbers (1 = the first row),
 * cells their column positions (0 = column A). Merged cells carry the merged value in every cell
 * they cover; Excel date cells arrive as ISO dates; formulas as their cached results.
 */
record LedgerSheet(String name, List<Row> rows) {
    LedgerSheet {
        rows = List.copyOf(rows);
    }

    /** One row as Excel numbers it, with its cells from column A. */
    record Row(int number, List<String> cells) {
        Row {
            cells = List.copyOf(cells);
        }

        /** The cell's text, "" beyond the last cell. */
        String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }

        boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** The column letters Excel shows for a 0-based column position: 0 → A, 27 → AB. */
    static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder();
        int n = column + 1;
        while (n > 0) {
            int rem = (n - 1) % 26;
            letters.insert(0, (char) ('A' + rem));
            n = (n - 1) / 26;
        }
        return letters.toString();
    }
}
