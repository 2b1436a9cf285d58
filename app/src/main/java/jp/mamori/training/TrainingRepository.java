package jp.mamori.training;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.mamori.shared.RecordRowMapper;
import jp.mamori.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The tables {@code trn_*}; people, units and categories are read from the organisation's tables. */
@Repository
class TrainingRepository {
    private final JdbcClient jdbc;

    TrainingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // plans

    long insertPlan(int year, String title, String summary, String approvalBy, String actor, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into trn_plan (fiscal_year, title, summary, state, approval_by, created_by, created_at)
                        values (:y, :t, :s, 'DRAFT', :a, :by, :now)
                        """)
                .param("y", year)
                .param("t", title)
                .param("s", summary)
                .param("a", approvalBy)
                .param("by", actor)
                .param("now", now)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    Optional<TrainingPlan> plan(long id, boolean lock) {
        return jdbc.sql("select * from trn_plan where id = :id" + (lock ? " for update" : ""))
                .param("id", id)
                .query(TrainingRepository::plan)
                .optional();
    }

    Optional<TrainingPlan> planOf(int year) {
        return jdbc.sql("select * from trn_plan where fiscal_year = :y")
                .param("y", year)
                .query(TrainingRepository::plan)
                .optional();
    }

    List<TrainingPlan> plans() {
        return jdbc.sql("select * from trn_plan order by fiscal_year desc")
                .query(TrainingRepository::plan)
                .list();
    }

    void approvePlan(
            long id,
            String approvalBy,
            @Nullable Long decisionId,
            @Nullable String decisionRef,
            String actor,
            OffsetDateTime now) {
        jdbc.sql("""
                        update trn_plan set state = 'APPROVED', approval_by = :a, decision_id = :di, decision_ref = :d,
                            approved_by = :by, approved_at = :now where id = :id
                        """)
                .param("a", approvalBy)
                .param("di", decisionId)
                .param("d", decisionRef)
                .param("by", actor)
                .param("now", now)
                .param("id", id)
                .update();
    }

    private static TrainingPlan plan(ResultSet rs, int n) throws SQLException {
        return new TrainingPlan(
                rs.getLong("id"),
                rs.getInt("fiscal_year"),
                rs.getString("title"),
                rs.getString("summary"),
                "APPROVED".equals(rs.getString("state")),
                rs.getString("approval_by"),
                rs.getObject("decision_id", Long.class),
                rs.getString("decision_ref"),
                rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("approved_by"),
                rs.getObject("approved_at", OffsetDateTime.class));
    }

    // courses

    long insertCourse(
            long planId,
            String title,
            CourseKind kind,
            String description,
            LocalDate due,
            int newHireDays,
            Audience audience,
            int passMark,
            String actor,
            OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into trn_course (plan_id, title, kind, description, due_date, new_hire_days, new_hires_only,
                            all_staff, material_markdown, pass_mark, state, created_by, created_at)
                        values (:p, :t, :k, :d, :due, :days, :nh, :all, '', :pass, 'DRAFT', :by, :now)
                        """)
                .param("p", planId)
                .param("t", title)
                .param("k", kind.name())
                .param("d", description)
                .param("due", due)
                .param("days", newHireDays)
                .param("nh", audience.newHiresOnly())
                .param("all", audience.allStaff())
                .param("pass", passMark)
                .param("by", actor)
                .param("now", now)
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        writeTargets(id, audience);
        return id;
    }

    void updateCourse(long id, String title, String description, LocalDate due, int newHireDays, Audience audience) {
        jdbc.sql("""
                        update trn_course set title = :t, description = :d, due_date = :due, new_hire_days = :days,
                            new_hires_only = :nh, all_staff = :all where id = :id
                        """)
                .param("t", title)
                .param("d", description)
                .param("due", due)
                .param("days", newHireDays)
                .param("nh", audience.newHiresOnly())
                .param("all", audience.allStaff())
                .param("id", id)
                .update();
        jdbc.sql("delete from trn_course_target where course_id = :id")
                .param("id", id)
                .update();
        writeTargets(id, audience);
    }

    private void writeTargets(long id, Audience audience) {
        for (Role role : audience.roles()) {
            target(id, "ROLE", role.name());
        }
        for (long unit : audience.unitIds()) {
            target(id, "UNIT", Long.toString(unit));
        }
        for (long category : audience.categoryIds()) {
            target(id, "CATEGORY", Long.toString(category));
        }
    }

    private void target(long id, String type, String value) {
        jdbc.sql("insert into trn_course_target (course_id, target_type, target) values (:c, :t, :v)")
                .param("c", id)
                .param("t", type)
                .param("v", value)
                .update();
    }

    private static final String COURSE = """
            select c.*, p.fiscal_year from trn_course c join trn_plan p on p.id = c.plan_id
            """;

    Optional<Course> course(long id, boolean lock) {
        return jdbc.sql(COURSE + " where c.id = :id" + (lock ? " for update" : ""))
                .param("id", id)
                .query(this::course)
                .optional();
    }

    /** The courses of the year, in due-date order; only published ones when asked. */
    List<Course> courses(int year, boolean publishedOnly) {
        return jdbc.sql(COURSE + " where p.fiscal_year = :y" + (publishedOnly ? " and c.state = 'PUBLISHED'" : "")
                        + " order by c.due_date, c.id")
                .param("y", year)
                .query(this::course)
                .list();
    }

    List<Course> coursePage(int offset, int limit) {
        return jdbc.sql(COURSE
                        + " order by p.fiscal_year desc, c.due_date, c.id offset :o rows fetch next :l rows only")
                .param("o", offset)
                .param("l", limit)
                .query(this::course)
                .list();
    }

    long countCourses() {
        return jdbc.sql("select count(*) from trn_course").query(Long.class).single();
    }

    private Course course(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Set<Long> units = new HashSet<>();
        Set<Long> categories = new HashSet<>();
        jdbc.sql("select target_type, target from trn_course_target where course_id = :c")
                .param("c", id)
                .query((r, i) -> new String[] {r.getString(1), r.getString(2)})
                .list()
                .forEach(t -> {
                    switch (t[0]) {
                        case "ROLE" -> roles.add(Role.valueOf(t[1]));
                        case "UNIT" -> units.add(Long.parseLong(t[1]));
                        default -> categories.add(Long.parseLong(t[1]));
                    }
                });
        return new Course(
                id,
                rs.getLong("plan_id"),
                rs.getInt("fiscal_year"),
                rs.getString("title"),
                CourseKind.valueOf(rs.getString("kind")),
                rs.getString("description"),
                rs.getObject("due_date", LocalDate.class),
                rs.getInt("new_hire_days"),
                new Audience(rs.getBoolean("all_staff"), rs.getBoolean("new_hires_only"), roles, units, categories),
                rs.getString("material_markdown"),
                rs.getInt("pass_mark"),
                "PUBLISHED".equals(rs.getString("state")));
    }

    void publish(long id) {
        jdbc.sql("update trn_course set state = 'PUBLISHED' where id = :id")
                .param("id", id)
                .update();
    }

    void setMarkdown(long id, String markdown) {
        jdbc.sql("update trn_course set material_markdown = :m where id = :id")
                .param("m", markdown)
                .param("id", id)
                .update();
    }

    void storePdf(long courseId, String fileName, String sha256, byte[] content, String actor, OffsetDateTime now) {
        jdbc.sql("delete from trn_material_file where course_id = :c")
                .param("c", courseId)
                .update();
        jdbc.sql("""
                        insert into trn_material_file (course_id, file_name, sha256, size_bytes, content, stored_by, stored_at)
                        values (:c, :f, :h, :s, :b, :by, :now)
                        """)
                .param("c", courseId)
                .param("f", fileName)
                .param("h", sha256)
                .param("s", (long) content.length)
                .param("b", content)
                .param("by", actor)
                .param("now", now)
                .update();
    }

    /** The stored PDF's name and hash, without its content. */
    Optional<String[]> pdfInfo(long courseId) {
        return jdbc.sql("select file_name, sha256 from trn_material_file where course_id = :c")
                .param("c", courseId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .optional();
    }

    Optional<byte[]> pdf(long courseId) {
        return jdbc.sql("select content from trn_material_file where course_id = :c")
                .param("c", courseId)
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }

    // images of the material

    long insertImage(long courseId, ImageUpload image, String actor, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into trn_material_image (course_id, file_name, content_type, sha256, size_bytes, width,
                            height, content, added_by, added_at)
                        values (:c, :f, :t, :h, :s, :w, :ht, :b, :by, :now)
                        """)
                .param("c", courseId)
                .param("f", image.fileName())
                .param("t", image.contentType())
                .param("h", image.sha256())
                .param("s", (long) image.content().length)
                .param("w", image.width())
                .param("ht", image.height())
                .param("b", image.content())
                .param("by", actor)
                .param("now", now)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** The course's images without their content, in the order they were added. */
    List<MaterialImage> images(long courseId) {
        return jdbc.sql("""
                        select id, course_id, file_name, content_type, sha256, size_bytes, width, height, added_by,
                            added_at
                        from trn_material_image where course_id = :c order by id
                        """)
                .param("c", courseId)
                .query(RecordRowMapper.of(MaterialImage.class))
                .list();
    }

    byte[] imageContent(long imageId) {
        return jdbc.sql("select content from trn_material_image where id = :id")
                .param("id", imageId)
                .query((rs, n) -> rs.getBytes(1))
                .single();
    }

    // test

    List<TestQuestion> questions(long courseId) {
        return jdbc.sql("select * from trn_question where course_id = :c order by position")
                .param("c", courseId)
                .query((rs, n) -> new TestQuestion(
                        rs.getLong("id"),
                        rs.getInt("position"),
                        rs.getString("text"),
                        Arrays.asList(rs.getString("choices").split("\n", -1)),
                        rs.getInt("correct")))
                .list();
    }

    void replaceQuestions(long courseId, List<QuestionText.Draft> drafts, int passMark) {
        jdbc.sql("delete from trn_question where course_id = :c")
                .param("c", courseId)
                .update();
        int position = 0;
        for (QuestionText.Draft d : drafts) {
            jdbc.sql("""
                            insert into trn_question (course_id, position, text, choices, correct)
                            values (:c, :p, :t, :ch, :r)
                            """)
                    .param("c", courseId)
                    .param("p", ++position)
                    .param("t", d.text())
                    .param("ch", String.join("\n", d.choices()))
                    .param("r", d.correct())
                    .update();
        }
        jdbc.sql("update trn_course set pass_mark = :p where id = :id")
                .param("p", passMark)
                .param("id", courseId)
                .update();
    }

    void insertAttempt(long courseId, long personId, int score, boolean passed, OffsetDateTime now) {
        jdbc.sql("""
                        insert into trn_attempt (course_id, person_id, score, passed, taken_at)
                        values (:c, :p, :s, :ok, :now)
                        """)
                .param("c", courseId)
                .param("p", personId)
                .param("s", score)
                .param("ok", passed)
                .param("now", now)
                .update();
    }

    /** The person's best score so far, if they tried. */
    Optional<Integer> bestScore(long courseId, long personId) {
        return jdbc.sql("select max(score) from trn_attempt where course_id = :c and person_id = :p")
                .param("c", courseId)
                .param("p", personId)
                .query((rs, n) -> (Integer) rs.getObject(1))
                .optional()
                .filter(java.util.Objects::nonNull);
    }

    // completions

    /** Records the completion unless there is one already; true when it was new. */
    boolean complete(
            long courseId,
            long personId,
            LocalDate on,
            String source,
            @Nullable Integer score,
            String actor,
            OffsetDateTime now) {
        Long exists = jdbc.sql("select count(*) from trn_completion where course_id = :c and person_id = :p")
                .param("c", courseId)
                .param("p", personId)
                .query(Long.class)
                .single();
        if (exists > 0) {
            return false;
        }
        jdbc.sql("""
                        insert into trn_completion (course_id, person_id, completed_on, source, score, recorded_by, recorded_at)
                        values (:c, :p, :on, :s, :score, :by, :now)
                        """)
                .param("c", courseId)
                .param("p", personId)
                .param("on", on)
                .param("s", source)
                .param("score", score)
                .param("by", actor)
                .param("now", now)
                .update();
        return true;
    }

    /** Completion days of the courses, by course id then person id. */
    Map<Long, Map<Long, LocalDate>> completions(List<Long> courseIds) {
        Map<Long, Map<Long, LocalDate>> out = new HashMap<>();
        if (courseIds.isEmpty()) {
            return out;
        }
        jdbc.sql("select course_id, person_id, completed_on from trn_completion where course_id in (:c)")
                .param("c", courseIds)
                .query((rs, n) -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .put(rs.getLong(2), rs.getObject(3, LocalDate.class));
                    return null;
                })
                .list();
        return out;
    }

    private static final String COMPLETION = """
            select c.course_id, t.title course_title, p.fiscal_year, c.person_id, o.staff_number, o.name, o.unit_id,
                c.completed_on, c.source, c.score
            from trn_completion c join trn_course t on t.id = c.course_id join trn_plan p on p.id = t.plan_id
                join org_person o on o.id = c.person_id
            """;

    List<CompletionRecord> completionPage(@Nullable Integer year, @Nullable Long courseId, int offset, int limit) {
        return jdbc.sql(
                        COMPLETION + completionWhere(year, courseId)
                                + " order by c.completed_on desc, c.course_id, c.person_id offset :o rows fetch next :l rows only")
                .param("y", year)
                .param("course", courseId)
                .param("o", offset)
                .param("l", limit)
                .query(RecordRowMapper.of(CompletionRecord.class))
                .list();
    }

    long countCompletions(@Nullable Integer year, @Nullable Long courseId) {
        return jdbc.sql("""
                        select count(*) from trn_completion c join trn_course t on t.id = c.course_id
                            join trn_plan p on p.id = t.plan_id join org_person o on o.id = c.person_id
                        """ + completionWhere(year, courseId))
                .param("y", year)
                .param("course", courseId)
                .query(Long.class)
                .single();
    }

    Optional<CompletionRecord> completion(long courseId, long personId) {
        return jdbc.sql(COMPLETION + " where c.course_id = :c and c.person_id = :p")
                .param("c", courseId)
                .param("p", personId)
                .query(RecordRowMapper.of(CompletionRecord.class))
                .optional();
    }

    private static String completionWhere(@Nullable Integer year, @Nullable Long courseId) {
        List<String> where = new ArrayList<>();
        if (year != null) {
            where.add("p.fiscal_year = :y");
        }
        if (courseId != null) {
            where.add("c.course_id = :course");
        }
        return where.isEmpty() ? "" : " where " + String.join(" and ", where);
    }

    // people

    private static final String MEMBER = """
            select p.id person_id, p.staff_number, p.name, p.unit_id, u.name unit_name, p.category_id, c.name category_name,
                p.in_post_from
            from org_person p join org_unit u on u.id = p.unit_id join org_employment_category c on c.id = p.category_id
            """;

    /** Everyone in post on the day (leavers are out from the day after their 離任日), by unit code and kana. */
    List<Member> membersInPost(LocalDate day) {
        return jdbc.sql(MEMBER + """
                         where p.in_post_from <= :day and (p.in_post_to is null or p.in_post_to >= :day)
                        order by u.code, p.kana, p.id
                        """)
                .param("day", day)
                .query(RecordRowMapper.of(Member.class))
                .list();
    }

    Optional<Member> member(long personId) {
        return jdbc.sql(MEMBER + " where p.id = :id")
                .param("id", personId)
                .query(RecordRowMapper.of(Member.class))
                .optional();
    }

    Optional<Member> memberByStaffNumber(String staffNumber) {
        return jdbc.sql(MEMBER + " where p.staff_number = :s")
                .param("s", staffNumber)
                .query(RecordRowMapper.of(Member.class))
                .optional();
    }

    // sessions

    long insertSession(long courseId, LocalDate heldOn, String place, String actor, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into trn_session (course_id, held_on, place, created_by, created_at)
                        values (:c, :d, :p, :by, :now)
                        """)
                .param("c", courseId)
                .param("d", heldOn)
                .param("p", place)
                .param("by", actor)
                .param("now", now)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    private static final String SESSION = """
            select s.id, s.course_id, s.held_on, s.place,
                (select count(*) from trn_roster r where r.session_id = s.id) rostered,
                (select count(*) from trn_roster r where r.session_id = s.id and r.attended = true) attended
            from trn_session s
            """;

    List<Session> sessions(long courseId) {
        return jdbc.sql(SESSION + " where s.course_id = :c order by s.held_on, s.id")
                .param("c", courseId)
                .query(RecordRowMapper.of(Session.class))
                .list();
    }

    Optional<Session> session(long id, boolean lock) {
        if (lock) {
            jdbc.sql("select id from trn_session where id = :id for update")
                    .param("id", id)
                    .query(Long.class)
                    .optional();
        }
        return jdbc.sql(SESSION + " where s.id = :id")
                .param("id", id)
                .query(RecordRowMapper.of(Session.class))
                .optional();
    }

    List<RosterEntry> roster(long sessionId) {
        return jdbc.sql("""
                        select r.person_id, p.staff_number, p.name, u.name unit_name, r.attended
                        from trn_roster r join org_person p on p.id = r.person_id join org_unit u on u.id = p.unit_id
                        where r.session_id = :s order by u.code, p.kana, p.id
                        """)
                .param("s", sessionId)
                .query(RecordRowMapper.of(RosterEntry.class))
                .list();
    }

    boolean addToRoster(long sessionId, long personId) {
        Long exists = jdbc.sql("select count(*) from trn_roster where session_id = :s and person_id = :p")
                .param("s", sessionId)
                .param("p", personId)
                .query(Long.class)
                .single();
        if (exists > 0) {
            return false;
        }
        jdbc.sql("insert into trn_roster (session_id, person_id) values (:s, :p)")
                .param("s", sessionId)
                .param("p", personId)
                .update();
        return true;
    }

    void markAttendance(long sessionId, long personId, boolean attended, String actor, OffsetDateTime now) {
        jdbc.sql("""
                        update trn_roster set attended = :a, marked_by = :by, marked_at = :now
                        where session_id = :s and person_id = :p
                        """)
                .param("a", attended)
                .param("by", actor)
                .param("now", now)
                .param("s", sessionId)
                .param("p", personId)
                .update();
    }

    // drills

    void saveDrillResult(long courseId, DrillResult r, String actor, OffsetDateTime now) {
        jdbc.sql("delete from trn_drill_result where course_id = :c and person_id = :p")
                .param("c", courseId)
                .param("p", r.personId())
                .update();
        jdbc.sql("""
                        insert into trn_drill_result (course_id, person_id, sent, opened, clicked, reported, imported_by, imported_at)
                        values (:c, :p, :s, :o, :k, :r, :by, :now)
                        """)
                .param("c", courseId)
                .param("p", r.personId())
                .param("s", r.sent())
                .param("o", r.opened())
                .param("k", r.clicked())
                .param("r", r.reported())
                .param("by", actor)
                .param("now", now)
                .update();
    }

    List<DrillResult> drillResults(long courseId) {
        return jdbc.sql("""
                        select d.person_id, p.staff_number, p.name, u.name unit_name, d.sent, d.opened, d.clicked, d.reported
                        from trn_drill_result d join org_person p on p.id = d.person_id join org_unit u on u.id = p.unit_id
                        where d.course_id = :c order by u.code, p.kana, p.id
                        """)
                .param("c", courseId)
                .query(RecordRowMapper.of(DrillResult.class))
                .list();
    }
}
