package jp.mamori.audit;

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
import jp.mamori.control.ImplementationStatus;
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
 * A unit's self-inspection as an .xlsx workbook for answering offline, and reading it back. The
 * file has a heading block, then a header row starting with 「番号」 and one row per question: 番号
 * (the question's id, which ties the row to the question), 対策, 章, 質問, 回答 (a drop-down of
 * 実施・一部・未実施・該当なし), コメント. Reading is all or nothing: every problem is reported with
 * its row number, and nothing is saved while one remains.
 */
final class AnswerWorkbook {
    static final List<String> HEADERS = List.of("番号", "対策", "章", "質問", "回答", "コメント");

    /** The words people write in the 回答 column. */
    static final Map<String, ImplementationStatus> RESULTS = Map.of(
            "実施", ImplementationStatus.IMPLEMENTED,
            "一部", ImplementationStatus.PARTIAL,
            "未実施", ImplementationStatus.NOT_IMPLEMENTED,
            "該当なし", ImplementationStatus.NOT_APPLICABLE);

    static final List<String> RESULT_ORDER = List.of("実施", "一部", "未実施", "該当なし");

    /** An upload larger than this is refused before it is opened. */
    static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final WorkbookReader.Limits LIMITS = new WorkbookReader.Limits(5_000, 16, 50_000, 5_000_000, 1);

    private AnswerWorkbook() {}

    static String word(ImplementationStatus status) {
        return RESULT_ORDER.stream()
                .filter(w -> RESULTS.get(w) == status)
                .findFirst()
                .orElseThrow();
    }

    static byte[] write(SelfInspection inspection, String unitName, List<Question> questions, LocalDate today) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("自己点検");
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle heading = workbook.createCellStyle();
            heading.setFont(bold);
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            int r = 0;
            r = fact(sheet, r, "自己点検", inspection.title(), heading);
            r = fact(sheet, r, "年度", Wareki.fiscalYear(inspection.fiscalYear(), java.util.Locale.JAPANESE), heading);
            r = fact(sheet, r, "所属", unitName, heading);
            r = fact(sheet, r, "回答期限", Wareki.japanese(inspection.dueDate()), heading);
            r = fact(sheet, r, "出力日", Wareki.japanese(today), heading);
            r = fact(sheet, r, "記入方法", "回答欄に 実施・一部・未実施・該当なし のいずれかを入力。実施以外はコメントが必要です。番号は変えないでください。", heading);
            r++;
            Row header = sheet.createRow(r++);
            for (int c = 0; c < HEADERS.size(); c++) {
                header.createCell(c).setCellValue(HEADERS.get(c));
                header.getCell(c).setCellStyle(heading);
            }
            int first = r;
            for (Question q : questions) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(q.id());
                row.createCell(1).setCellValue(q.measureId() == null ? "独自" : q.measureId());
                row.createCell(2).setCellValue(q.chapter());
                row.createCell(3).setCellValue(q.text());
                row.getCell(3).setCellStyle(wrap);
                row.createCell(4).setCellValue(q.result() == null ? "" : word(q.result()));
                row.createCell(5).setCellValue(q.comment());
                row.getCell(5).setCellStyle(wrap);
            }
            if (!questions.isEmpty()) {
                DataValidationHelper helper = sheet.getDataValidationHelper();
                DataValidation choice = helper.createValidation(
                        helper.createExplicitListConstraint(RESULT_ORDER.toArray(String[]::new)),
                        new CellRangeAddressList(first, r - 1, 4, 4));
                choice.setShowErrorBox(true);
                sheet.addValidationData(choice);
            }
            sheet.setColumnWidth(0, 10 * 256);
            sheet.setColumnWidth(1, 10 * 256);
            sheet.setColumnWidth(2, 6 * 256);
            sheet.setColumnWidth(3, 60 * 256);
            sheet.setColumnWidth(4, 10 * 256);
            sheet.setColumnWidth(5, 50 * 256);
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
     * Reads the answers of the unit's file. Every question id must be one of the unit's questions and
     * appear once; a 回答 must be one of the four words (blank leaves the question unanswered); 一部,
     * 未実施 and 該当なし need a comment. All problems are collected, each naming its row.
     */
    static List<SelfInspections.Answer> read(byte[] bytes, Set<Long> questionIds) {
        if (bytes.length == 0) {
            throw InvalidInputException.of("file", "aud.import.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw InvalidInputException.of("file", "aud.import.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            throw InvalidInputException.of("file", "aud.import.notXlsx");
        }
        List<WorkbookReader.Sheet> sheets;
        try {
            sheets = WorkbookReader.read(bytes, LIMITS, AnswerWorkbook::text);
        } catch (WorkbookReader.RefusedException e) {
            throw InvalidInputException.of(
                    "file", "aud.import.refused." + e.refusal().name(), e.args().toArray());
        }
        if (sheets.isEmpty()) {
            throw InvalidInputException.of("file", "aud.import.noHeader");
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
            throw InvalidInputException.of("file", "aud.import.noHeader");
        }
        List<String> header = rows.get(headerAt).cells();
        int result = header.indexOf(HEADERS.get(4));
        int comment = header.indexOf(HEADERS.get(5));
        if (result < 0 || comment < 0) {
            throw InvalidInputException.of("file", "aud.import.noHeader");
        }
        List<Problem> problems = new ArrayList<>();
        List<SelfInspections.Answer> answers = new ArrayList<>();
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
                problems.add(Problem.of("row-" + n, "aud.import.unknownQuestion", n, idText));
                continue;
            }
            if (!seen.add(id.get())) {
                problems.add(Problem.of("row-" + n, "aud.import.duplicate", n, idText));
                continue;
            }
            String word = cell(cells, result);
            String text = cell(cells, comment);
            ImplementationStatus status = null;
            if (!word.isEmpty()) {
                status = RESULTS.get(word);
                if (status == null) {
                    problems.add(Problem.of("row-" + n, "aud.import.badResult", n, word));
                    continue;
                }
            }
            if (status != null && status != ImplementationStatus.IMPLEMENTED && text.isEmpty()) {
                problems.add(Problem.of("row-" + n, "aud.import.commentRequired", n, word));
                continue;
            }
            if (text.length() > SelfInspections.COMMENT_MAX) {
                problems.add(Problem.of("row-" + n, "aud.import.commentTooLong", n, SelfInspections.COMMENT_MAX));
                continue;
            }
            answers.add(new SelfInspections.Answer(id.get(), status, text));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (answers.isEmpty()) {
            throw InvalidInputException.of("file", "aud.import.noRows");
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
