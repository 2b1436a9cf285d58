package jp.mamori.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.mamori.audit.engagement.AuditPlan;
import jp.mamori.audit.engagement.AuditPlans;
import jp.mamori.audit.engagement.AuditReportPdf;
import jp.mamori.audit.engagement.CheckResult;
import jp.mamori.audit.engagement.Engagement;
import jp.mamori.audit.engagement.EngagementState;
import jp.mamori.audit.engagement.Engagements;
import jp.mamori.audit.engagement.PlanKind;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.Role;
import jp.mamori.shared.Wareki;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import jp.mamori.testing.Totp;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An audit from the medium-term plan to a verified corrective action, with the independence rules,
 * hostile evidence files, the report, the 横展開, the API and the Excel exports.
 */
@MamoriSpringTest
class AuditEngagementTests extends AuditTestCase {
    @Autowired
    AuditReportPdf pdf;

    long auditorPerson;
    CurrentUser departmentHead;

    @BeforeEach
    void organisation() {
        organise("監査事務局", "健康福祉部", "保険年金課", "介護保険課");
        auditorPerson = auditor.personId();
        long head = fx.person("部長　六郎", auditOffice);
        fx.grant(head, Role.AUDITOR, null);
        fx.grant(head, Role.SECURITY_OFFICER, department);
        departmentHead = AuditFixtures.user(head, auditOffice, Role.AUDITOR, null, Role.SECURITY_OFFICER, department);
    }

    @Override
    long approvedAnnualPlan() {
        AuditPlan medium = submittedMediumTermPlan();
        // the author cannot approve; the director is no CISO anyway
        assertThatThrownBy(() -> as(director, () -> plans.approve(medium.id(), null, Totp.code(Totp.SECRET, -1), null)))
                .isInstanceOf(NotAllowedException.class);
        return approvedAnnualPlan(medium);
    }

    Engagements.EngagementDraft draft(long plan, List<Long> team, long lead) {
        return new Engagements.EngagementDraft(
                plan,
                false,
                "",
                "保険年金課の情報セキュリティ監査",
                "アクセス管理と教育の実施状況を確かめる",
                List.of(section),
                List.of(),
                List.of(fx.contractor("架空システム株式会社")),
                Engagements.CriteriaSource.PICKED,
                "2.1.1, 6.1.1",
                TestClock.today(),
                TestClock.today().plusDays(20),
                team,
                lead);
    }

    @Test
    void an_auditor_of_the_unit_or_its_manager_is_refused_with_the_reason() {
        long plan = approvedAnnualPlan();
        var own = assertThatThrownBy(() -> as(
                        director,
                        () -> engagements.create(draft(plan, List.of(insider.personId()), insider.personId()))))
                .isInstanceOf(InvalidInputException.class)
                .actual();
        assertThat(text((InvalidInputException) own)).contains("内部　五郎", "保険年金課", "所属", "職務の分離");
        var manages = assertThatThrownBy(() -> as(
                        director,
                        () -> engagements.create(
                                draft(plan, List.of(departmentHead.personId()), departmentHead.personId()))))
                .isInstanceOf(InvalidInputException.class)
                .actual();
        assertThat(text((InvalidInputException) manages)).contains("部長　六郎", "情報セキュリティ責任者", "管理");
        var notAuditor = assertThatThrownBy(() -> as(
                        director,
                        () -> engagements.create(draft(plan, List.of(manager.personId()), manager.personId()))))
                .isInstanceOf(InvalidInputException.class)
                .actual();
        assertThat(text((InvalidInputException) notAuditor)).contains("監査人");
        // an auditor cannot create engagements; the director can with an independent team
        assertThatThrownBy(() ->
                        as(auditor, () -> engagements.create(draft(plan, List.of(auditorPerson), auditorPerson))))
                .isInstanceOf(NotAllowedException.class);
        Engagement ok = as(director, () -> engagements.create(draft(plan, List.of(auditorPerson), auditorPerson)));
        assertThat(ok.state()).isEqualTo(EngagementState.PLANNING);
    }

