package jp.mamori.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import jp.mamori.audit.engagement.AuditPlan;
import jp.mamori.audit.engagement.AuditPlans;
import jp.mamori.audit.engagement.CheckResult;
import jp.mamori.audit.engagement.Engagement;
import jp.mamori.audit.engagement.Engagements;
import jp.mamori.audit.engagement.Findings;
import jp.mamori.audit.engagement.PlanKind;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.Wareki;
import jp.mamori.testing.PostgresApplicationTest;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import jp.mamori.testing.Totp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The audit tables ({@code aud_plan}, {@code aud_engagement*}, {@code aud_checklist}, {@code aud_paper*},
 * {@code aud_finding}, and {@code aud_action} with its finding columns) on a real PostgreSQL: V29_1
 * migrates, an audit runs from plan to verified action through the application, the evidence bytes
 * come back unchanged, the API reads the rows, and the constraints hold; and what V41_1 … V41_4 added:
 * evidence on actions and answers, the withdrawn finding and action, the register's contractors, the
 * statement's concerns and the year's figures.
 */
class AuditPostgresIT extends PostgresApplicationTest {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditPlans plans;

    @Autowired
    Engagements engagements;

    @Autowired
    Findings findings;

    @Autowired
    CorrectiveActions actions;

    @Autowired
    AuditSoaConcerns concerns;

    @Autowired
    AuditYearSummaries years;

    @Autowired
    SelfInspections inspections;

    <T> T as(CurrentUser user, Supplier<T> work) {
        return TestUsers.callAs(user, work);
    }

