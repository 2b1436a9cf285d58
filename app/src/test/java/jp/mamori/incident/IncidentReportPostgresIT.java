package jp.mamori.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.PostgresApplicationTest;
import jp.mamori.testing.TestUsers;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The plan versions and the report facts on a real PostgreSQL: uuid keys, dates, timestamps, empty values. */
class IncidentReportPostgresIT extends PostgresApplicationTest {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    IncidentService incidents;

    @Autowired
    ResponsePlanStore plans;

    @Autowired
    CommissionReports reports;

    @Test
    void the_plan_and_the_report_facts_are_stored_and_read_back_on_postgresql() throws Exception {
        var world = new IncidentWorld(jdbc);
        long section = world.unit("保険課", world.unit("事務局", null));
        IncidentWorld.Person reporter = world.person("報告 花子", section);
        IncidentWorld.Person csirt = world.person("対応 四郎", section, new RoleGrant(Role.CSIRT, null));
        CurrentUser ciso = TestUsers.user("pg-ciso", new RoleGrant(Role.CISO, null));

        PlanApprovals.inForce(
                jdbc, plans, ciso, new ResponsePlan(plans.current().steps(), Severity.of(2), 2, "CSIRT窓口"), 0, "初版");
        ResponsePlanVersion saved = plans.latest().orElseThrow();
        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.plan().cisoFrom()).isEqualTo(Severity.of(2));
        assertThat(saved.plan().steps()).isEqualTo(plans.defaults().steps());
        assertThat(plans.history()).hasSize(1);

        var facts = new PersonalData(true, false, true, 101, false, false, false, false, false);
        StoredIncident stored = CommissionReportPagesTests.as(
                reporter.user(), () -> incidents.report(IncidentWorld.report("マイナンバーの誤送付", facts)));
        IncidentId id = stored.incident().id();
        var xlsx = new java.util.concurrent.atomic.AtomicReference<byte[]>();
        TestUsers.runAs(csirt.user(), () -> {
            reports.revise(id, new ReportFacts(LocalDate.of(2020, 1, 6), "氏名、個人番号", "", "", "", "", "", "", ""));
            reports.revise(id, new ReportFacts(null, "氏名、個人番号", "", "", "公表しない", "", "", "", ""));
            assertThat(reports.facts(id).occurredOn()).isNull();
            assertThat(reports.facts(id).publication()).isEqualTo("公表しない");
            xlsx.set(reports.export(id, CommissionReports.Format.XLSX, "test").content());
        });
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.get()))) {
            assertThat(workbook.getSheetAt(0).getRow(4).getCell(1).getStringCellValue())
                    .isEqualTo(stored.reference());
        }
        assertThat(jdbc.sql(
                                "select count(*) from audit_entry where subject_id = :id and action like 'incident.report-%'")
                        .param("id", id.toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }
}
