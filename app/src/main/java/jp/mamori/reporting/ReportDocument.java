package jp.mamori.reporting;

import java.util.List;

/**
 * The yearly report laid out once, before it is written as PDF and as Excel: a title with the lines
 * of the cover, then sections (a chapter of the PDF, a sheet of the workbook), each with notes and
 * tables. Numbers stay numbers here, so the workbook can write them as numbers.
 */
record ReportDocument(String title, List<String> cover, List<Section> sections) {
    ReportDocument {
        cover = List.copyOf(cover);
        sections = List.copyOf(sections);
    }

    /** One section: its sheet name (at most 31 characters, no {@code []:*?/\}), its title, notes and tables. */
    record Section(String sheet, String title, List<String> notes, List<Table> tables) {
        Section {
            notes = List.copyOf(notes);
            tables = List.copyOf(tables);
        }
    }

    /** A table with its caption, column headers and rows (each row as long as the headers). */
    record Table(String caption, List<String> headers, List<List<Value>> rows) {
        Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
        }

        /** True when some row has a rate in that column (the workbook then gives it a second column for the whole). */
        boolean rateColumn(int column) {
            return rows.stream().anyMatch(r -> r.get(column) instanceof Value.Rate);
        }
    }

    /** A cell. */
    sealed interface Value {
        record Text(String text) implements Value {}

        record Count(long count) implements Value {}

        /** A count out of a whole. */
        record Rate(long count, long whole) implements Value {
            int percent() {
                return whole == 0 ? 0 : (int) Math.round(100.0 * count / whole);
            }
        }

        /** Nothing to count (a rate with no whole). */
        record None() implements Value {}

        static Value text(String text) {
            return new Text(text);
        }

        static Value count(long count) {
            return new Count(count);
        }
    }
}
