package jp.mamori.training;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.mamori.shared.Access;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.InvalidInputException.Problem;
import jp.mamori.shared.NotFoundException;
import jp.mamori.training.TrainingEvent.AttendanceRecorded;
import jp.mamori.training.TrainingEvent.CompletionRecorded;
import jp.mamori.training.TrainingEvent.DrillResultsImported;
import jp.mamori.training.TrainingEvent.RosterChanged;
import jp.mamori.training.TrainingEvent.SessionScheduled;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Classroom sessions and drills: scheduling a session (date, place), its roster, attendance taken on
 * the list or imported from a file, and the per-person results of a 標的型メール訓練. Attending a
 * session, or being sent the drill mail, records the person's completion. Imports are all or
 * nothing, every problem named by its row.
 */
@Service
public class Sessions {
    static final int PLACE_MAX = 200;

    private final TrainingRepository repository;
    private final Courses courses;
    private final Audiences audiences;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Sessions(
            TrainingRepository repository,
            Courses courses,
            Audiences audiences,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.courses = courses;
        this.audiences = audiences;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public long schedule(long courseId, @Nullable LocalDate heldOn, String place) {
        courses.requireManager();
        Course course = courses.lockedCourse(courseId);
        if (course.kind().completion() != CourseKind.Completion.ATTENDANCE) {
            throw InvalidInputException.of("heldOn", "trn.error.noSessions");
        }
        List<Problem> problems = new ArrayList<>();
        if (heldOn == null) {
            problems.add(Problem.of("heldOn", "trn.error.required"));
        }
        String p = place.strip();
        if (p.isEmpty()) {
            problems.add(Problem.of("place", "trn.error.required"));
        } else if (p.length() > PLACE_MAX) {
            problems.add(Problem.of("place", "trn.error.tooLong", PLACE_MAX));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String actor = Access.currentLogin();
        long id = repository.insertSession(courseId, heldOn, p, actor, OffsetDateTime.now(clock));
        events.publishEvent(new SessionScheduled(courseId, actor, id, heldOn.toString(), p));
        return id;
    }

    @Transactional(readOnly = true)
    public List<Session> sessions(long courseId) {
        courses.course(courseId);
        return repository.sessions(courseId);
    }

    @Transactional(readOnly = true)
    public Session session(long sessionId) {
        courses.requireReader();
        return repository
                .session(sessionId, false)
                .orElseThrow(() -> new NotFoundException("training-session", sessionId));
    }

    @Transactional(readOnly = true)
    public List<RosterEntry> roster(long sessionId) {
        session(sessionId);
        return repository.roster(sessionId);
    }

    /**
     * Puts people on the roster: by staff number (one per line or separated by commas or spaces), or,
     * with {@code everyoneOwing}, everyone of the course's audience who has not completed it yet.
     */
    @Transactional
    public int addToRoster(long sessionId, String staffNumbers, boolean everyoneOwing) {
        courses.requireManager();
        Session session = lockedSession(sessionId);
        Course course = courses.lockedCourse(session.courseId());
        List<Long> people = new ArrayList<>();
        if (everyoneOwing) {
            audiences.obligations(List.of(course), LocalDate.now(clock)).stream()
                    .filter(o -> !o.completed())
                    .forEach(o -> people.add(o.member().personId()));
        }
        List<Problem> problems = new ArrayList<>();
        for (String number : staffNumbers.split("[\\s,、，]+")) {
            if (number.isBlank()) {
                continue;
            }
            Optional<Member> member = repository.memberByStaffNumber(number.strip());
            if (member.isEmpty()) {
                problems.add(Problem.of("staffNumbers", "trn.error.unknownStaffNumber", number.strip()));
            } else {
                people.add(member.get().personId());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        int added = 0;
        for (long person : new java.util.LinkedHashSet<>(people)) {
            if (repository.addToRoster(sessionId, person)) {
                added++;
            }
        }
        if (added > 0) {
            events.publishEvent(new RosterChanged(course.id(), Access.currentLogin(), sessionId, added, 0));
        }
        return added;
    }

    /** Attendance taken on the list: the people ticked attended, the rest of the roster did not. */
    @Transactional
    public int recordAttendance(long sessionId, Set<Long> attended) {
        courses.requireManager();
        Session session = lockedSession(sessionId);
        Map<Long, Boolean> marks = new LinkedHashMap<>();
        for (RosterEntry e : repository.roster(sessionId)) {
            marks.put(e.personId(), attended.contains(e.personId()));
        }
        return apply(session, marks, "list");
    }

    /**
     * Attendance from a file: a header row with 「職員番号」 and 「出欠」 (出席・欠席, ○・×, 1・0 …); people not
     * yet on the roster are added. All or nothing; problems by row.
     */
    @Transactional
    public int importAttendance(long sessionId, String fileName, byte[] content) {
        courses.requireManager();
        Session session = lockedSession(sessionId);
        ResultSheet.Table table = ResultSheet.read(fileName, content);
        int number = table.column(ResultSheet.STAFF_NUMBER);
        int mark = table.column("出欠");
        if (mark < 0) {
            throw InvalidInputException.of("file", "trn.import.noColumn", "出欠");
        }
        List<Problem> problems = new ArrayList<>();
        Map<Long, Boolean> marks = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (ResultSheet.Row row : table.rows()) {
            int n = row.number();
            String staff = ResultSheet.cell(row, number);
            String value = ResultSheet.cell(row, mark);
            if (staff.isEmpty()) {
                problems.add(Problem.of("row-" + n, "trn.import.noStaffNumber", n));
                continue;
            }
            if (!seen.add(staff)) {
                problems.add(Problem.of("row-" + n, "trn.import.duplicate", n, staff));
                continue;
            }
            Optional<Member> member = repository.memberByStaffNumber(staff);
            if (member.isEmpty()) {
                problems.add(Problem.of("row-" + n, "trn.import.unknownStaffNumber", n, staff));
                continue;
            }
            Boolean attended = value.isEmpty() ? null : ResultSheet.yesNo(value);
            if (attended == null) {
                problems.add(Problem.of("row-" + n, "trn.import.badAttendance", n, value));
                continue;
            }
            marks.put(member.get().personId(), attended);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        int added = 0;
        for (long person : marks.keySet()) {
            if (repository.addToRoster(sessionId, person)) {
                added++;
            }
        }
        if (added > 0) {
            events.publishEvent(new RosterChanged(session.courseId(), Access.currentLogin(), sessionId, added, 0));
        }
        return apply(session, marks, "file");
    }

    private int apply(Session session, Map<Long, Boolean> marks, String source) {
        String actor = Access.currentLogin();
        OffsetDateTime now = OffsetDateTime.now(clock);
        int attended = 0;
        for (var e : marks.entrySet()) {
            repository.markAttendance(session.id(), e.getKey(), e.getValue(), actor, now);
            if (e.getValue()) {
                attended++;
                if (repository.complete(
                        session.courseId(), e.getKey(), session.heldOn(), "ATTENDANCE", null, actor, now)) {
                    events.publishEvent(new CompletionRecorded(
                            session.courseId(),
                            actor,
                            e.getKey(),
                            "ATTENDANCE",
                            session.heldOn().toString()));
                }
            }
        }
        events.publishEvent(new AttendanceRecorded(
                session.courseId(), actor, session.id(), attended, marks.size() - attended, source));
        return attended;
    }

    /**
     * Imports the results of a 標的型メール訓練: a header row with 「職員番号」 and the columns 「送信」
     * 「開封」 「クリック」 「報告」 (○・×, 1・0, はい・いいえ …; blank is no). Everyone sent the mail has taken
     * part, which completes the course for them. All or nothing; problems by row.
     */
    @Transactional
    public int importDrillResults(long courseId, String fileName, byte[] content) {
        courses.requireManager();
        Course course = courses.lockedCourse(courseId);
        if (course.kind() != CourseKind.PHISHING_DRILL) {
            throw InvalidInputException.of("file", "trn.error.notDrill");
        }
        ResultSheet.Table table = ResultSheet.read(fileName, content);
        int number = table.column(ResultSheet.STAFF_NUMBER);
        List<String> names = List.of("送信", "開封", "クリック", "報告");
        int[] columns = new int[names.size()];
        for (int i = 0; i < names.size(); i++) {
            columns[i] = table.column(names.get(i));
            if (columns[i] < 0) {
                throw InvalidInputException.of("file", "trn.import.noColumn", names.get(i));
            }
        }
        List<Problem> problems = new ArrayList<>();
        List<DrillResult> results = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ResultSheet.Row row : table.rows()) {
            int n = row.number();
            String staff = ResultSheet.cell(row, number);
            if (staff.isEmpty()) {
                problems.add(Problem.of("row-" + n, "trn.import.noStaffNumber", n));
                continue;
            }
            if (!seen.add(staff)) {
                problems.add(Problem.of("row-" + n, "trn.import.duplicate", n, staff));
                continue;
            }
            Optional<Member> member = repository.memberByStaffNumber(staff);
            if (member.isEmpty()) {
                problems.add(Problem.of("row-" + n, "trn.import.unknownStaffNumber", n, staff));
                continue;
            }
            boolean[] values = new boolean[names.size()];
            boolean bad = false;
            for (int i = 0; i < names.size(); i++) {
                String text = ResultSheet.cell(row, columns[i]);
                Boolean v = ResultSheet.yesNo(text);
                if (v == null) {
                    problems.add(Problem.of("row-" + n, "trn.import.badFlag", n, names.get(i), text));
                    bad = true;
                    break;
                }
                values[i] = v;
            }
            if (bad) {
                continue;
            }
            if (!values[0] && (values[1] || values[2] || values[3])) {
                problems.add(Problem.of("row-" + n, "trn.import.notSent", n));
                continue;
            }
            Member m = member.get();
            results.add(new DrillResult(
                    m.personId(), m.staffNumber(), m.name(), m.unitName(), values[0], values[1], values[2], values[3]));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String actor = Access.currentLogin();
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = LocalDate.now(clock);
        for (DrillResult r : results) {
            repository.saveDrillResult(courseId, r, actor, now);
            if (r.sent() && repository.complete(courseId, r.personId(), today, "DRILL", null, actor, now)) {
                events.publishEvent(new CompletionRecorded(courseId, actor, r.personId(), "DRILL", today.toString()));
            }
        }
        events.publishEvent(new DrillResultsImported(
                courseId,
                actor,
                results.size(),
                (int) results.stream().filter(DrillResult::opened).count(),
                (int) results.stream().filter(DrillResult::clicked).count(),
                (int) results.stream().filter(DrillResult::reported).count(),
                Courses.safeName(fileName)));
        return results.size();
    }

    @Transactional(readOnly = true)
    public List<DrillResult> drillResults(long courseId) {
        courses.course(courseId);
        return repository.drillResults(courseId);
    }

    private Session lockedSession(long id) {
        return repository.session(id, true).orElseThrow(() -> new NotFoundException("training-session", id));
    }
}
