package jp.mamori.home;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.mamori.policy.PolicyHomeFixtures;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import jp.mamori.training.TrainingTestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Timing of the work list (issue 18: the home page under 300 ms p95 with 10,000 assets, 2,000 people
 * and a year of records) on the in-memory H2 database: 40 units of 50 people, 10,000 assets (100 with
 * a disposal waiting), 1,000 corrective actions over the year, 300 exceptions, 500 carry-outs, a
 * course for everyone and acknowledgement campaigns with half of the people confirmed. Not part of
 * the test run (the name matches no surefire pattern): {@code heavy ./mvnw -o -pl app test
 * -Dtest=HomeBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. Prints one line per figure and
 * writes them to app/target/home-benchmark.txt.
 */
@MamoriSpringTest
class HomeBenchmark {
    static final int UNITS = 40;
    static final int PER_UNIT = 50;
    static final int REQUESTS = Integer.getInteger("home.requests", 200);

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    final OffsetDateTime now = TestClock.now();
    final LocalDate today = TestClock.today();

    long insert(String sql, Object... params) {
        var keys = new GeneratedKeyHolder();
        var spec = jdbc.sql(sql);
        for (int i = 0; i + 1 < params.length; i += 2) {
            spec = spec.param((String) params[i], params[i + 1]);
        }
        spec.update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    @Test
    void measure() throws Exception {
        long top = insert(
                "insert into org_unit (code, name, parent_id, created_at, updated_at) values (:c, '計測本部', null, :t, :t)",
                "c",
                "HB" + System.nanoTime() % 100_000_000,
                "t",
                now);
        long category = jdbc.sql("select min(id) from org_employment_category")
                .query(Long.class)
                .single();
        List<Long> units = new ArrayList<>();
        List<List<Long>> people = new ArrayList<>();
        for (int u = 0; u < UNITS; u++) {
            long unit = insert(
                    "insert into org_unit (code, name, parent_id, created_at, updated_at) values (:c, :n, :p, :t, :t)",
                    "c",
                    "HB" + System.nanoTime() % 100_000_000 + "u" + u,
                    "n",
                    "計測課" + u,
                    "p",
                    top,
                    "t",
                    now);
            units.add(unit);
            List<Long> members = new ArrayList<>();
            for (int p = 0; p < PER_UNIT; p++) {
                members.add(insert(
                        """
                        insert into org_person (staff_number, name, kana, email, category_id, unit_id, in_post_from,
                            created_at, updated_at)
                        values (:s, :n, 'ケイソク', :m, :c, :u, :from, :t, :t)
                        """,
                        "s",
                        "HB" + System.nanoTime() % 100_000_000 + "p" + p,
                        "n",
                        "計測 " + u + "-" + p,
                        "m",
                        "hb" + u + "-" + p + "-" + System.nanoTime() % 100_000 + "@example.jp",
                        "c",
                        category,
                        "u",
                        unit,
                        "from",
                        LocalDate.of(2015, 4, 1),
                        "t",
                        now));
            }
            people.add(members);
            jdbc.sql("""
                            insert into org_role_assignment (person_id, role, unit_id, valid_from, assigned_by, assigned_at)
                            values (:p, 'SECURITY_MANAGER', :u, :from, 'bench', :t)
                            """)
                    .param("p", members.get(0))
                    .param("u", unit)
                    .param("from", LocalDate.of(2015, 4, 1))
                    .param("t", now)
                    .update();
            for (int a = 0; a < 10_000 / UNITS; a++) {
                jdbc.sql("""
                                insert into ast_asset (asset_number, name, kind, description, owner_unit_id, custodian,
                                    asset_users, location, form, zone_code, scheme, confidentiality, confidentiality_rank,
                                    integrity, availability, personal_info, sensitive_personal_info, specific_personal_info,
                                    retention, status, note, created_at, created_by, updated_at, updated_by,
                                    disposal_date, disposal_method, disposal_requested_by, disposal_requested_at)
                                values (:n, '計測用の資産', 'INFORMATION', '', :unit, '', '', '', 'ELECTRONIC', 'LGWAN',
                                    'R5-03', '2', 2, '2', '2', false, false, false, '', 'IN_USE', '', :t, 'bench', :t,
                                    'bench', :dd, :dm, :dr, :da)
                                """)
                        .param("n", "HB-" + unit + "-" + a)
                        .param("unit", unit)
                        .param("t", now)
                        .param("dd", a < 2 ? today.plusDays(a * 10L) : null)
                        .param("dm", a < 2 ? "溶解処理" : null)
                        .param("dr", a < 2 ? "bench" : null)
                        .param("da", a < 2 ? now : null)
                        .update();
            }
            for (int c = 0; c < 1_000 / UNITS; c++) {
                jdbc.sql("""
                                insert into aud_action (unit_id, title, plan, due_date, state, opened_at)
                                values (:u, '計測の改善措置', '計画', :d, :s, :t)
                                """)
                        .param("u", unit)
                        .param("d", today.minusDays(180).plusDays(c * 15L))
                        .param("s", c % 3 == 0 ? "CLOSED" : "OPEN")
                        .param("t", now)
                        .update();
            }
            for (int c = 0; c < 500 / UNITS; c++) {
                jdbc.sql("""
                                insert into prm_carry_out (kind, asset_number, unit_id, confidentiality_rank, description,
                                    purpose, destination, protection, out_on, due_back, approval_needed, state,
                                    requester_id, requested_by, requested_at)
                                values ('COPY', 'HB', :u, 2, '計測', '計測', '計測', '計測', :out, :back, 'MANAGER', :s,
                                    :r, 'bench', :t)
                                """)
                        .param("u", unit)
                        .param("out", today.plusDays(c))
                        .param("back", today.plusDays(c + 2L))
                        .param("s", c % 2 == 0 ? "REQUESTED" : "APPROVED")
                        .param("r", members.get(1 + c % (PER_UNIT - 1)))
                        .param("t", now)
                        .update();
            }
        }
        for (int e = 0; e < 300; e++) {
            long id = jdbc.sql("select nextval('ctl_exception_seq')")
                    .query(Long.class)
                    .single();
            jdbc.sql("""
                            insert into ctl_exception (id, reference, measure_id, measure_title, unit_id, target_kind,
                                target, from_addresses, to_addresses, services, justification, compensating, owner,
                                starts_on, ends_on, state, requested_by, requested_by_name, requested_at,
                                decision_comment, end_reason)
                            values (:id, :ref, '2.1.1', '計測', :u, 'UNIT', '', '', '', '', '計測', '計測', '計測',
                                :s, :e, 'APPROVED', 'bench', '計測', :t, '', '')
                            """)
                    .param("id", id)
                    .param("ref", "HB-" + id)
                    .param("u", units.get(e % UNITS))
                    .param("s", today.minusDays(300))
                    .param("e", today.plusDays(e))
                    .param("t", now)
                    .update();
        }
        TestUsers.runAs(
                TrainingTestData.CISO, () -> new TrainingTestData(context).eLearningFor("計測研修", Set.copyOf(units)));
        PolicyHomeFixtures policies = new PolicyHomeFixtures(jdbc);
        for (int c = 0; c < 3; c++) {
            for (long unit : units) {
                policies.toConfirm(unit, today.plusDays(10 + c));
            }
        }

        List<Long> firstUnit = people.get(0);
        CurrentUser manager = new CurrentUser(
                "hb-manager",
                firstUnit.get(0),
                "計測 管理者",
                false,
                List.of(new RoleGrant(Role.STAFF, units.get(0)), new RoleGrant(Role.SECURITY_MANAGER, units.get(0))));
        CurrentUser staff = new CurrentUser(
                "hb-staff", firstUnit.get(5), "計測 職員", false, List.of(new RoleGrant(Role.STAFF, units.get(0))));
        CurrentUser ciso = new CurrentUser(
                "hb-ciso",
                firstUnit.get(2),
                "計測 CISO",
                false,
                List.of(new RoleGrant(Role.STAFF, units.get(0)), new RoleGrant(Role.CISO, null)));

        List<String> lines = new ArrayList<>();
        lines.add("units: " + UNITS + ", people: " + UNITS * PER_UNIT + ", assets: 10,000, corrective actions: 1,000,"
                + " exceptions: 300, carry-outs: 500, acknowledgement campaigns: " + 3 * UNITS + ", requests: "
                + REQUESTS);
        for (var who : List.of(manager, staff, ciso)) {
            for (String path : List.of("/api/v1/me/tasks", "/")) {
                lines.add(time(path, who));
            }
        }
        CurrentUser reader = new CurrentUser(
                "hb-reader",
                firstUnit.get(3),
                "計測 統括",
                false,
                List.of(new RoleGrant(Role.CHIEF_SECURITY_OFFICER, null)));
        lines.add(time("/picture", reader));
        lines.add(time("/picture", manager));
        lines.forEach(System.out::println);
        Files.write(Path.of("target", "home-benchmark.txt"), lines);
    }

    String time(String path, CurrentUser who) throws Exception {
        for (int i = 0; i < 30; i++) {
            mvc.perform(get(path).with(TestUsers.as(who))).andReturn();
        }
        long[] times = new long[REQUESTS];
        int items = 0;
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < REQUESTS; i++) {
            long t0 = System.nanoTime();
            var result = mvc.perform(get(path).with(TestUsers.as(who))).andReturn();
            times[i] = System.nanoTime() - t0;
            if (i == 0 && path.startsWith("/api")) {
                String body = result.getResponse().getContentAsString();
                items = Integer.parseInt(body.replaceAll(".*\"total\":(\\d+).*", "$1"));
            }
        }
        cpu = threads.getCurrentThreadCpuTime() - cpu;
        java.util.Arrays.sort(times);
        return String.format(
                Locale.ROOT,
                "GET %s as %s%s: p50 %.1f ms, p95 %.1f ms, max %.1f ms, CPU of the thread %.1f ms a request",
                path,
                who.login(),
                path.startsWith("/api") ? " (" + items + " items)" : "",
                times[REQUESTS / 2] / 1e6,
                times[(int) (REQUESTS * 0.95)] / 1e6,
                times[REQUESTS - 1] / 1e6,
                cpu / 1e6 / REQUESTS);
    }
}
