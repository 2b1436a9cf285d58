package jp.mamori.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.mamori.shared.InvalidInputException.Problem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * A questionnaire as an .xlsx workbook to be answered offline, and reading the answers back — the
 * self-inspection of a unit (audit) and the periodic check of a contractor (supplier) are both this.
 * The file has a heading block (label, value), a blank row, a header row whose first column is the
 * question's number (its id, which ties a row to the question), one row per question, and a drop-down
 * of the answer words in the answer column.
 *
 * <p>Reading is streamed ({@link WorkbookReader}, within the layout's limits) and all or nothing:
 * the size and the zip signature are checked before the file is opened, every problem is reported
 * with its row number, and nothing is returned while one remains. Message keys are the layout's
 * prefix followed by {@code .empty}, {@code .tooLarge}, {@code .notXlsx}, {@code .refused.<REASON>},
 * {@code .noHeader}, {@code .unknownQuestion}, {@code .duplicate}, {@code .noAnswer},
 * {@code .badAnswer}, {@code .commentRequired}, {@code .commentTooLong}, {@code .missingQuestion}
 * and {@code .noRows}; row messages take the row number first.
 */
public final class QuestionnaireWorkbook {
    private QuestionnaireWorkbook() {}

    /** A column: its header, its width in characters, and whether its text wraps. */
    public record Column(String header, int width, boolean wrap) {}

    /** A line of the heading block. */
    public record Fact(String label, String value) {}

    /**
     * How one kind of questionnaire looks and reads.
     *
     * @param sheetName the name of the sheet written
     * @param columns the columns, the question's number first
     * @param answerColumn the index of the answer column
     * @param commentColumn the index of the comment column
     * @param words the answer words and their values, in the order of the drop-down
     * @param complete the answer that needs no comment (はい, 実施); every other one does
     * @param everyQuestion true when every question must be answered (a blank answer and a missing
     *     question are problems); false when a blank answer leaves the question open
     * @param commentMax the longest comment
     * @param maxBytes the largest file opened
     * @param limits what the reader accepts
     * @param messages the prefix of the message keys ({@code sup.import}, {@code aud.import})
     */
    public record Layout<A>(
            String sheetName,
            List<Column> columns,
            int answerColumn,
            int commentColumn,
            Map<String, A> words,
            A complete,
            boolean everyQuestion,
            int commentMax,
            int maxBytes,
            WorkbookReader.Limits limits,
            String messages) {
        public Layout {
            columns = List.copyOf(columns);
            words = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(words));
        }

        /** The word written for an answer. */
        public String word(A answer) {
            return words.entrySet().stream()
                    .filter(e -> e.getValue().equals(answer))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElseThrow();
        }
    }

    /** One answer read: the question's id, its answer (null when left blank and allowed), the comment. */
    public record Answer<A>(long questionId, @Nullable A answer, String comment) {}

    /**
     * Writes the questionnaire: the facts, then the header and one row per question; each row gives a
     * value per column (a {@link Number} or text; the answer column as its word or blank).
     */
    public static byte[] write(Layout<?> layout, List<Fact> facts, List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(layout.sheetName());
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle heading = workbook.createCellStyle();
            heading.setFont(bold);
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            int r = 0;
            for (Fact fact : facts) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(fact.label());
                row.getCell(0).setCellStyle(heading);
                row.createCell(1).setCellValue(fact.value());
            }
            r++;
            Row header = sheet.createRow(r++);
            for (int c = 0; c < layout.columns().size(); c++) {
                header.createCell(c).setCellValue(layout.columns().get(c).header());
                header.getCell(c).setCellStyle(heading);
            }
            int first = r;
            for (List<Object> values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(value));
                    }
                    if (c < layout.columns().size() && layout.columns().get(c).wrap()) {
                        row.getCell(c).setCellStyle(wrap);
                    }
                }
            }
            if (!rows.isEmpty()) {
                DataValidationHelper helper = sheet.getDataValidationHelper();
                DataValidation choice = helper.createValidation(
                        helper.createExplicitListConstraint(
                                layout.words().keySet().toArray(String[]::new)),
                        new CellRangeAddressList(first, r - 1, layout.answerColumn(), layout.answerColumn()));
                choice.setShowErrorBox(true);
                sheet.addValidationData(choice);
            }
            for (int c = 0; c < layout.columns().size(); c++) {
                sheet.setColumnWidth(c, layout.columns().get(c).width() * 256);
            }
            sheet.createFreezePane(0, first);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the answers to the questions with these ids. Every problem is collected, each naming its
     * row; {@link InvalidInputException} carries them all.
     */
    public static <A> List<Answer<A>> read(byte[] bytes, Layout<A> layout, Set<Long> questionIds) {
        String m = layout.messages();
        if (bytes.length == 0) {
            throw InvalidInputException.of("file", m + ".empty");
        }
        if (bytes.length > layout.maxBytes()) {
            throw InvalidInputException.of("file", m + ".tooLarge", layout.maxBytes() / (1024 * 1024));
        }
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            throw InvalidInputException.of("file", m + ".notXlsx");
        }
        List<WorkbookReader.Sheet> sheets;
        try {
            sheets = WorkbookReader.read(bytes, layout.limits(), QuestionnaireWorkbook::text);
        } catch (WorkbookReader.RefusedException e) {
            throw InvalidInputException.of(
                    "file", m + ".refused." + e.refusal().name(), e.args().toArray());
        }
        if (sheets.isEmpty()) {
            throw InvalidInputException.of("file", m + ".noHeader");
        }
        List<WorkbookReader.Row> rows = sheets.get(0).rows();
        String numberHeader = layout.columns().get(0).header();
        int headerAt = -1;
        for (int i = 0; i < rows.size(); i++) {
            List<String> cells = rows.get(i).cells();
            if (!cells.isEmpty() && cells.get(0).strip().equals(numberHeader)) {
                headerAt = i;
                break;
            }
        }
        if (headerAt < 0) {
            throw InvalidInputException.of("file", m + ".noHeader");
        }
        List<String> header = rows.get(headerAt).cells();
        int answerColumn =
                header.indexOf(layout.columns().get(layout.answerColumn()).header());
        int commentColumn =
                header.indexOf(layout.columns().get(layout.commentColumn()).header());
        if (answerColumn < 0 || commentColumn < 0) {
            throw InvalidInputException.of("file", m + ".noHeader");
        }
        List<Problem> problems = new ArrayList<>();
        List<Answer<A>> answers = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (WorkbookReader.Row row : rows.subList(headerAt + 1, rows.size())) {
            List<String> cells = row.cells();
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            int n = row.number();
            String field = "row-" + n;
            String idText = cell(cells, 0);
            Optional<Long> id = parseId(idText);
            if (id.isEmpty() || !questionIds.contains(id.get())) {
                problems.add(Problem.of(field, m + ".unknownQuestion", n, idText));
                continue;
            }
            if (!seen.add(id.get())) {
                problems.add(Problem.of(field, m + ".duplicate", n, idText));
                continue;
            }
            String word = cell(cells, answerColumn);
            String comment = cell(cells, commentColumn);
            A answer = null;
            if (word.isEmpty()) {
                if (layout.everyQuestion()) {
                    problems.add(Problem.of(field, m + ".noAnswer", n));
                    continue;
                }
            } else {
                answer = layout.words().get(word);
                if (answer == null) {
                    problems.add(Problem.of(field, m + ".badAnswer", n, word));
                    continue;
                }
            }
            if (answer != null && !answer.equals(layout.complete()) && comment.isEmpty()) {
                problems.add(Problem.of(field, m + ".commentRequired", n, word));
                continue;
            }
            if (comment.length() > layout.commentMax()) {
                problems.add(Problem.of(field, m + ".commentTooLong", n, layout.commentMax()));
                continue;
            }
            answers.add(new Answer<>(id.get(), answer, comment));
        }
        if (layout.everyQuestion()) {
            for (long missing : questionIds) {
                if (!seen.contains(missing)) {
                    problems.add(Problem.of("file", m + ".missingQuestion", missing));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (answers.isEmpty()) {
            throw InvalidInputException.of("file", m + ".noRows");
        }
        return answers;
    }

    private static String cell(List<String> cells, int column) {
        return column < cells.size() ? cells.get(column).strip() : "";
    }

    private static Optional<Long> parseId(String text) {
        try {
            return Optional.of(new BigDecimal(text).longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    private static String text(WorkbookReader.RawCell cell) {
        return switch (cell.kind()) {
            case TEXT, NUMBER -> cell.value();
            case BOOLEAN, ERROR -> "";
        };
    }
}
