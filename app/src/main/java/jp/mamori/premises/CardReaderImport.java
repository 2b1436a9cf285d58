package jp.mamori.premises;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.mamori.organization.Directory;
import jp.mamori.organization.PersonSummary;
import jp.mamori.shared.Access;
import jp.mamori.shared.BodyClock;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.InvalidInputException.Problem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a card reader's export into the entry log, all lines or none. The file is CSV (UTF-8, a
 * byte-order mark allowed, or Shift_JIS) with the header {@code 日時,区域コード,職員番号,入退} and one
 * passage a line: {@code 2026-12-01 08:58,SR-01,P00012,入}. An entry opens a stay; an exit closes the
 * person's open stay in that area. The file is read line by line with a bounded line length and
 * number of lines, so a hostile file cannot fill memory; each problem names its line in Japanese.
 */
@Service
public class CardReaderImport {
    static final int MAX_LINE_CHARS = 1_000;
    static final int MAX_LINES = 200_000;
    static final int MAX_PROBLEMS = 100;
    static final List<String> HEADER = List.of("日時", "区域コード", "職員番号", "入退");

    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss]"),
            DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm[:ss]"),
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm[:ss]"));

    private final AreaRepository repository;
    private final PremisesAccess premisesAccess;
    private final Directory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CardReaderImport(
            AreaRepository repository,
            PremisesAccess premisesAccess,
            Directory directory,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.premisesAccess = premisesAccess;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /** What an import did. */
    public record Result(int lines, int entries, int exits) {}

    /**
     * Reads and records every line, or nothing: any problem rolls the whole file back and is thrown
     * as {@link InvalidInputException} (field {@code file}, the line number first among the arguments).
     */
    @Transactional(rollbackFor = Exception.class)
    public Result importFile(String fileName, InputStream in, Charset charset) throws IOException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<Problem> problems = new ArrayList<>();
        Map<String, Optional<Area>> areaByCode = new HashMap<>();
        Map<String, Optional<PersonSummary>> people = new HashMap<>();
        String actor = Access.currentLogin();
        OffsetDateTime now = OffsetDateTime.now(clock);
        int lineNo = 0;
        int entries = 0;
        int exits = 0;
        try (Reader reader = new InputStreamReader(in, decoder)) {
            LineReader lines = new LineReader(new java.io.BufferedReader(reader));
            String line;
            while ((line = lines.next()) != null) {
                lineNo++;
                if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                    line = line.substring(1);
                }
                if (lines.tooLong()) {
                    problems.add(Problem.of("file", "prm.import.lineTooLong", lineNo, MAX_LINE_CHARS));
                    break;
                }
                if (lineNo > MAX_LINES + 1) {
                    problems.add(Problem.of("file", "prm.import.tooManyLines", lineNo, MAX_LINES));
                    break;
                }
                List<String> cells = cells(line);
                if (lineNo == 1) {
                    if (!cells.equals(HEADER)) {
                        problems.add(Problem.of("file", "prm.import.header", 1, String.join(",", HEADER)));
                        break;
                    }
                    continue;
                }
                if (line.isBlank()) {
                    continue;
                }
                if (problems.size() >= MAX_PROBLEMS) {
                    continue;
                }
                if (cells.size() != HEADER.size()) {
                    problems.add(Problem.of("file", "prm.import.columns", lineNo, HEADER.size(), cells.size()));
                    continue;
                }
                LocalDateTime at = dateTime(cells.get(0));
                if (at == null) {
                    problems.add(Problem.of("file", "prm.import.dateTime", lineNo, cells.get(0)));
                }
                Optional<Area> area = areaByCode.computeIfAbsent(cells.get(1), repository::byCode);
                if (area.isEmpty()) {
                    problems.add(Problem.of("file", "prm.import.area", lineNo, cells.get(1)));
                } else if (!premisesAccess.mayManage(area.get().unitId())) {
                    problems.add(Problem.of("file", "prm.import.areaNotManaged", lineNo, cells.get(1)));
                }
                Optional<PersonSummary> person = people.computeIfAbsent(cells.get(2), directory::personByStaffNumber);
                if (person.isEmpty()) {
                    problems.add(Problem.of("file", "prm.import.person", lineNo, cells.get(2)));
                }
                Boolean entering = direction(cells.get(3));
                if (entering == null) {
                    problems.add(Problem.of("file", "prm.import.direction", lineNo, cells.get(3)));
                }
                if (at == null || area.isEmpty() || person.isEmpty() || entering == null || !problems.isEmpty()) {
                    continue; // after the first problem, only check the remaining lines
                }
                OffsetDateTime when = at.atZone(BodyClock.ZONE).toOffsetDateTime();
                if (when.isAfter(now.plusMinutes(5))) {
                    problems.add(Problem.of("file", "prm.import.future", lineNo, cells.get(0)));
                    continue;
                }
                long areaId = area.get().id();
                long personId = person.get().id();
                if (entering) {
                    repository.insertEntry(areaId, personId, null, "", "", null, when, null, "IMPORT", actor, now);
                    entries++;
                } else {
                    Optional<Entry> open = repository.openEntry(areaId, personId);
                    if (open.isEmpty() || when.isBefore(open.get().enteredAt())) {
                        problems.add(Problem.of("file", "prm.import.exitWithoutEntry", lineNo, cells.get(2)));
                        continue;
                    }
                    repository.recordExit(open.get().id(), when);
                    exits++;
                }
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            problems.add(Problem.of("file", "prm.import.encoding", lineNo + 1, charset.displayName()));
        }
        if (lineNo == 0) {
            problems.add(Problem.of("file", "prm.import.empty", 1));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        events.publishEvent(new PremisesEvent.EntriesImported(fileName, actor, lineNo, entries, exits));
        return new Result(lineNo, entries, exits);
    }

    static LocalDateTime dateTime(String text) {
        for (DateTimeFormatter f : FORMATS) {
            try {
                return LocalDateTime.parse(text, f);
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        return null;
    }

    static Boolean direction(String text) {
        return switch (text) {
            case "入", "入室", "IN", "in" -> Boolean.TRUE;
            case "出", "退", "退室", "OUT", "out" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** The cells of a CSV line: commas separate, double quotes enclose (a doubled quote is a quote). */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }

    /**
     * Lines of at most {@link #MAX_LINE_CHARS} characters: a longer line is cut there and marked, and
     * the reader stops, so no line larger than the limit is ever held.
     */
    static final class LineReader {
        private final Reader reader;
        private final StringBuilder line = new StringBuilder();
        private boolean tooLong;
        private boolean ended;

        LineReader(Reader reader) {
            this.reader = reader;
        }

        boolean tooLong() {
            return tooLong;
        }

        String next() throws IOException {
            if (ended || tooLong) {
                return null;
            }
            line.setLength(0);
            int c;
            while ((c = reader.read()) != -1) {
                if (c == '\n') {
                    return stripCr();
                }
                if (line.length() >= MAX_LINE_CHARS) {
                    tooLong = true;
                    return line.toString();
                }
                line.append((char) c);
            }
            ended = true;
            return line.isEmpty() ? null : stripCr();
        }

        private String stripCr() {
            int n = line.length();
            return n > 0 && line.charAt(n - 1) == '\r' ? line.substring(0, n - 1) : line.toString();
        }
    }
}