    @Test
    void an_audit_goes_from_the_annual_plan_to_a_corrective_action_verified_by_the_auditor() throws Exception {
        long plan = approvedAnnualPlan();
        Engagement e = as(director, () -> engagements.create(draft(plan, List.of(auditorPerson), auditorPerson)));
        long id = e.id();
        assertThat(as(auditor, () -> engagements.checklist(id)))
                .extracting(i -> i.measureId())
                .containsExactly("2.1.1", "6.1.1");
        as(auditor, () -> engagements.start(id));

        var items = as(auditor, () -> engagements.checklist(id));
        var noNote = assertThatThrownBy(() -> as(
                        auditor,
                        () -> engagements.check(
                                id, List.of(new Engagements.Check(items.get(0).id(), CheckResult.DEVIATES, "")))))
                .isInstanceOf(InvalidInputException.class)
                .actual();
        assertThat(text((InvalidInputException) noNote)).contains("2.1.1", "所見");
        assertThat(as(
                        auditor,
                        () -> engagements.check(
                                id,
                                List.of(
                                        new Engagements.Check(items.get(0).id(), CheckResult.DEVIATES, "管理簿がない"),
                                        new Engagements.Check(items.get(1).id(), CheckResult.CONFORMS, "")))))
                .isEqualTo(2);

        long paper = as(auditor, () -> engagements.addPaper(id, "INTERVIEW", "2.1.1", "課長への聞き取り", "課長", "台帳は作っていない"));
        byte[] evidence = "%PDF-1.7\n台帳の写し\n".getBytes(StandardCharsets.UTF_8);
        var file = as(auditor, () -> {
            try {
                return engagements.addFile(id, paper, "../台帳.pdf", evidence.length, new ByteArrayInputStream(evidence));
            } catch (java.io.IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }
        });
        assertThat(file.fileName()).isEqualTo("台帳.pdf");
        assertThat(file.sha256())
                .isEqualTo(java.util.HexFormat.of()
                        .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(evidence)));
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> as(auditor, () -> {
                    try {
                        return engagements.addFile(id, paper, "x.pdf", html.length, new ByteArrayInputStream(html));
                    } catch (java.io.IOException ex) {
                        throw new java.io.UncheckedIOException(ex);
                    }
                }))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(auditor, () -> {
                    try {
                        return engagements.addFile(
                                id, paper, "again.pdf", evidence.length, new ByteArrayInputStream(evidence));
                    } catch (java.io.IOException ex) {
                        throw new java.io.UncheckedIOException(ex);
                    }
                }))
                .isInstanceOf(InvalidInputException.class);

        var badSeverity = assertThatThrownBy(() -> as(
                        auditor,
                        () -> engagements.addFinding(
                                id, new Engagements.FindingDraft(section, "2.1.1", "台帳がない", "手順がない", "中", "作る"))))
                .isInstanceOf(InvalidInputException.class)
                .actual();
        assertThat(text((InvalidInputException) badSeverity)).contains("重大・要改善・観察");
        long finding = as(
                auditor,
                () -> engagements.addFinding(
                        id,
                        new Engagements.FindingDraft(
                                section, "2.1.1", "情報資産の台帳がない", "作成の手順が定まっていない", "要改善", "台帳を作り年1回見直す")));

        // the unit cannot see the working papers nor respond before the draft; the draft needs the lead
        assertThatThrownBy(() -> as(manager, () -> engagements.engagement(id))).isInstanceOf(NotAllowedException.class);
        as(auditor, () -> engagements.issueDraft(id));
        assertThat(as(manager, () -> engagements.papers(id))).isEmpty();
        assertThat(as(manager, () -> engagements.findings(id))).hasSize(1);
        byte[] draftPdf = as(manager, () -> pdf.render(id));
        assertThat(new String(draftPdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThatThrownBy(() -> as(auditor, () -> engagements.finalise(id))).isInstanceOf(InvalidInputException.class);
        as(manager, () -> engagements.respond(id, section, "台帳を年度内に作成します。"));
        assertThat(as(auditor, () -> engagements.finalise(id))).isEqualTo(1);

        CorrectiveAction action = as(auditor, () -> findings.actionsOf(finding)).get(0);
        assertThat(action.unitId()).isEqualTo(section);
        assertThat(action.engagementId()).isEqualTo(id);
        assertThat(action.dueDate()).isEqualTo(TestClock.today().plusDays(90));
        as(
                manager,
                () -> actions.plan(
                        action.id(), "台帳の様式を定め、課内で作成する", TestClock.today().plusDays(30)));
        as(manager, () -> actions.note(action.id(), "台帳を作成した"));
        as(manager, () -> actions.done(action.id()));
        // a finding's action is verified by the audit's team, not by the CISO
        assertThat(as(ciso, () -> actions.mayVerify(actions.action(action.id()))))
                .isFalse();
        assertThatThrownBy(() -> as(ciso, () -> actions.verify(action.id()))).isInstanceOf(NotAllowedException.class);
        as(auditor, () -> actions.verify(action.id()));
        assertThat(as(auditor, () -> actions.action(action.id())).state()).isEqualTo(ActionState.CLOSED);

        // 横展開 by the CISO: the other section gets its own action
        assertThatThrownBy(() -> as(auditor, () -> findings.rollOut(finding, List.of(otherSection))))
                .isInstanceOf(NotAllowedException.class);
        assertThat(as(ciso, () -> findings.rollOut(finding, List.of(otherSection))))
                .isEqualTo(1);
        assertThatThrownBy(() -> as(ciso, () -> findings.rollOut(finding, List.of(otherSection))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(as(ciso, () -> findings.actionsOf(finding)))
                .extracting(CorrectiveAction::unitId, CorrectiveAction::rollout)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(section, false),
                        org.assertj.core.groups.Tuple.tuple(otherSection, true));

        // the API and the exports
        String api = mvc.perform(get("/api/v1/findings").with(TestUsers.as(manager)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(api).contains("\"id\":" + finding, "情報資産の台帳がない");
        String audit = mvc.perform(get("/api/v1/audits/" + id).with(TestUsers.as(auditor)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(audit).contains("\"state\":\"FINAL\"", "\"measureId\":\"6.1.1\"", "\"result\":\"CONFORMS\"");
        mvc.perform(get("/api/v1/audits/" + id).with(TestUsers.staff())).andExpect(status().isForbidden());
        assertThat(mvc.perform(get("/api/v1/audits").with(TestUsers.as(auditor)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("\"total\":", "保険年金課の情報セキュリティ監査");
        byte[] xlsx = mvc.perform(get("/findings/export.xlsx").with(TestUsers.as(auditor)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("番号");
            boolean listed = false;
            for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                listed |= sheet.getRow(r).getCell(0).getStringCellValue().equals("F-" + finding);
            }
            assertThat(listed).isTrue();
        }
        byte[] actionsXlsx = mvc.perform(get("/corrective-actions/export.xlsx").with(TestUsers.as(manager)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(actionsXlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo(action.number());
            assertThat(sheet.getRow(3).getCell(2).getStringCellValue()).isEqualTo("監査指摘");
            assertThat(sheet.getRow(3).getCell(8).getStringCellValue()).isEqualTo("完了");
        }

        assertThat(jdbc.sql(
                                "select action from audit_entry where subject_type = 'audit' and subject_id = :i order by seq")
                        .param("i", Long.toString(id))
                        .query(String.class)
                        .list())
                .containsExactly(
                        "audit.created",
                        "audit.started",
                        "audit.checked",
                        "audit.paper-added",
                        "audit.evidence-added",
                        "audit.draft-issued",
                        "audit.responded",
                        "audit.finalised");
        assertThat(jdbc.sql(
                                "select action from audit_entry where subject_type = 'audit-finding' and subject_id = :i order by seq")
                        .param("i", Long.toString(finding))
                        .query(String.class)
                        .list())
                .containsExactly("audit-finding.recorded", "audit-finding.rolled-out");
    }

    @Test
    void plans_need_an_approved_parent_and_the_configured_approver() {
        int year = Wareki.fiscalYearOf(TestClock.today());
        AuditPlan medium = as(
                director,
                () -> plans.create(new AuditPlans.PlanDraft(PlanKind.MEDIUM_TERM, "中期", year, year + 1, null, "内容")));
        var early = assertThatThrownBy(() -> as(
                        director,
                        () -> plans.create(
                                new AuditPlans.PlanDraft(PlanKind.ANNUAL, "年度", year, year, medium.id(), "内容"))))
                .isInstanceOf(InvalidInputException.class)
                .actual();
        assertThat(text((InvalidInputException) early)).contains("承認済み");
        as(director, () -> plans.submit(medium.id()));
        CurrentUser committee = fx.holder("委員　七郎", auditOffice, Role.COMMITTEE_MEMBER, null);
        assertThatThrownBy(() -> as(committee, () -> plans.approve(medium.id(), null, Totp.code(Totp.SECRET, 0), null)))
                .isInstanceOf(NotAllowedException.class);
        as(ciso, () -> plans.approve(medium.id(), null, Totp.code(Totp.SECRET, 0), null));
        var outside = assertThatThrownBy(() -> as(
                        director,
                        () -> plans.create(new AuditPlans.PlanDraft(
                                PlanKind.ANNUAL, "年度", year + 3, year + 3, medium.id(), "内容"))))
                .isInstanceOf(InvalidInputException.class)
                .actual();
        assertThat(text((InvalidInputException) outside)).contains("中期監査計画の期間");
    }
}