    @Test
    void an_audit_runs_from_plan_to_verified_action_on_postgresql() throws Exception {
        AuditFixtures fx = new AuditFixtures(jdbc);
        long office = fx.unit("PG監査室", null);
        long department = fx.unit("PG市民部", null);
        long section = fx.unit("PG市民課", department);
        long other = fx.unit("PG戸籍課", department);
        CurrentUser director = fx.holder("統括　一郎", office, Role.AUDIT_DIRECTOR, null);
        CurrentUser ciso = fx.withSecondFactor(fx.holder("最高　次郎", office, Role.CISO, null));
        CurrentUser auditor = fx.holder("監査　三郎", office, Role.AUDITOR, null);
        CurrentUser manager = fx.holder("管理　四郎", section, Role.SECURITY_MANAGER, section);
        int year = Wareki.fiscalYearOf(TestClock.today());

        AuditPlan medium = as(
                director,
                () -> plans.create(new AuditPlans.PlanDraft(PlanKind.MEDIUM_TERM, "中期", year, year + 2, null, "内容")));
        TestUsers.runAs(director, () -> plans.submit(medium.id()));
        TestUsers.runAs(ciso, () -> plans.approve(medium.id(), null, Totp.code(Totp.SECRET, -1), null));
        AuditPlan annual = as(
                director,
                () -> plans.create(new AuditPlans.PlanDraft(PlanKind.ANNUAL, "年度", year, year, medium.id(), "内容")));
        TestUsers.runAs(director, () -> plans.submit(annual.id()));
        TestUsers.runAs(ciso, () -> plans.approve(annual.id(), null, Totp.code(Totp.SECRET, 0), null));

        Engagement e = as(
                director,
                () -> engagements.create(new Engagements.EngagementDraft(
                        annual.id(),
                        false,
                        "",
                        "PG市民課の監査",
                        "目的",
                        List.of(section),
                        List.of(),
                        List.of(fx.contractor("架空委託株式会社")),
                        Engagements.CriteriaSource.SOA,
                        "",
                        TestClock.today(),
                        TestClock.today().plusDays(10),
                        List.of(auditor.personId()),
                        auditor.personId())));
        long id = e.id();
        var checklist = as(auditor, () -> engagements.checklist(id));
        assertThat(checklist).isNotEmpty();
        TestUsers.runAs(auditor, () -> engagements.start(id));
        TestUsers.runAs(
                auditor,
                () -> engagements.check(
                        id,
                        checklist.stream()
                                .map(i -> new Engagements.Check(i.id(), CheckResult.CONFORMS, ""))
                                .toList()));
        long paper = as(auditor, () -> engagements.addPaper(id, "NOTE", null, "現地確認", "", "施錠を確認した"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        var file = as(auditor, () -> {
            try {
                return engagements.addFile(id, paper, "写真.png", png.length, new ByteArrayInputStream(png));
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
        assertThat(as(auditor, () -> engagements.file(id, file.id())).content()).isEqualTo(png);
        String measure = checklist.get(0).measureId();
        long finding = as(
                auditor,
                () -> engagements.addFinding(
                        id, new Engagements.FindingDraft(section, measure, "見つかったこと", "原因", "重大", "提言")));
        TestUsers.runAs(auditor, () -> engagements.issueDraft(id));
        TestUsers.runAs(manager, () -> engagements.respond(id, section, "対応します"));
        assertThat(as(auditor, () -> engagements.finalise(id))).isEqualTo(1);
        CorrectiveAction action = as(auditor, () -> findings.actionsOf(finding)).get(0);
        TestUsers.runAs(
                manager, () -> actions.plan(action.id(), "計画", TestClock.today().plusDays(5)));
        TestUsers.runAs(manager, () -> actions.note(action.id(), "実施した"));
        TestUsers.runAs(manager, () -> actions.done(action.id()));
        TestUsers.runAs(auditor, () -> actions.verify(action.id()));
        assertThat(as(ciso, () -> findings.rollOut(finding, List.of(other)))).isEqualTo(1);

        // what V41_* added: contractors of the register, action evidence, the statement's concerns,
        // withdrawing a finding (its 横展開 action ends withdrawn), answer evidence, the year's figures
        assertThat(as(auditor, () -> engagements.contractors(id)))
                .extracting(c -> c.name())
                .singleElement()
                .asString()
                .startsWith("架空委託株式会社");
        CurrentUser otherManager = fx.holder("管理　五郎", other, Role.SECURITY_MANAGER, other);
        CorrectiveAction rolledOut =
                as(auditor, () -> findings.actionsOf(finding)).get(1);
        byte[] evidencePdf = "%PDF-1.7\n横展開の点検\n".getBytes(StandardCharsets.UTF_8);
        EvidenceFile actionFile = as(otherManager, () -> {
            try {
                return actions.addFile(
                        rolledOut.id(),
                        CorrectiveActions.EvidenceStage.PROGRESS,
                        "点検.pdf",
                        evidencePdf.length,
                        new ByteArrayInputStream(evidencePdf));
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
        assertThat(as(otherManager, () -> actions.file(rolledOut.id(), actionFile.id()))
                        .getValue())
                .isEqualTo(evidencePdf);
        assertThat(concerns.ofUnit(other)).extracting(c -> c.reference()).containsExactly("F-" + finding);
        assertThat(concerns.ofUnit(section)).isEmpty();
        assertThat(as(auditor, () -> engagements.withdrawFinding(id, finding, "対象の取り違え")))
                .isEqualTo(1);
        assertThat(jdbc.sql("select state from aud_action where id = :a")
                        .param("a", rolledOut.id())
                        .query(String.class)
                        .single())
                .isEqualTo("WITHDRAWN");
        assertThat(jdbc.sql("select kind from aud_finding_change where finding_id = :f")
                        .param("f", finding)
                        .query(String.class)
                        .list())
                .containsExactly("WITHDRAWN");
        assertThat(concerns.ofUnit(other)).isEmpty();
        var summary = years.ofFiscalYear(year);
        assertThat(summary.findings())
                .anyMatch(c -> c.severity().equals("重大") && c.status() == AuditYearSummaries.FindingStatus.WITHDRAWN);

        long campaign = as(
                ciso,
                () -> inspections.create(
                        new SelfInspections.Draft("PG点検", TestClock.today().plusDays(10), List.of(section), "")));
        TestUsers.runAs(ciso, () -> inspections.open(campaign));
        long question = as(manager, () -> inspections.questions(campaign, section))
                .get(0)
                .id();
        EvidenceFile answerFile = as(manager, () -> {
            try {
                return inspections.addAnswerFile(
                        campaign,
                        section,
                        question,
                        "規程.pdf",
                        evidencePdf.length,
                        new ByteArrayInputStream(evidencePdf));
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
        assertThat(as(manager, () -> inspections.answerFile(campaign, section, answerFile.id()))
                        .getValue())
                .isEqualTo(evidencePdf);
        assertThat(years.ofFiscalYear(year).selfInspections())
                .anyMatch(
                        r -> r.inspectionId() == campaign && r.unitId() == section && r.unanswered() == r.questions());

        assertThat(jdbc.sql("select state from aud_engagement where id = :i")
                        .param("i", id)
                        .query(String.class)
                        .single())
                .isEqualTo("FINAL");
        assertThat(jdbc.sql("select count(*) from aud_checklist where engagement_id = :i and result = 'CONFORMS'")
                        .param("i", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(checklist.size());
        assertThat(jdbc.sql("select state || '/' || rollout from aud_action where finding_id = :f order by id")
                        .param("f", finding)
                        .query(String.class)
                        .list())
                .containsExactly("CLOSED/false", "WITHDRAWN/true");
        assertThat(jdbc.sql("select response from aud_engagement_unit where engagement_id = :i")
                        .param("i", id)
                        .query(String.class)
                        .single())
                .isEqualTo("対応します");
        assertThat(jdbc.sql("select octet_length(content) from aud_paper_file where id = :f")
                        .param("f", file.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(png.length);

        String api = mvc.perform(get("/api/v1/findings/" + finding).with(TestUsers.as(auditor)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(api).contains("見つかったこと", "\"rollout\":true");
        byte[] pdf = mvc.perform(get("/audits/" + id + "/report.pdf").with(TestUsers.as(manager)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        // the constraints: one action per finding and unit; a planned audit needs its plan
        assertThatThrownBy(() -> jdbc.sql("""
                                insert into aud_action (unit_id, finding_id, rollout, measure_id, title, plan, due_date,
                                    state, opened_at)
                                values (:u, :f, true, 'x', 't', '', :d, 'OPEN', :at)
                                """)
                        .param("u", other)
                        .param("f", finding)
                        .param("d", TestClock.today())
                        .param("at", TestClock.now())
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("""
                                insert into aud_engagement (plan_id, special, ordered_by, title, objective, contractors,
                                    start_date, end_date, state, created_by, created_at)
                                values (null, false, '', 't', 'o', '', :d, :d, 'PLANNING', 'x', :at)
                                """)
                        .param("d", TestClock.today())
                        .param("at", TestClock.now())
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
