package jp.mamori.supplier;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.InvalidInputException.Problem;
import jp.mamori.shared.Wareki;
import jp.mamori.shared.WorkbookReader;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A periodic check as an .xlsx questionnaire for the contractor's contact, and reading it back. The
 * file has a heading block, then a header row starting with 「番号」 and one row per question: 番号
 * (ties the row to the question), 質問, 回答 (a drop-down of はい・一部・いいえ・該当なし), コメント.
 * Reading is streamed ({@link WorkbookReader}) and all or nothing: every problem is reported with its
 * row number in Japanese, and nothing is saved while one remains.
 */
final class CheckWorkbook {
    static final List<String> HEADERS = List.of("番号", "質問", "回答", "コメント");
    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int COMMENT_MAX = 2000;
    private static final WorkbookReader.Limits LIMITS = new WorkbookReader.Limits(2_000, 8, 10_000, 2_000_000, 1);

    private CheckWorkbook() {}

    /** One answer read from a row. */
    record Answer(long questionId, CheckAnswer answer, String comment) {}

    static byte[] write(ContractCheck check, Contract contract, LocalDate today) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("定期確認");
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle heading = workbook.createCellStyle();
            heading.setFont(bold);
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            int r = 0;
            r = fact(sheet, r, "定期確認", check.campaignTitle(), heading);
            r = fact(sheet, r, "委託先", contract.contractorName(), heading);
            r = fact(sheet, r, "契約", contract.title(), heading);
            r = fact(sheet, r, "回答期限", Wareki.japanese(check.dueOn()), heading);
            r = fact(sheet, r, "出力日", Wareki.japanese(today), heading);
            r = fact(sheet, r, "記入方法", "回答欄に はい・一部・いいえ・該当なし のいずれかを入力してください。はい以外はコメントが必要です。番号は変えないでください。", heading);
            r++;
            Row header = sheet.createRow(r++);
            for (int c = 0; c < HEADERS.size(); c++) {
                header.createCell(c).setCellValue(HEADERS.get(c));
                header.getCell(c).setCellStyle(heading);
            }
            int first = r;
            for (ContractCheck.Question q : check.questions()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(q.id());
                row.createCell(1).setCellValue(q.text());
                row.getCell(1).setCellStyle(wrap);
                row.createCell(2)
                        .setCellValue(q.answer() == null ? "" : q.answer().word());
                row.createCell(3).setCellValue(q.comment());
                row.getCell(3).setCellStyle(wrap);
            }
            if (!check.questions().isEmpty()) {
                DataValidationHelper helper = sheet.getDataValidationHelper();
                DataValidation choice = helper.createValidation(
                        helper.createExplicitListConstraint(CheckAnswer.words().toArray(String[]::new)),
                        new CellRangeAddressList(first, r - 1, 2, 2));
                choice.setShowErrorBox(true);
                sheet.addValidationData(choice);
            }
            sheet.setColumnWidth(0, 10 * 256);
            sheet.setColumnWidth(1, 60 * 256);
            sheet.setColumnWidth(2, 10 * 256);
            sheet.setColumnWidth(3, 50 * 256);
            sheet.createFreezePane(0, first);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int fact(Sheet sheet, int r, String label, String value, CellStyle heading) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(label);
        row.getCell(0).setCellStyle(heading);
        row.createCell(1).setCellValue(value);
        return r + 1;
    }

    /**
     * Reads the answers. Every question of the check must be answered exactly once with one of the four
     * words; 一部, いいえ and 該当なし need a comment. All problems are collected, each naming its row.
     */
    static List<Answer> read(byte[] bytes, Set<Long> questionIds) {
        if (bytes.length == 0) {
            throw InvalidInputException.of("file", "sup.import.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw InvalidInputException.of("file", "sup.import.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            throw InvalidInputException.of("file", "sup.import.notXlsx");
        }
        List<WorkbookReader.Sheet> sheets;
        try {
            sheets = WorkbookReader.read(bytes, LIMITS, CheckWorkbook::text);
        } catch (WorkbookReader.RefusedException e) {
            throw InvalidInputException.of(
                    "file", "sup.import.refused." + e.refusal().name(), e.args().toArray());
        }
        if (sheets.isEmpty()) {
            throw InvalidInputException.of("file", "sup.import.noHeader");
        }
        List<WorkbookReader.Row> rows = sheets.get(0).rows();
        int headerAt = -1;
        for (int i = 0; i < rows.size(); i++) {
            List<String> cells = rows.get(i).cells();
            if (!cells.isEmpty() && cells.get(0).strip().equals(HEADERS.get(0))) {
                headerAt = i;
                break;
            }
        }
        if (headerAt < 0) {
            throw InvalidInputException.of("file", "sup.import.noHeader");
        }
        List<String> header = rows.get(headerAt).cells();
        int answerColumn = header.indexOf(HEADERS.get(2));
        int commentColumn = header.indexOf(HEADERS.get(3));
        if (answerColumn < 0 || commentColumn < 0) {
            throw InvalidInputException.of("file", "sup.import.noHeader");
        }
        List<Problem> problems = new ArrayList<>();
        List<Answer> answers = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (WorkbookReader.Row row : rows.subList(headerAt + 1, rows.size())) {
            List<String> cells = row.cells();
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            int n = row.number();
            String idText = cell(cells, 0);
            Optional<Long> id = parseId(idText);
            if (id.isEmpty() || !questionIds.contains(id.get())) {
                problems.add(Problem.of("row-" + n, "sup.import.unknownQuestion", n, idText));
                continue;
            }
            if (!seen.add(id.get())) {
                problems.add(Problem.of("row-" + n, "sup.import.duplicate", n, idText));
                continue;
            }
            String word = cell(cells, answerColumn);
            String comment = cell(cells, commentColumn);
            if (word.isEmpty()) {
                problems.add(Problem.of("row-" + n, "sup.import.noAnswer", n));
                continue;
            }
            Optional<CheckAnswer> answer = CheckAnswer.ofWord(word);
            if (answer.isEmpty()) {
                problems.add(Problem.of("row-" + n, "sup.import.badAnswer", n, word));
                continue;
            }
            if (answer.get() != CheckAnswer.YES && comment.isEmpty()) {
                problems.add(Problem.of("row-" + n, "sup.import.commentRequired", n, word));
                continue;
            }
            if (comment.length() > COMMENT_MAX) {
                problems.add(Problem.of("row-" + n, "sup.import.commentTooLong", n, COMMENT_MAX));
                continue;
            }
            answers.add(new Answer(id.get(), answer.get(), comment));
        }
        for (long missing : questionIds) {
            if (!seen.contains(missing)) {
                problems.add(Problem.of("file", "sup.import.missingQuestion", missing));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
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

    /** The words and their answers (for the docs and tests). */
    static Map<String, CheckAnswer> vocabulary() {
        return Map.of(
                "はい",
                CheckAnswer.YES,
                "一部",
                CheckAnswer.PARTLY,
                "いいえ",
                CheckAnswer.NO,
                "該当なし",
                CheckAnswer.NOT_APPLICABLE);
    }
}
