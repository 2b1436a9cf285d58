package jp.mamori.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import jp.mamori.notification.Reminders;
import jp.mamori.organization.OrganizationTestData;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A corrective action from 未実施 to closed: the unit plans, records and reports it done; someone
 * else verifies or sends it back; an overdue action is highlighted and reminded to the unit's
 * managers once a day.
 */
@MamoriSpringTest
class CorrectiveActionTests {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Reminders reminders;

    @Autowired
    CorrectiveActionReminder reminder;

    long unit;
    long managerPerson;
    CurrentUser manager;

    @BeforeEach
    void organisation() {
        OrganizationTestData organization = OrganizationTestData.of(jdbc);
        LocalDate since = TestClock.today().minusYears(6);
        unit = organization.unit(OrganizationTestData.unique("CA"), "是正確認課" + SEQUENCE.incrementAndGet(), null);
        managerPerson = organization.person(
                new OrganizationTestData.PersonSpec("是正 花子", unit).kana("ゼセイ").inPost(since, null));
        organization.grant(managerPerson, Role.SECURITY_MANAGER, unit, since, null);
        manager = new CurrentUser(
                "ca-mgr-" + unit,
                managerPerson,
                "是正 花子",
                false,
                java.util.List.of(new RoleGrant(Role.STAFF, unit), new RoleGrant(Role.SECURITY_MANAGER, unit)));
    }

