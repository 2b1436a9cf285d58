package jp.mamori.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import jp.mamori.organization.OrganizationTestData;
import jp.mamori.organization.OrganizationTestData.PersonSpec;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Classroom sessions and drills: the roster, attendance on the list and from Excel or CSV (all or
 * nothing, problems by row), and 標的型メール訓練 results per person.
 */
@MamoriSpringTest
class SessionTests {
    @Autowired
    ApplicationContext context;

    @Autowired
    Sessions sessions;

    @Autowired
    JdbcClient jdbc;

    OrganizationTestData org;
    TrainingTestData data;

    @BeforeEach
    void setUp() {
        org = new OrganizationTestData(context);
        data = new TrainingTestData(context);
    }

    /** An .xlsx workbook whose first sheet holds the rows (a title row first, as people write them). */
    static byte[] workbook(List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("出欠");
            sheet.createRow(0).createCell(0).setCellValue("情報セキュリティ研修 出欠表");
            int r = 2;
            for (List<Object> values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(v));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String staffNumber(long person) {
        return org.staffNumber(person);
    }

    long completions(long course) {
        return jdbc.sql("select count(*) from trn_completion where course_id = :c")
                .param("c", course)
                .query(Long.class)
                .single();
    }

    @Test
    void attendance_from_excel_is_all_or_nothing_with_problems_by_row_then_completes_those_present() {
        long unit = org.unit("集合研修課", null);
        long present = org.person(new PersonSpec("出席 一郎", unit).staffNumber(OrganizationTestData.unique("7")));
        long absent = org.person("欠席 二郎", unit);
        long walkIn = org.person("飛入 三郎", unit);
        long course = data.courseFor(OrganizationTestData.unique("集合研修"), CourseKind.CLASSROOM, Set.of(unit));
        long[] session = new long[1];
        TestUsers.runAs(TrainingTestData.CISO, () -> {
            session[0] = sessions.schedule(course, TestClock.today(), "本庁舎 5階 大会議室");
            assertThat(sessions.addToRoster(session[0], staffNumber(present) + "\n" + staffNumber(absent), false))
                    .isEqualTo(2);
        });

        byte[] wrong = workbook(List.of(
                List.of("職員番号", "氏名", "出欠"),
                List.of(staffNumber(present), "出席 一郎", "出席"),
                List.of("NO-SUCH-1", "不明", "出席"),
                List.of(staffNumber(absent), "欠席 二郎", "遅刻"),
                List.of(staffNumber(present), "出席 一郎", "出席")));
        TestUsers.runAs(
                TrainingTestData.CISO,
                () -> assertThatThrownBy(() -> sessions.importAttendance(session[0], "出欠.xlsx", wrong))
                        .isInstanceOfSatisfying(
                                InvalidInputException.class,
                                e -> assertThat(e.problems())
                                        .extracting(
                                                p -> p.messageKey() + p.args().get(0))
                                        .containsExactly(
                                                "trn.import.unknownStaffNumber5",
                                                "trn.import.badAttendance6",
                                                "trn.import.duplicate7")));
        assertThat(completions(course)).isZero();

        byte[] right = workbook(List.of(
                List.of("職員番号", "氏名", "出欠"),
                List.of(staffNumber(present), "出席 一郎", "○"),
                List.of(staffNumber(absent), "欠席 二郎", "欠席"),
                List.of(staffNumber(walkIn), "飛入 三郎", "出席")));
        int[] attended = new int[1];
        TestUsers.runAs(
                TrainingTestData.CISO, () -> attended[0] = sessions.importAttendance(session[0], "出欠.xlsx", right));
        assertThat(attended[0]).isEqualTo(2);
        TestUsers.runAs(TrainingTestData.CISO, () -> {
            Session s = sessions.session(session[0]);
            assertThat(s.rostered()).isEqualTo(3);
            assertThat(s.attended()).isEqualTo(2);
            assertThat(sessions.roster(session[0]))
                    .filteredOn(r -> r.personId() == absent)
                    .extracting(RosterEntry::attended)
                    .containsExactly(false);
        });
        assertThat(jdbc.sql("select person_id from trn_completion where course_id = :c")
                        .param("c", course)
                        .query(Long.class)
                        .list())
                .containsExactlyInAnyOrder(present, walkIn);
        assertThat(jdbc.sql(
                                "select count(*) from audit_entry where subject_type = 'training-course' and subject_id = :c and action = 'training-course.attendance'")
                        .param("c", Long.toString(course))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void attendance_from_a_shift_jis_csv_and_on_the_list() {
        long unit = org.unit("CSV研修課", null);
        long one = org.person("表計 一子", unit);
        long two = org.person("表計 二子", unit);
        long course = data.courseFor(OrganizationTestData.unique("緊急時対応訓練"), CourseKind.EMERGENCY_DRILL, Set.of(unit));
        long[] session = new long[1];
        TestUsers.runAs(TrainingTestData.CISO, () -> {
            session[0] = sessions.schedule(course, TestClock.today(), "訓練会場");
            assertThat(sessions.addToRoster(session[0], "", true)).isEqualTo(2);
        });
        String csv = "職員番号,出欠\r\n" + staffNumber(one) + ",出席\r\n" + staffNumber(two) + ",\r\n";
        byte[] sjis = csv.getBytes(Charset.forName("windows-31j"));
        TestUsers.runAs(
                TrainingTestData.CISO,
                () -> assertThatThrownBy(() -> sessions.importAttendance(session[0], "attendance.csv", sjis))
                        .isInstanceOfSatisfying(
                                InvalidInputException.class,
                                e -> assertThat(e.problems())
                                        .extracting(
                                                p -> p.messageKey() + p.args().get(0))
                                        .containsExactly("trn.import.badAttendance3")));
        TestUsers.runAs(
                TrainingTestData.CISO,
                () -> assertThat(sessions.recordAttendance(session[0], Set.of(two)))
                        .isEqualTo(1));
        assertThat(jdbc.sql("select person_id from trn_completion where course_id = :c")
                        .param("c", course)
                        .query(Long.class)
                        .list())
                .containsExactly(two);
        byte[] utf8 = ("\uFEFF職員番号,出欠\n" + staffNumber(one) + ",出席\n").getBytes(StandardCharsets.UTF_8);
        TestUsers.runAs(TrainingTestData.CISO, () -> sessions.importAttendance(session[0], "attendance.csv", utf8));
        assertThat(completions(course)).isEqualTo(2);
    }

    @Test
    void phishing_drill_results_are_kept_per_person_and_sent_people_complete() {
        long unit = org.unit("訓練対象課", null);
        long clicked = org.person("開封 一郎", unit);
        long reported = org.person("報告 花子", unit);
        long notSent = org.person("未送 次郎", unit);
        long course = data.courseFor(OrganizationTestData.unique("標的型メール訓練"), CourseKind.PHISHING_DRILL, Set.of(unit));
        byte[] wrong = workbook(List.of(
                List.of("職員番号", "送信", "開封", "クリック", "報告"),
                List.of(staffNumber(clicked), "○", "○", "○", "×"),
                List.of(staffNumber(notSent), "×", "○", "", ""),
                List.of(staffNumber(reported), "○", "たぶん", "", "○")));
        TestUsers.runAs(
                TrainingTestData.CISO,
                () -> assertThatThrownBy(() -> sessions.importDrillResults(course, "結果.xlsx", wrong))
                        .isInstanceOfSatisfying(
                                InvalidInputException.class,
                                e -> assertThat(e.problems())
                                        .extracting(
                                                p -> p.messageKey() + p.args().get(0))
                                        .containsExactly("trn.import.notSent5", "trn.import.badFlag6")));
        byte[] right = workbook(List.of(
                List.of("職員番号", "送信", "開封", "クリック", "報告"),
                List.of(staffNumber(clicked), "○", "○", "○", "×"),
                List.of(staffNumber(notSent), "×", "", "", ""),
                List.of(staffNumber(reported), 1, 1, 0, 1)));
        TestUsers.runAs(TrainingTestData.CISO, () -> {
            assertThat(sessions.importDrillResults(course, "結果.xlsx", right)).isEqualTo(3);
            assertThat(sessions.drillResults(course))
                    .filteredOn(r -> r.personId() == reported)
                    .extracting(DrillResult::opened, DrillResult::clicked, DrillResult::reported)
                    .containsExactly(Tuple.tuple(true, false, true));
        });
        assertThat(jdbc.sql("select person_id from trn_completion where course_id = :c")
                        .param("c", course)
                        .query(Long.class)
                        .list())
                .containsExactlyInAnyOrder(clicked, reported);
    }

    @Test
    void a_file_that_is_not_a_workbook_or_has_no_header_is_refused_as_a_whole() {
        long unit = org.unit("拒否確認課", null);
        long course = data.courseFor(OrganizationTestData.unique("集合研修"), CourseKind.CLASSROOM, Set.of(unit));
        long[] session = new long[1];
        TestUsers.runAs(TrainingTestData.CISO, () -> session[0] = sessions.schedule(course, TestClock.today(), "会議室"));
        TestUsers.runAs(TrainingTestData.CISO, () -> {
            assertThatThrownBy(() -> sessions.importAttendance(
                            session[0], "x.xlsx", "PK\3\4broken".getBytes(StandardCharsets.ISO_8859_1)))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("trn.import.refused.BROKEN"));
            assertThatThrownBy(() ->
                            sessions.importAttendance(session[0], "x.csv", "氏名,出欠\n".getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("trn.import.noHeader"));
        });
    }
}
