package jp.mamori.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import jp.mamori.organization.OrganizationTestData;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Figure.Axis;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.shared.Wareki;
import jp.mamori.testing.PostgresApplicationTest;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The new figure sources' queries (netcheck's last run per device, audit findings) and the yearly
 * report's storage (bytea, generated id, the hash) on a real PostgreSQL: the picture is complete,
 * and a kept report downloads as the bytes whose SHA-256 was stored.
 */
class ReportingPostgresIT extends PostgresApplicationTest {
    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    OfficePicture pictures;

    @Autowired
    YearlyReports reports;

    @Test
    void the_picture_and_a_kept_yearly_report_on_postgresql() throws Exception {
        OrganizationTestData org = new OrganizationTestData(context);
        long unit = org.unit("PG報告課", null);
        long person = org.person("PG 統括", unit);
        CurrentUser chief = new CurrentUser(
                "pg-chief",
                person,
                "PG 統括",
                false,
                List.of(new RoleGrant(Role.STAFF, unit), new RoleGrant(Role.CHIEF_SECURITY_OFFICER, null)));
        for (String state : List.of("DONE", "FAILED")) {
            jdbc.sql("""
                            insert into net_check_run (device, kind, file_name, file_sha256, file_size, model_version,
                                state, progress, findings, created_by, created_at)
                            values ('pg-fw', 'FORTIGATE', 'fw.conf', :h, 10, 1, :s, 100, 0, 'test', :t)
                            """)
                    .param("h", "0".repeat(64))
                    .param("s", state)
                    .param("t", TestClock.now().minusMinutes(5))
                    .update();
        }
        jdbc.sql("""
                        insert into aud_engagement (special, ordered_by, title, objective, contractors, start_date,
                            end_date, state, created_by, created_at)
                        values (true, 'CISO', 'PG監査', '', '', :d, :d, 'FINAL', 'test', :now)
                        """)
                .param("d", TestClock.today())
                .param("now", TestClock.now())
                .update();

        AtomicReference<Picture> picture = new AtomicReference<>();
        TestUsers.runAs(chief, () -> picture.set(pictures.picture()));
        assertThat(picture.get().complete()).as("every source answered").isTrue();
        assertThat(OfficePictureTests.cell(picture.get(), Axis.BODY, OfficePicture.BODY, "network.netcheck.failed")
                        .count())
                .isEqualTo(1);

        AtomicReference<YearlyReport> report = new AtomicReference<>();
        LocalDate today = TestClock.today();
        TestUsers.runAs(chief, () -> report.set(reports.generate(Wareki.fiscalYearOf(today), today, "PGでの次年度の課題")));
        byte[] pdf = mvc.perform(
                        get("/yearly-reports/" + report.get().id() + "/pdf").with(TestUsers.as(chief)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(YearlyReports.sha256(pdf)).isEqualTo(report.get().pdfSha256());
        assertThat(YearlyReportTests.pdfText(pdf)).contains("PGでの次年度の課題");
    }
}
