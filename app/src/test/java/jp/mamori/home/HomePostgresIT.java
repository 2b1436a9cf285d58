package jp.mamori.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.mamori.incident.IncidentService;
import jp.mamori.incident.PersonalData;
import jp.mamori.incident.ReportRequest;
import jp.mamori.incident.ThreatCategory;
import jp.mamori.organization.OrganizationTestData;
import jp.mamori.policy.PolicyHomeFixtures;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.MyTasks;
import jp.mamori.testing.PostgresApplicationTest;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import jp.mamori.training.TrainingTestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every task source's queries on a real PostgreSQL: a person holding every role that makes a source
 * ask the database, with a record behind each kind, gets a complete list (a source whose SQL
 * PostgreSQL refused would be left out and the list marked incomplete).
 */
class HomePostgresIT extends PostgresApplicationTest {
    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    IncidentService incidents;

    @Autowired
    jp.mamori.reporting.OfficePicture pictures;

    @Test
    void every_source_answers_on_postgresql() throws Exception {
        OrganizationTestData org = new OrganizationTestData(context);
        long unit = org.unit("全機能課", null);
        long person = org.person("全機能 一郎", unit);
        List<RoleGrant> grants = List.of(
                new RoleGrant(Role.STAFF, unit),
                new RoleGrant(Role.SECURITY_MANAGER, unit),
                new RoleGrant(Role.SECURITY_OFFICER, unit),
                new RoleGrant(Role.CISO, null),
                new RoleGrant(Role.CHIEF_SECURITY_OFFICER, null),
                new RoleGrant(Role.CSIRT, null),
                new RoleGrant(Role.COMMITTEE_MEMBER, null));
        CurrentUser everyone = new CurrentUser("pg-all", person, "全機能 一郎", false, grants);
        LocalDate today = TestClock.today();

        jdbc.sql("""
                        insert into aud_action (unit_id, measure_id, title, plan, due_date, state, opened_at)
                        values (:u, '2.1.1', 'PG改善措置', '', :d, 'OPEN', :now)
                        """)
                .param("u", unit)
                .param("d", today.minusDays(1))
                .param("now", TestClock.now())
                .update();
        long inspection = jdbc.sql("""
                        insert into aud_inspection (title, fiscal_year, due_date, state, extra_questions, created_by,
                            created_at, opened_by, opened_at)
                        values ('PG自己点検', 2026, :d, 'OPEN', '', 'test', :now, 'test', :now) returning id
                        """)
                .param("d", today.plusDays(20))
                .param("now", TestClock.now())
                .query(Long.class)
                .single();
        jdbc.sql("insert into aud_inspection_unit (inspection_id, unit_id) values (:i, :u)")
                .param("i", inspection)
                .param("u", unit)
                .update();
        jdbc.sql("""
                        insert into aud_question (inspection_id, unit_id, position, measure_id, chapter, text, result,
                            comment)
                        values (:i, :u, 1, '2.1.1', '2', 'PGの設問', 'IMPLEMENTED', '')
                        """).param("i", inspection).param("u", unit).update();
        new TrainingTestData(context).eLearningFor("PG研修", Set.of(unit));
        new PolicyHomeFixtures(jdbc).toConfirm(unit, today.plusDays(3));
        TestUsers.runAs(
                everyone,
                () -> incidents.report(new ReportRequest(
                        "PGの試験",
                        "要配慮個人情報の誤送信",
                        TestClock.INSTANCE.instant().minusSeconds(600),
                        "自分",
                        List.of("名簿"),
                        ThreatCategory.UNINTENTIONAL_ERROR,
                        new PersonalData(true, true, false, 1, false, false, false, false, false, false),
                        null,
                        "")));

        MyTasks tasks = MyTasks.of(mvc, everyone);

        assertThat(tasks.body().path("complete").asBoolean())
                .as("every source answered")
                .isTrue();
        assertThat(tasks.items())
                .extracting(MyTasks.Item::kind)
                .contains(
                        "audit.corrective-action",
                        "audit.self-inspection",
                        "training.course",
                        "policy.acknowledgement");

        // the office's picture on the same records: every figure source answered too
        TestUsers.runAs(
                everyone, () -> assertThat(pictures.picture().complete()).isTrue());
        mvc.perform(get("/picture").with(TestUsers.as(everyone))).andExpect(status().isOk());
    }
}