    long action(LocalDate due) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into aud_action (unit_id, measure_id, title, plan, due_date, state, opened_at)
                        values (:u, '6.1.1', '6.1.1 パスワードの管理', '', :d, 'OPEN', :t)
                        """)
                .param("u", unit)
                .param("d", due)
                .param("t", TestClock.now())
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    String state(long id) {
        return jdbc.sql("select state from aud_action where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    Object problems(long id, String step, CurrentUser user, String... params) throws Exception {
        var request =
                post("/corrective-actions/" + id + "/" + step).with(csrf()).with(TestUsers.as(user));
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request)
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getFlashMap()
                .get("problems");
    }

    Object upload(long id, String stage, String name, byte[] content, CurrentUser user) throws Exception {
        return mvc.perform(multipart("/corrective-actions/" + id + "/files")
                        .file(new MockMultipartFile("file", name, "application/pdf", content))
                        .param("stage", stage)
                        .with(csrf())
                        .with(TestUsers.as(user)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getFlashMap()
                .get("problems");
    }

    @Test
    void evidence_of_the_fix_and_of_its_verification_is_kept_with_its_sha256() throws Exception {
        long id = action(TestClock.today().plusDays(30));
        CurrentUser verifier = TestUsers.user("ca-ciso-" + unit, new RoleGrant(Role.CISO, null));
        byte[] fix = "%PDF-1.7\n管理簿の写し\n".getBytes(StandardCharsets.UTF_8);
        assertThat(upload(id, "PROGRESS", "C:\\書類\\管理簿.pdf", fix, manager)).isNull();
        // an executable named .pdf, an empty file, the same content again: refused, nothing stored
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
        assertThat(upload(id, "PROGRESS", "管理簿.pdf", exe, manager).toString()).contains("受け付けない種類");
        assertThat(upload(id, "PROGRESS", "空.pdf", new byte[0], manager).toString())
                .contains("ファイルを選んでください");
        assertThat(upload(id, "PROGRESS", "再送.pdf", fix, manager).toString()).contains("同じ内容");
        // the verifier's evidence waits until the unit reports the fix done; the unit cannot add it
        assertThat(upload(id, "VERIFICATION", "確認.pdf", "%PDF-1.7\n確認\n".getBytes(StandardCharsets.UTF_8), verifier)
                        .toString())
                .contains("確認待ち");
        CorrectiveActionSteps.fixed(mvc, id, manager, "管理簿を作り毎月確認する", "管理簿を作った");
        mvc.perform(multipart("/corrective-actions/" + id + "/files")
                        .file(new MockMultipartFile(
                                "file", "確認.pdf", "application/pdf", "%PDF-1.7\nx\n".getBytes(StandardCharsets.UTF_8)))
                        .param("stage", "VERIFICATION")
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().isForbidden());
        byte[] check = "%PDF-1.7\n現地確認の記録\n".getBytes(StandardCharsets.UTF_8);
        assertThat(upload(id, "VERIFICATION", "現地確認.pdf", check, verifier)).isNull();

        var files = jdbc.sql(
                        "select id, stage, file_name, sha256 from aud_action_file where action_id = :a order by id")
                .param("a", id)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                .list();
        assertThat(files)
                .extracting(f -> f[1] + " " + f[2])
                .containsExactly("PROGRESS 管理簿.pdf", "VERIFICATION 現地確認.pdf");
        assertThat(files.get(1)[3])
                .isEqualTo(java.util.HexFormat.of()
                        .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(check)));
        String page = mvc.perform(get("/corrective-actions/" + id)
                        .with(TestUsers.as(manager))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains(
                        "data-stage=\"PROGRESS\"",
                        "data-stage=\"VERIFICATION\"",
                        "現地確認.pdf",
                        "SHA-256 " + files.get(1)[3]);
        String api = mvc.perform(get("/api/v1/corrective-actions/" + id).with(TestUsers.as(manager)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(api).contains("\"files\":[", "\"stage\":\"VERIFICATION\"", "\"fileName\":\"管理簿.pdf\"");
        var download = mvc.perform(get("/corrective-actions/" + id + "/files/" + files.get(0)[0])
                        .with(TestUsers.as(manager)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(download.getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getContentAsByteArray()).isEqualTo(fix);
        mvc.perform(get("/corrective-actions/" + id + "/files/" + files.get(0)[0])
                        .with(TestUsers.staff()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'corrective-action.evidence-added'"
                                + " and subject_id = :a")
                        .param("a", Long.toString(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void the_unit_plans_and_reports_done_and_someone_else_verifies() throws Exception {
        long id = action(TestClock.today().plusDays(30));
        assertThat(problems(id, "done", manager).toString()).contains("改善計画を記入してください");
        assertThat(problems(
                                id,
                                "plan",
                                manager,
                                "plan",
                                "管理簿を作り毎月確認する",
                                "dueDate",
                                TestClock.today().minusDays(1).toString())
                        .toString())
                .contains("過去の日付");
        assertThat(problems(
                        id,
                        "plan",
                        manager,
                        "plan",
                        "管理簿を作り毎月確認する",
                        "dueDate",
                        TestClock.today().plusDays(60).toString()))
                .isNull();
        assertThat(problems(id, "done", manager).toString()).contains("進捗に記録してください");
        assertThat(problems(id, "notes", manager, "note", "管理簿を作成し課内に周知した")).isNull();
        assertThat(problems(id, "done", manager)).isNull();
        assertThat(state(id)).isEqualTo("DONE");

        // the unit's manager cannot verify their own unit's fix; another unit's manager cannot touch it
        mvc.perform(post("/corrective-actions/" + id + "/verify").with(csrf()).with(TestUsers.as(manager)))
                .andExpect(status().isForbidden());
        CurrentUser stranger = TestUsers.user("ca-stranger", new RoleGrant(Role.SECURITY_MANAGER, 1L));
        mvc.perform(get("/corrective-actions/" + id).with(TestUsers.as(stranger)))
                .andExpect(status().isForbidden());

        // the auditor sends it back with a reason, the unit reports again, the CISO verifies
        assertThat(problems(id, "return", TestUsers.user("ca-auditor", new RoleGrant(Role.AUDITOR, null)), "reason", "")
                        .toString())
                .contains("入力してください");
        assertThat(problems(
                        id,
                        "return",
                        TestUsers.user("ca-auditor", new RoleGrant(Role.AUDITOR, null)),
                        "reason",
                        "周知の記録がない"))
                .isNull();
        assertThat(state(id)).isEqualTo("OPEN");
        assertThat(problems(id, "notes", manager, "note", "周知の回覧記録を添付")).isNull();
        assertThat(problems(id, "done", manager)).isNull();
        mvc.perform(post("/corrective-actions/" + id + "/verify").with(csrf()).with(TestUsers.ciso()))
                .andExpect(status().is3xxRedirection());
        assertThat(state(id)).isEqualTo("CLOSED");

        String page = mvc.perform(get("/corrective-actions/" + id)
                        .with(TestUsers.as(manager))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("完了", "周知の記録がない", "周知の回覧記録を添付", "管理簿を作り毎月確認する")
                .doesNotContain("id=\"report-done\"");
        assertThat(jdbc.sql(
                                "select action from audit_entry where subject_type = 'corrective-action' and subject_id = :i order by seq")
                        .param("i", Long.toString(id))
                        .query(String.class)
                        .list())
                .containsExactly(
                        "corrective-action.planned",
                        "corrective-action.noted",
                        "corrective-action.done",
                        "corrective-action.returned",
                        "corrective-action.noted",
                        "corrective-action.done",
                        "corrective-action.verified");
    }

    @Test
    void an_overdue_action_is_highlighted_and_reminded_to_the_units_manager_once_a_day() throws Exception {
        long overdue = action(TestClock.today().minusDays(1));
        long onTime = action(TestClock.today().plusDays(1));
        String list = mvc.perform(
                        get("/corrective-actions").param("overdue", "true").with(TestUsers.as(manager)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(list)
                .contains("data-action=\"" + overdue + "\"", "row--overdue", "期限切れ")
                .doesNotContain("data-action=\"" + onTime + "\"");

        CorrectiveAction due = reminder.due(TestClock.today()).stream()
                .filter(a -> a.id() == overdue)
                .findFirst()
                .orElseThrow();
        assertThat(reminder.due(TestClock.today())).noneMatch(a -> a.id() == onTime);
        assertThat(reminder.recipients(due)).contains(managerPerson);
        assertThat(reminders.runDue(reminder, TestClock.today())).isPositive();
        reminders.runDue(reminder, TestClock.today());
        assertThat(jdbc.sql(
                                "select count(*) from ntf_notice where person_id = :p and topic = 'audit.corrective-action.overdue' and link = :l")
                        .param("p", managerPerson)
                        .param("l", "/corrective-actions/" + overdue)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from ntf_notice where person_id = :p and link = :l")
                        .param("p", managerPerson)
                        .param("l", "/corrective-actions/" + onTime)
                        .query(Long.class)
                        .single())
                .isZero();
        String api = mvc.perform(get("/api/v1/corrective-actions/" + overdue).with(TestUsers.as(manager)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(api).contains("\"overdue\":true", "\"state\":\"OPEN\"");
    }
}
