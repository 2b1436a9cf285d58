package jp.mamori.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import jp.mamori.incident.IncidentService;
import jp.mamori.incident.PersonalData;
import jp.mamori.incident.ReportRequest;
import jp.mamori.incident.ThreatCategory;
import jp.mamori.organization.OrganizationTestData;
import jp.mamori.policy.PolicyHomeFixtures;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Figure.Axis;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.OnDay;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import jp.mamori.training.TrainingTestData;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The office's picture: a unit's corrective actions and exceptions counted per unit and chapter with
 * links to the records, the picture changing as a record changes, incidents per month and threat,
 * a unit manager seeing only their units, staff not at all.
 */
@MamoriSpringTest
// the policy fixtures are a fixed calendar (施行日 2024-04-01): today is set, so the class holds on any day
@OnDay("2026-11-26")
class OfficePictureTests {
    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    OfficePicture pictures;

    @Autowired
    IncidentService incidents;

    @Autowired
    jp.mamori.asset.RegisterCheck checks;

    OrganizationTestData org;
    long section;
    long other;
    CurrentUser ciso;
    CurrentUser manager;
    CurrentUser staff;

    @BeforeEach
    void organisation() {
        org = new OrganizationTestData(context);
        long department = org.unit("状況部", null);
        section = org.unit("状況課", department);
        other = org.unit("状況外課", department);
        ciso = TestUsers.user("pic-ciso", new RoleGrant(Role.CISO, null));
        long person = org.person("状況 管理者", section);
        manager = new CurrentUser(
                "pic-mgr-" + person,
                person,
                "状況 管理者",
                false,
                List.of(new RoleGrant(Role.STAFF, section), new RoleGrant(Role.SECURITY_MANAGER, section)));
        long member = org.person("状況 職員", section);
        staff = new CurrentUser(
                "pic-staff-" + member, member, "状況 職員", false, List.of(new RoleGrant(Role.STAFF, section)));
    }

    Picture as(CurrentUser user) {
        AtomicReference<Picture> out = new AtomicReference<>();
        TestUsers.runAs(user, () -> out.set(pictures.picture()));
        return out.get();
    }

    static Picture.@Nullable Cell cell(Picture picture, Axis axis, String group, String key) {
        Picture.Table table = picture.table(axis);
        if (table == null) {
            return null;
        }
        int column = table.keys().indexOf(key);
        return table.rows().stream()
                .filter(r -> r.group().equals(group))
                .findFirst()
                .map(r -> column < 0 ? null : r.cells().get(column))
                .orElse(null);
    }

    void action(long unit, String measure, LocalDate due) {
        jdbc.sql("""
                        insert into aud_action (unit_id, measure_id, title, plan, due_date, state, opened_at)
                        values (:u, :m, '状況の改善措置', '', :d, 'OPEN', :now)
                        """)
                .param("u", unit)
                .param("m", measure)
                .param("d", due)
                .param("now", TestClock.now())
                .update();
    }

    @Test
    void corrective_actions_are_counted_per_unit_and_chapter_and_the_picture_follows_a_new_record() {
        LocalDate today = TestClock.today();
        action(section, "9.1.1", today.minusDays(3));
        action(section, "9.2.1", today.plusDays(30));
        Picture before = as(ciso);
        Picture.Cell chapterBefore = cell(before, Axis.CHAPTER, "9", "audit.action.open");

        assertThat(cell(before, Axis.UNIT, Long.toString(section), "audit.action.open"))
                .satisfies(c -> {
                    assertThat(c.count()).isEqualTo(2);
                    assertThat(c.outOf()).isNull();
                    assertThat(c.link()).isEqualTo("/corrective-actions?state=OPEN");
                });
        assertThat(cell(before, Axis.UNIT, Long.toString(section), "audit.action.overdue")
                        .count())
                .isEqualTo(1);
        assertThat(cell(before, Axis.UNIT, Long.toString(other), "audit.action.open")
                        .count())
                .isZero();
        assertThat(chapterBefore).isNotNull();
        assertThat(before.table(Axis.UNIT).rows())
                .anySatisfy(r -> assertThat(r.label()).isEqualTo("状況課"));

        action(section, "9.3.1", today.minusDays(1));
        Picture after = as(ciso);

        assertThat(cell(after, Axis.UNIT, Long.toString(section), "audit.action.overdue")
                        .count())
                .isEqualTo(2);
        assertThat(cell(after, Axis.CHAPTER, "9", "audit.action.open").count()).isEqualTo(chapterBefore.count() + 1);
    }

