package jp.mamori.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.WorkbookReader;

/**
 * A system's account list as the system itself exports it (CSV, UTF-8 with or without BOM, or
 * Shift_JIS; or an Excel workbook, column A of its first sheet): the account name in the first column, one account a line, an optional header line
 * (アカウント, アカウント名, ID, account …). Read with a size and a line limit; a file with any bad line
 * is refused whole, each problem naming its line.
 *
 * @param names the account names, each once, in file order
 * @param sha256 of the file's bytes
 */
public record AccountList(List<String> names, String sha256) {
    /** The largest file accepted. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    /** The most lines accepted. */
    public static final int MAX_LINES = 20_000;

    private static final Set<String> HEADERS =
            Set.of("アカウント", "アカウント名", "ID", "ユーザID", "ユーザーID", "ACCOUNT", "LOGIN", "USER");

    public AccountList {
        names = List.copyOf(names);
    }

    /**
     * Reads the list, CSV or Excel (.xlsx: the first sheet, the account name in column A); {@link
     * InvalidInputException} names every bad line or row (field {@code file}).
     */
    public static AccountList read(InputStream in) throws IOException {
        byte[] bytes = limited(in);
        List<String> lines;
        if (isWorkbook(bytes)) {
            lines = workbookLines(bytes);
        } else {
            String text = decode(bytes);
            String[] split = text.split("\r\n|\n|\r", -1);
            if (split.length > MAX_LINES + 1) {
                throw InvalidInputException.of("file", "system.accountList.error.tooManyLines", MAX_LINES);
            }
            lines = new ArrayList<>();
            for (int i = 0; i < split.length; i++) {
                String line = i == 0 && split[i].startsWith("\uFEFF") ? split[i].substring(1) : split[i];
                lines.add(firstCell(line));
            }
        }
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String cell = lines.get(i);
            if (cell.isEmpty()) {
                continue;
            }
            String folded = Normalizer.normalize(cell, Normalizer.Form.NFKC).strip();
            if (i == 0 && HEADERS.contains(folded.toUpperCase(Locale.ROOT))) {
                continue;
            }
            if (folded.length() > 100) {
                problems.add(InvalidInputException.Problem.of("file", "system.accountList.error.tooLong", i + 1));
            } else if (folded.chars().anyMatch(Character::isISOControl)) {
                problems.add(InvalidInputException.Problem.of("file", "system.accountList.error.control", i + 1));
            } else {
                names.add(folded);
            }
            if (problems.size() >= 50) {
                break;
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (names.isEmpty()) {
            throw InvalidInputException.of("file", "system.accountList.error.empty");
        }
        return new AccountList(List.copyOf(names), sha256(bytes));
    }

    private static final WorkbookReader.Limits WORKBOOK_LIMITS =
            new WorkbookReader.Limits(MAX_LINES + 1, 50, 1_000_000, 4_000_000, 1);

    /** An .xlsx package starts with a zip local header. */
    private static boolean isWorkbook(byte[] bytes) {
        return bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** Column A of the first sheet, one entry per row number (row 1 first; rows without cells are empty). */
    private static List<String> workbookLines(byte[] bytes) {
        List<WorkbookReader.Sheet> sheets;
        try {
            sheets = WorkbookReader.read(bytes, WORKBOOK_LIMITS, c -> c.value());
        } catch (WorkbookReader.RefusedException e) {
            if (e.refusal() == WorkbookReader.Refusal.TOO_MANY_ROWS) {
                throw InvalidInputException.of("file", "system.accountList.error.tooManyLines", MAX_LINES);
            }
            throw InvalidInputException.of("file", "system.accountList.error.workbook");
        }
        List<String> lines = new ArrayList<>();
        if (sheets.isEmpty()) {
            return lines;
        }
        for (WorkbookReader.Row row : sheets.get(0).rows()) {
            while (lines.size() < row.number() - 1) {
                lines.add("");
            }
            lines.add(
                    row.cells().isEmpty() || row.cells().get(0) == null
                            ? ""
                            : row.cells().get(0).strip());
        }
        return lines;
    }

    private static byte[] limited(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > MAX_BYTES) {
                throw InvalidInputException.of("file", "system.accountList.error.tooLarge", MAX_BYTES / 1024 / 1024);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** UTF-8 when the bytes are valid UTF-8, else Shift_JIS (windows-31j); neither is refused. */
    private static String decode(byte[] bytes) {
        for (Charset cs : List.of(StandardCharsets.UTF_8, Charset.forName("windows-31j"))) {
            try {
                return cs.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes))
                        .toString();
            } catch (CharacterCodingException e) {
                // try the next encoding
            }
        }
        throw InvalidInputException.of("file", "system.accountList.error.encoding");
    }

    /** The first cell of a CSV line, quotes removed (a doubled quote inside is one quote). */
    static String firstCell(String line) {
        String s = line.strip();
        if (s.startsWith("\"")) {
            StringBuilder b = new StringBuilder();
            for (int i = 1; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        b.append('"');
                        i++;
                    } else {
                        break;
                    }
                } else {
                    b.append(c);
                }
            }
            return b.toString().strip();
        }
        int comma = s.indexOf(',');
        return (comma < 0 ? s : s.substring(0, comma)).strip();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
