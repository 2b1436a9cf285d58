package jp.mamori.asset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a sheet's header is and which column holds which field.
 *
 * <p>The header is the first row (among the first {@link #SEARCHED_ROWS}) in which at least
 * {@link #MIN_MATCHES} cells name a field, one of them 管理番号 or 資産名; title rows above it are
 * skipped. The row below belongs to the header too when each of its non-blank cells names a field
 * (or repeats the cell above, as a vertically merged cell does) and at least one sits under a blank
 * or a group label — the 格付 cell merged over 機密性・完全性・可用性. A header cell names a field by
 * the person's explicit mapping first, then by its standard name, then by a common variant for a
 * field no other column has taken.
 *
 * @param sheetName the worksheet
 * @param headerRows the Excel numbers of the header's rows (one or two)
 * @param columns the column position of each field found
 * @param headerTexts the header as shown in the file, by column position
 * @param unknown headers that name no field: read nothing from them (the page offers to map them)
 * @param duplicated headers that name a field another column already has: an error
 * @param dataRows the rows below the header, blank ones dropped
 */
record LedgerLayout(
        String sheetName,
        List<Integer> headerRows,
        Map<LedgerColumn, Integer> columns,
        Map<Integer, String> headerTexts,
        List<Header> unknown,
        List<Header> duplicated,
        List<LedgerSheet.Row> dataRows) {
    static final int SEARCHED_ROWS = 30;
    static final int MIN_MATCHES = 3;

    LedgerLayout {
        headerRows = List.copyOf(headerRows);
        columns = Map.copyOf(columns);
        headerTexts = Map.copyOf(headerTexts);
        unknown = List.copyOf(unknown);
        duplicated = List.copyOf(duplicated);
        dataRows = List.copyOf(dataRows);
    }

    /** A header cell: its column position and its text as shown (two rows joined by a space). */
    record Header(int column, String text) {
        String letters() {
            return LedgerSheet.columnLetters(column);
        }
    }

    /** The header of the field's column as the file shows it, or the standard name when absent. */
    String headerText(LedgerColumn column) {
        Integer position = columns.get(column);
        return position == null ? column.header() : headerTexts.getOrDefault(position, column.header());
    }

    /** The last row of the header. */
    int lastHeaderRow() {
        return headerRows.get(headerRows.size() - 1);
    }

    /**
     * Finds the header of a sheet.
     *
     * @param mapping the person's own names for headers the ledger does not know (header text → field)
     * @return empty when no row looks like a header (a sheet of notes, an empty sheet)
     */
    static Optional<LedgerLayout> detect(LedgerSheet sheet, Map<String, LedgerColumn> mapping) {
        Map<String, LedgerColumn> explicit = new HashMap<>();
        mapping.forEach((header, column) -> explicit.put(LedgerColumn.headerKey(header), column));
        List<LedgerSheet.Row> rows =
                sheet.rows().stream().filter(r -> !r.isBlank()).toList();
        for (int i = 0; i < Math.min(rows.size(), SEARCHED_ROWS); i++) {
            LedgerSheet.Row upper = rows.get(i);
            if (!looksLikeHeader(upper, explicit)) {
                continue;
            }
            LedgerSheet.@Nullable Row lower = i + 1 < rows.size() ? rows.get(i + 1) : null;
            boolean twoRows =
                    lower != null && lower.number() == upper.number() + 1 && continuesHeader(upper, lower, explicit);
            List<LedgerSheet.Row> data = rows.subList(twoRows ? i + 2 : i + 1, rows.size());
            List<Integer> headerRows = twoRows ? List.of(upper.number(), lower.number()) : List.of(upper.number());
            return Optional.of(assign(sheet.name(), upper, twoRows ? lower : null, explicit, headerRows, data));
        }
        return Optional.empty();
    }

    private static boolean looksLikeHeader(LedgerSheet.Row row, Map<String, LedgerColumn> explicit) {
        int matches = 0;
        boolean identifies = false;
        for (String cell : row.cells()) {
            Optional<LedgerColumn> column = anyField(cell, explicit);
            if (column.isPresent()) {
                matches++;
                identifies |= column.get() == LedgerColumn.NUMBER || column.get() == LedgerColumn.NAME;
            }
        }
        return matches >= MIN_MATCHES && identifies;
    }

    private static boolean continuesHeader(
            LedgerSheet.Row upper, LedgerSheet.Row lower, Map<String, LedgerColumn> explicit) {
        boolean underGroup = false;
        for (int c = 0; c < lower.cells().size(); c++) {
            String below = lower.cell(c).strip();
            if (below.isEmpty()) {
                continue;
            }
            String above = upper.cell(c).strip();
            if (below.equals(above)) {
                continue;
            }
            boolean names = anyField(below, explicit).isPresent()
                    || anyField(above + below, explicit).isPresent();
            if (!names) {
                return false;
            }
            underGroup = true;
        }
        return underGroup;
    }

    private static Optional<LedgerColumn> anyField(String text, Map<String, LedgerColumn> explicit) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        LedgerColumn mapped = explicit.get(LedgerColumn.headerKey(text));
        if (mapped != null) {
            return Optional.of(mapped);
        }
        return LedgerColumn.byHeader(text).or(() -> LedgerColumn.byVariant(text));
    }

    private static LedgerLayout assign(
            String sheetName,
            LedgerSheet.Row upper,
            LedgerSheet.@Nullable Row lower,
            Map<String, LedgerColumn> explicit,
            List<Integer> headerRows,
            List<LedgerSheet.Row> data) {
        int width =
                Math.max(upper.cells().size(), lower == null ? 0 : lower.cells().size());
        // per column: the header as shown, and the texts to try, most specific first
        Map<Integer, String> shown = new LinkedHashMap<>();
        Map<Integer, List<String>> candidates = new HashMap<>();
        for (int c = 0; c < width; c++) {
            String above = upper.cell(c).strip();
            String below = lower == null ? "" : lower.cell(c).strip();
            if (above.isEmpty() && below.isEmpty()) {
                continue;
            }
            List<String> tries = new ArrayList<>();
            String text;
            if (lower == null || below.isEmpty() || below.equals(above)) {
                text = above.isEmpty() ? below : above;
                tries.add(text);
            } else if (above.isEmpty()) {
                text = below;
                tries.add(below);
            } else {
                text = above + " " + below;
                tries.add(text);
                tries.add(below);
                tries.add(above + below);
            }
            shown.put(c, text);
            candidates.put(c, tries);
        }
        Map<LedgerColumn, Integer> columns =
                new java.util.TreeMap<>(java.util.Comparator.comparingInt(LedgerColumn::ordinal));
        List<Header> duplicated = new ArrayList<>();
        Map<Integer, LedgerColumn> taken = new HashMap<>();
        // 1. the person's mapping, 2. standard names: a second column with the same field is an error
        for (int pass = 1; pass <= 2; pass++) {
            for (Map.Entry<Integer, String> e : shown.entrySet()) {
                int c = e.getKey();
                if (taken.containsKey(c)) {
                    continue;
                }
                for (String t : candidates.get(c)) {
                    Optional<LedgerColumn> field = pass == 1
                            ? Optional.ofNullable(explicit.get(LedgerColumn.headerKey(t)))
                            : LedgerColumn.byHeader(t);
                    if (field.isPresent()) {
                        if (columns.containsKey(field.get())) {
                            duplicated.add(new Header(c, e.getValue()));
                        } else {
                            columns.put(field.get(), c);
                        }
                        taken.put(c, field.get());
                        break;
                    }
                }
            }
        }
        // 3. variants, only for fields still free (so a "No." beside 管理番号 is just another column);
        // a field's variants are tried in their order, so 資産番号 wins over No. when both are there
        for (LedgerColumn field : LedgerColumn.values()) {
            if (columns.containsKey(field)) {
                continue;
            }
            search:
            for (String variant : field.variants()) {
                String key = LedgerColumn.headerKey(variant);
                for (int c : shown.keySet()) {
                    if (!taken.containsKey(c)
                            && candidates.get(c).stream()
                                    .anyMatch(t -> LedgerColumn.headerKey(t).equals(key))) {
                        columns.put(field, c);
                        taken.put(c, field);
                        break search;
                    }
                }
            }
        }
        List<Header> unknown = new ArrayList<>();
        for (Map.Entry<Integer, String> e : shown.entrySet()) {
            if (!taken.containsKey(e.getKey())) {
                unknown.add(new Header(e.getKey(), e.getValue()));
            }
        }
        return new LedgerLayout(sheetName, headerRows, columns, shown, unknown, duplicated, data);
    }
}