    @Test
    void a_rate_is_shown_with_its_whole_and_percentage() {
        jdbc.sql("""
                        insert into ctl_soa_entry (scope_key, measure_id, status, responsible, note, na_state, na_reason,
                            updated_by, updated_at)
                        values (:k, :m, :s, '', '', 'NONE', '', 'test', :now)
                        """)
                .param("k", "U:" + section)
                .param("m", "2.1.1")
                .param("s", "IMPLEMENTED")
                .param("now", TestClock.now())
                .update();
        for (String m : List.of("2.1.2", "2.1.3")) {
            jdbc.sql("""
                            insert into ctl_soa_entry (scope_key, measure_id, status, responsible, note, na_state,
                                na_reason, updated_by, updated_at)
                            values (:k, :m, 'PARTIAL', '', '', 'NONE', '', 'test', :now)
                            """)
                    .param("k", "U:" + section)
                    .param("m", m)
                    .param("now", TestClock.now())
                    .update();
        }

        Picture.Cell cell = cell(as(ciso), Axis.UNIT, Long.toString(section), "control.soa.implemented");

        assertThat(cell.count()).isEqualTo(1);
        assertThat(cell.outOf()).isEqualTo(3);
        assertThat(cell.percent()).isEqualTo(33);
        assertThat(cell.bar()).isEqualTo(33);
        assertThat(cell.link()).isEqualTo("/soa/units/" + section);
        assertThat(cell(as(ciso), Axis.UNIT, Long.toString(other), "control.soa.implemented")
                        .empty())
                .isTrue();
    }

    @Test
    void training_and_acknowledgement_rates_count_the_units_people_in_post() {
        // other tests' body-wide courses and campaigns may ask these people too: count what ours adds
        Picture before = as(ciso);
        long[] training = wholeOf(before, "training.completed");
        long[] policy = wholeOf(before, "policy.acknowledgement.confirmed");

        new TrainingTestData(context).eLearningFor(OrganizationTestData.unique("状況研修"), Set.of(section));
        new PolicyHomeFixtures(jdbc).toConfirm(section, TestClock.today().plusDays(10));
        Picture after = as(ciso);

        assertThat(wholeOf(after, "training.completed")).containsExactly(training[0], training[1] + 2);
        assertThat(wholeOf(after, "policy.acknowledgement.confirmed")).containsExactly(policy[0], policy[1] + 2);
        assertThat(cell(after, Axis.UNIT, Long.toString(section), "training.completed")
                        .link())
                .isEqualTo("/training/completions");
    }

    /** The count and the whole of the section's rate, zeros when it has none. */
    long[] wholeOf(Picture picture, String key) {
        Picture.Cell c = cell(picture, Axis.UNIT, Long.toString(section), key);
        return c == null || c.empty() ? new long[] {0, 0} : new long[] {c.count(), c.outOf()};
    }

    @Test
    void incidents_are_counted_per_month_of_discovery_and_threat() {
        Picture before = as(ciso);
        String month = YearMonth.from(TestClock.today()).toString();
        Picture.Cell was = cell(before, Axis.MONTH, month, "incident.threat.INTENTIONAL_ATTACK");
        long count = was == null ? 0 : was.count();

        TestUsers.runAs(
                staff,
                () -> incidents.report(new ReportRequest(
                        "不審なメールの添付を開いた",
                        "端末をネットワークから切り離した",
                        TestClock.INSTANCE.instant().minusSeconds(600),
                        "自分",
                        List.of("端末"),
                        ThreatCategory.INTENTIONAL_ATTACK,
                        PersonalData.none(),
                        null,
                        "")));

        Picture after = as(ciso);
        assertThat(cell(after, Axis.MONTH, month, "incident.threat.INTENTIONAL_ATTACK")
                        .count())
                .isEqualTo(count + 1);
        assertThat(cell(after, Axis.UNIT, Long.toString(section), "incident.reported")
                        .count())
                .isEqualTo(1);
    }

    long finding(long unit, LocalDate due, boolean withdrawn) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into aud_engagement (special, ordered_by, title, objective, contractors, start_date,
                            end_date, state, created_by, created_at)
                        values (true, 'CISO', '状況の監査', '', '', :d, :d, 'FINAL', 'test', :now)
                        """)
                .param("d", TestClock.today())
                .param("now", TestClock.now())
                .update(keys, "id");
        long engagement = keys.getKeyAs(Long.class);
        keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into aud_finding (engagement_id, unit_id, measure_id, found, cause, severity,
                            recommendation, created_by, created_at, withdrawn_at)
                        values (:e, :u, '9.1.1', '記録がない', '', '重大', '', 'test', :now, :w)
                        """)
                .param("e", engagement)
                .param("u", unit)
                .param("now", TestClock.now())
                .param("w", withdrawn ? TestClock.now() : null)
                .update(keys, "id");
        long finding = keys.getKeyAs(Long.class);
        jdbc.sql("""
                        insert into aud_action (unit_id, measure_id, title, plan, due_date, state, opened_at, finding_id)
                        values (:u, '9.1.1', '指摘への改善措置', '', :d, 'OPEN', :now, :f)
                        """)
                .param("u", unit)
                .param("d", due)
                .param("now", TestClock.now())
                .param("f", finding)
                .update();
        return finding;
    }

    @Test
    void audit_findings_with_open_and_overdue_actions_are_counted_per_unit_withdrawn_ones_not() {
        finding(section, TestClock.today().minusDays(1), false);
        finding(section, TestClock.today().plusDays(10), false);
        finding(section, TestClock.today().minusDays(1), true);

        Picture picture = as(ciso);

        assertThat(cell(picture, Axis.UNIT, Long.toString(section), "audit.finding.open"))
                .satisfies(c -> {
                    assertThat(c.count()).isEqualTo(2);
                    assertThat(c.link()).isEqualTo("/findings");
                });
        assertThat(cell(picture, Axis.UNIT, Long.toString(section), "audit.finding.overdue")
                        .count())
                .isEqualTo(1);
        assertThat(cell(picture, Axis.UNIT, Long.toString(other), "audit.finding.open")
                        .count())
                .isZero();
    }

    void run(String device, String state, @Nullable Integer findings) {
        jdbc.sql("""
                        insert into net_check_run (device, kind, file_name, file_sha256, file_size, model_version, state,
                            progress, findings, created_by, created_at)
                        values (:d, 'FORTIGATE', 'fw.conf', :h, 10, 1, :s, 100, :f, 'test', :t)
                        """)
                .param("d", device)
                .param("h", "0".repeat(64))
                .param("s", state)
                .param("f", findings)
                .param("t", TestClock.now().minusMinutes(5))
                .update();
    }

    long body(Picture picture, String key) {
        Picture.Cell c = cell(picture, Axis.BODY, OfficePicture.BODY, key);
        return c == null ? 0 : c.count();
    }

    @Test
    void each_devices_last_netcheck_is_counted_for_the_whole_body() {
        String device = OrganizationTestData.unique("fw-pic");
        Picture before = as(ciso);
        run(device, "DONE", 3);
        run(device, "DONE", 0);
        run(device, "RUNNING", null);
        Picture clean = as(ciso);

        assertThat(body(clean, "network.netcheck.clean")).isEqualTo(body(before, "network.netcheck.clean") + 1);
        assertThat(body(clean, "network.netcheck.findings")).isEqualTo(body(before, "network.netcheck.findings"));
        assertThat(cell(clean, Axis.BODY, OfficePicture.BODY, "network.netcheck.clean")
                        .link())
                .isEqualTo("/netcheck/runs");

        run(device, "FAILED", null);
        Picture failed = as(ciso);
        assertThat(body(failed, "network.netcheck.failed")).isEqualTo(body(before, "network.netcheck.failed") + 1);
        assertThat(body(failed, "network.netcheck.clean")).isEqualTo(body(before, "network.netcheck.clean"));
        assertThat(as(manager).table(Axis.BODY)).as("body-wide only").isNull();
    }

    @Test
    void assets_with_findings_are_counted_per_unit_out_of_those_in_use() {
        long unit = org.unit(OrganizationTestData.unique("資産状況課"), null);
        new jp.mamori.asset.AssetTestData(context).informationAsset("状況の名簿", unit, "3");
        long expected = checks.findings(Set.of(unit)).stream()
                .map(jp.mamori.asset.Finding::number)
                .distinct()
                .count();

        Picture.Cell cell = cell(as(ciso), Axis.UNIT, Long.toString(unit), "asset.finding");

        assertThat(cell.outOf()).isEqualTo(1);
        assertThat(cell.count()).isEqualTo(expected);
        assertThat(cell.link()).isEqualTo("/assets/findings");
    }

    @Test
    void a_unit_manager_sees_their_units_only_and_staff_not_at_all() throws Exception {
        action(section, "9.1.1", TestClock.today().plusDays(5));
        action(other, "9.1.1", TestClock.today().plusDays(5));
        Picture mine = as(manager);

        assertThat(mine.table(Axis.UNIT).rows()).extracting(Picture.Row::group).containsExactly(Long.toString(section));
        assertThat(mine.table(Axis.CHAPTER)).isNull();
        assertThat(mine.table(Axis.MONTH)).isNull();

        String page = mvc.perform(get("/picture").with(TestUsers.as(manager)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("情報セキュリティの状況", "部署別", "状況課", "<svg class=\"bar\"");
        assertThat(page).doesNotContain("状況外課", "id=\"picture-chapters\"");

        mvc.perform(get("/picture").with(TestUsers.as(staff)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isForbidden());
    }
}
