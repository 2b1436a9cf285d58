package jp.mamori.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import jp.mamori.audit.AuditYearSummaries.FindingStatus;
import jp.mamori.audit.engagement.AuditPlan;
import jp.mamori.audit.engagement.AuditPlans;
import jp.mamori.audit.engagement.CheckResult;
import jp.mamori.audit.engagement.Engagement;
import jp.mamori.audit.engagement.Engagements;
import jp.mamori.audit.engagement.PlanKind;
import jp.mamori.audit.engagement.PlanState;
import jp.mamori.committee.Committee;
import jp.mamori.committee.CommitteeTestData;
import jp.mamori.committee.Decision;
import jp.mamori.committee.DecisionDraft;
import jp.mamori.committee.Decisions;
import jp.mamori.committee.Vote;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.Wareki;
import jp.mamori.testing.Html;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import jp.mamori.testing.Totp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What follows an audit's findings: they show on the audited unit's statement of applicability until
 * their action is closed or they are withdrawn; a finding is corrected before the final report and
 * withdrawn with its reason; the scope and team change with independence checked again; contractors
 * come from the supplier register; a plan is approved only with a fresh second factor (and, for the
 * committee, its decision); and the year's figures for the committee's report.
 */
@MamoriSpringTest
class AuditFollowUpTests extends AuditTestCase {
    @Autowired
    AuditYearSummaries years;

    @Autowired
    SelfInspections inspections;

    @Autowired
    Committee committee;

    @Autowired
    Decisions decisions;

    String sectionCode;
    long contractor;

    @BeforeEach
    void organisation() {
        organise("監査室", "福祉部", AuditFixtures.unique("福祉課"), AuditFixtures.unique("障害福祉課"));
        sectionCode = jdbc.sql("select code from org_unit where id = :u")
                .param("u", section)
                .query(String.class)
                .single();
        contractor = fx.contractor("架空データ株式会社");
    }

    String html(MockHttpServletRequestBuilder request) throws Exception {
        return Html.page(mvc, request);
    }

    long audited(String action, long subject) {
        return jdbc.sql("select count(*) from audit_entry where action = :a and subject_id = :s")
                .param("a", action)
                .param("s", Long.toString(subject))
                .query(Long.class)
                .single();
    }

    /**
     * An engagement of the approved annual plan for one unit, created by the director, run by the
     * auditor alone from today for that many days.
     */
    Engagement engagement(
            String title,
            String purpose,
            long unit,
            List<Long> contractors,
            Engagements.CriteriaSource criteria,
            String measures,
            int days) {
        long plan = approvedAnnualPlan();
        return as(
                director,
                () -> engagements.create(new Engagements.EngagementDraft(
                        plan,
                        false,
                        "",
                        title,
                        purpose,
                        List.of(unit),
                        List.of(),
                        contractors,
                        criteria,
                        measures,
                        TestClock.today(),
                        TestClock.today().plusDays(days),
                        List.of(auditor.personId()),
                        auditor.personId())));
    }

    /** An engagement of the section with its statement of applicability as criteria, in fieldwork. */
    Engagement inFieldwork() {
        Engagement e = engagement(
                "福祉課の情報セキュリティ監査",
                "適用宣言書のとおり実施しているか確かめる",
                section,
                List.of(contractor),
                Engagements.CriteriaSource.SOA,
                "",
                20);
        as(auditor, () -> engagements.start(e.id()));
        var items = as(auditor, () -> engagements.checklist(e.id()));
        as(
                auditor,
                () -> engagements.check(
                        e.id(),
                        items.stream()
                                .map(i -> new Engagements.Check(i.id(), CheckResult.CONFORMS, ""))
                                .toList()));
        return e;
    }

    String soaPage() throws Exception {
        return html(get("/soa/units/" + section).with(TestUsers.as(manager)));
    }

    @Test
    void findings_show_on_the_units_statement_until_their_action_is_closed_or_the_finding_withdrawn() throws Exception {
        int year = Wareki.fiscalYearOf(TestClock.today());
        var before = as(ciso, () -> years.ofFiscalYear(year));
        Engagement e = inFieldwork();
        long id = e.id();
        var criteria = as(auditor, () -> engagements.checklist(id));
        String first = criteria.get(0).measureId();
        String second = criteria.get(1).measureId();
        long kept = as(
                auditor,
                () -> engagements.addFinding(
                        id, new Engagements.FindingDraft(section, first, "台帳が古い", "見直しの手順がない", "要改善", "年1回見直す")));
        long dropped = as(
                auditor,
                () -> engagements.addFinding(
                        id, new Engagements.FindingDraft(section, second, "鍵の管理簿がない", "不明", "観察", "管理簿を作る")));
        // during fieldwork the unit's statement shows nothing yet
        assertThat(soaPage()).doesNotContain("監査指摘 F-" + kept);

        // corrected before the final report: the old wording stays in the finding's history
        as(
                auditor,
                () -> engagements.editFinding(
                        id, kept, new Engagements.FindingEdit(first, "台帳が 3 年更新されていない", "見直しの手順がない", "重大", "年1回見直す")));
        assertThat(as(auditor, () -> findings.history(kept))).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("EDITED");
            assertThat(c.before()).contains("重要度：要改善", "台帳が古い");
        });
        var badEdit = assertThatThrownBy(() -> as(
                        auditor,
                        () -> engagements.editFinding(
                                id, kept, new Engagements.FindingEdit(first, "", "原因", "中", "提言"))))
                .isInstanceOf(InvalidInputException.class)
                .actual();
        assertThat(text((InvalidInputException) badEdit)).contains("重大・要改善・観察", "入力してください");
        assertThatThrownBy(() -> as(
                        manager,
                        () -> engagements.editFinding(
                                id, kept, new Engagements.FindingEdit(first, "x", "y", "観察", "z"))))
                .isInstanceOf(NotAllowedException.class);

        as(auditor, () -> engagements.issueDraft(id));
        String page = soaPage();
        assertThat(page)
                .contains("監査指摘 F-" + kept + "（重大）", "href=\"/findings/" + kept + "\"")
                .contains("監査指摘 F-" + dropped + "（観察）");
        assertThat(html(get("/soa/units/" + section + "/measures/" + first).with(TestUsers.as(manager))))
                .contains("id=\"soa-concerns\"", "監査指摘 F-" + kept);
        String api = mvc.perform(get("/api/v1/soa").param("unit", sectionCode).with(TestUsers.as(manager)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(api)
                .contains("\"kind\":\"FINDING\",\"reference\":\"F-" + kept
                        + "\",\"detail\":\"重大\",\"path\":\"/findings/" + kept + "\"");
        byte[] xlsx = mvc.perform(get("/soa/export.xlsx")
                        .param("unit", Long.toString(section))
                        .with(TestUsers.as(manager)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(SelfInspectionTests.statusCell(xlsx, first)).contains("監査指摘 F-" + kept + "（重大）");

        as(manager, () -> engagements.respond(id, section, "見直します。"));
        assertThat(as(auditor, () -> engagements.finalise(id))).isEqualTo(2);
        var finalEdit = assertThatThrownBy(() -> as(
                        auditor,
                        () -> engagements.editFinding(
                                id, kept, new Engagements.FindingEdit(first, "x", "y", "観察", "z"))))
                .isInstanceOf(InvalidInputException.class)
                .actual();
        assertThat(text((InvalidInputException) finalEdit)).contains("最終報告後");

        // withdrawn after the final report: the finding stays, marked; its action ends as withdrawn
        CorrectiveAction droppedAction =
                as(auditor, () -> findings.actionsOf(dropped)).get(0);
        var noReason = assertThatThrownBy(() -> as(auditor, () -> engagements.withdrawFinding(id, dropped, " ")))
                .isInstanceOf(InvalidInputException.class)
                .actual();
        assertThat(text((InvalidInputException) noReason)).contains("入力してください");
        assertThatThrownBy(() -> as(manager, () -> engagements.withdrawFinding(id, dropped, "誤り")))
                .isInstanceOf(NotAllowedException.class);
        assertThat(as(auditor, () -> engagements.withdrawFinding(id, dropped, "管理簿は別の課が持っていた")))
                .isEqualTo(1);
        assertThat(as(auditor, () -> actions.action(droppedAction.id())).state())
                .isEqualTo(ActionState.WITHDRAWN);
        assertThat(as(auditor, () -> findings.finding(dropped)).withdrawReason())
                .isEqualTo("管理簿は別の課が持っていた");
        assertThatThrownBy(() -> as(auditor, () -> engagements.withdrawFinding(id, dropped, "もう一度")))
                .isInstanceOf(InvalidInputException.class);
        String findingPage = html(get("/findings/" + dropped).with(TestUsers.as(auditor)));
        assertThat(findingPage).contains("id=\"finding-withdrawn\"", "管理簿は別の課が持っていた", "id=\"finding-history\"");
        assertThat(soaPage()).doesNotContain("監査指摘 F-" + dropped).contains("監査指摘 F-" + kept);
        assertThat(audited("audit-finding.withdrawn", dropped)).isEqualTo(1);
        assertThat(audited("audit-finding.edited", kept)).isEqualTo(1);
        assertThat(audited("corrective-action.withdrawn", droppedAction.id())).isEqualTo(1);

        // the kept finding's action verified by the auditor: the statement is clear of it
        CorrectiveAction action = as(auditor, () -> findings.actionsOf(kept)).get(0);
        as(manager, () -> actions.plan(action.id(), "台帳を見直す", TestClock.today().plusDays(30)));
        as(manager, () -> actions.note(action.id(), "台帳を見直した"));
        as(manager, () -> actions.done(action.id()));
        as(auditor, () -> actions.verify(action.id()));
        assertThat(soaPage()).doesNotContain("監査指摘 F-" + kept);

        // the year's figures moved by exactly these two findings
        var after = as(ciso, () -> years.ofFiscalYear(year));
        assertThat(count(after, "重大", FindingStatus.CLOSED) - count(before, "重大", FindingStatus.CLOSED))
                .isEqualTo(1);
        assertThat(count(after, "観察", FindingStatus.WITHDRAWN) - count(before, "観察", FindingStatus.WITHDRAWN))
                .isEqualTo(1);
        assertThat(after.findingTotal() - before.findingTotal()).isEqualTo(1);
    }

    static long count(AuditYearSummaries.YearSummary summary, String severity, FindingStatus status) {
        return summary.findings().stream()
                .filter(c -> c.severity().equals(severity) && c.status() == status)
                .mapToLong(AuditYearSummaries.FindingCount::count)
                .sum();
    }

    @Test
    void the_year_summary_lists_overdue_actions_and_each_units_self_inspection() {
        int year = Wareki.fiscalYearOf(TestClock.today());
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into aud_action (unit_id, measure_id, title, plan, due_date, state, opened_at)
                        values (:u, '6.1.1', '6.1.1 パスワードの管理', '', :d, 'OPEN', :t)
                        """)
                .param("u", section)
                .param("d", TestClock.today().minusDays(1))
                .param("t", TestClock.now())
                .update(keys, "id");
        long overdue = keys.getKeyAs(Long.class);
        long campaign = as(
                ciso,
                () -> inspections.create(new SelfInspections.Draft(
                        "年度集計の点検", TestClock.today().plusDays(30), List.of(section, otherSection), "")));
        as(ciso, () -> inspections.open(campaign));
        long question = jdbc.sql("select min(id) from aud_question where inspection_id = :i and unit_id = :u")
                .param("i", campaign)
                .param("u", section)
                .query(Long.class)
                .single();
        as(
                manager,
                () -> inspections.answer(
                        campaign,
                        section,
                        List.of(new SelfInspections.Answer(
                                question, jp.mamori.control.ImplementationStatus.NOT_IMPLEMENTED, "未整備")),
                        "page"));

        var summary = years.ofFiscalYear(year);
        assertThat(summary.fiscalYear()).isEqualTo(year);
        assertThat(summary.overdueActions()).extracting(CorrectiveAction::id).contains(overdue);
        assertThat(summary.overdueActions())
                .allSatisfy(a -> assertThat(a.dueDate()).isBefore(TestClock.today()));
        var mine = summary.selfInspections().stream()
                .filter(r -> r.inspectionId() == campaign)
                .toList();
        assertThat(mine)
                .extracting(AuditYearSummaries.UnitResult::unitId)
                .containsExactlyInAnyOrder(section, otherSection);
        var sectionResult =
                mine.stream().filter(r -> r.unitId() == section).findFirst().orElseThrow();
        assertThat(sectionResult.questions()).isGreaterThan(1);
        assertThat(sectionResult.notImplemented()).isEqualTo(1);
        assertThat(sectionResult.unanswered()).isEqualTo(sectionResult.questions() - 1);
        assertThat(sectionResult.submitted()).isFalse();
        // another year knows nothing of them
        assertThat(years.ofFiscalYear(year - 5).overdueActions())
                .extracting(CorrectiveAction::id)
                .doesNotContain(overdue);
        assertThat(years.ofFiscalYear(year - 5).selfInspections()).noneMatch(r -> r.inspectionId() == campaign);
    }

    @Test
    void scope_and_team_change_with_independence_checked_again_and_the_reason_shown() throws Exception {
        Engagement e =
                engagement("障害福祉課の監査", "目的", otherSection, List.of(), Engagements.CriteriaSource.PICKED, "2.1.1", 10);
        long id = e.id();
        assertThat(html(get("/audits/" + id).with(TestUsers.as(director)))).contains("id=\"change-link\"");
        assertThat(html(get("/audits/" + id).with(TestUsers.as(auditor)))).doesNotContain("id=\"change-link\"");

        // adding the section to the scope while its own member is on the team is refused, with the reason
        var refused = assertThatThrownBy(() -> as(
                        director,
                        () -> engagements.change(
                                id,
                                new Engagements.ScopeChange(
                                        List.of(otherSection, section),
                                        List.of(),
                                        List.of(contractor),
                                        List.of(auditor.personId(), insider.personId()),
                                        auditor.personId(),
                                        "福祉課も対象にする"))))
                .isInstanceOf(InvalidInputException.class)
                .actual();
        assertThat(text((InvalidInputException) refused)).contains("内部　五郎", "所属", "職務の分離");
        assertThat(as(director, () -> engagements.team(id))).hasSize(1);
        String form = html(post("/audits/" + id + "/change")
                .param("unitIds", Long.toString(otherSection), Long.toString(section))
                .param("team", Long.toString(auditor.personId()), Long.toString(insider.personId()))
                .param("lead", Long.toString(auditor.personId()))
                .param("reason", "福祉課も対象にする")
                .with(csrf())
                .with(TestUsers.as(director)));
        assertThat(form).contains("id=\"change-problems\"", "内部　五郎", "職務の分離");
        assertThatThrownBy(() -> as(
                        auditor,
                        () -> engagements.change(
                                id,
                                new Engagements.ScopeChange(
                                        List.of(otherSection),
                                        List.of(),
                                        List.of(),
                                        List.of(auditor.personId()),
                                        auditor.personId(),
                                        "理由"))))
                .isInstanceOf(NotAllowedException.class);
        var noReason = assertThatThrownBy(() -> as(
                        director,
                        () -> engagements.change(
                                id,
                                new Engagements.ScopeChange(
                                        List.of(otherSection, section),
                                        List.of(),
                                        List.of(),
                                        List.of(auditor.personId()),
                                        auditor.personId(),
                                        ""))))
                .isInstanceOf(InvalidInputException.class)
                .actual();
        assertThat(text((InvalidInputException) noReason)).contains("入力してください");

        // an independent team: the section and a contractor of the register join the scope
        mvc.perform(post("/audits/" + id + "/change")
                        .param("unitIds", Long.toString(otherSection), Long.toString(section))
                        .param("contractorIds", Long.toString(contractor))
                        .param("team", Long.toString(auditor.personId()))
                        .param("lead", Long.toString(auditor.personId()))
                        .param("reason", "福祉課も対象にする")
                        .with(csrf())
                        .with(TestUsers.as(director)))
                .andExpect(status().is3xxRedirection());
        assertThat(as(director, () -> engagements.units(id)))
                .extracting(u -> u.unitId())
                .containsExactlyInAnyOrder(otherSection, section);
        assertThat(as(director, () -> engagements.contractors(id)))
                .extracting(c -> c.id())
                .containsExactly(contractor);
        String page = html(get("/audits/" + id).with(TestUsers.as(director)));
        assertThat(page)
                .contains("id=\"engagement-changes\"", "理由：福祉課も対象にする")
                .contains("href=\"/contractors/" + contractor + "\"", "架空データ株式会社");
        assertThat(audited("audit.changed", id)).isEqualTo(1);
        String apiAudit = mvc.perform(get("/api/v1/audits/" + id).with(TestUsers.as(director)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(apiAudit).contains("\"contractors\":[{\"id\":" + contractor);

        // a contractor the register does not know is refused
        var unknown = assertThatThrownBy(() -> as(
                        director,
                        () -> engagements.change(
                                id,
                                new Engagements.ScopeChange(
                                        List.of(otherSection, section),
                                        List.of(),
                                        List.of(-5L),
                                        List.of(auditor.personId()),
                                        auditor.personId(),
                                        "委託先を変える"))))
                .isInstanceOf(InvalidInputException.class)
                .actual();
        assertThat(text((InvalidInputException) unknown)).contains("委託先台帳にない");
    }

    @Test
    void a_plan_is_approved_only_with_a_fresh_code_and_for_the_committee_with_its_carried_decision() throws Exception {
        int year = Wareki.fiscalYearOf(TestClock.today());
        AuditPlan medium = as(
                director,
                () -> plans.create(new AuditPlans.PlanDraft(PlanKind.MEDIUM_TERM, "中期", year, year + 1, null, "内容")));
        as(director, () -> plans.submit(medium.id()));
        assertThat(html(get("/audits/plans/" + medium.id()).with(TestUsers.as(ciso))))
                .contains("id=\"approve-confirmation\"");

        // a wrong code (and no code) approves nothing
        for (String code : new String[] {"000000", ""}) {
            Object problems = mvc.perform(post("/audits/plans/" + medium.id() + "/approve")
                            .param("confirmation", code)
                            .with(csrf())
                            .with(TestUsers.as(ciso)))
                    .andExpect(status().is3xxRedirection())
                    .andReturn()
                    .getFlashMap()
                    .get("problems");
            assertThat(problems).isNotNull();
        }
        assertThat(as(ciso, () -> plans.plan(medium.id())).state()).isEqualTo(PlanState.SUBMITTED);
        assertThat(audited("audit-plan.approved", medium.id())).isZero();
        mvc.perform(post("/audits/plans/" + medium.id() + "/approve")
                        .param("confirmation", Totp.code(Totp.SECRET, 0))
                        .with(csrf())
                        .with(TestUsers.as(ciso)))
                .andExpect(status().is3xxRedirection());
        assertThat(as(ciso, () -> plans.plan(medium.id())).state()).isEqualTo(PlanState.APPROVED);
        assertThat(audited("audit-plan.approved", medium.id())).isEqualTo(1);

        // where the committee approves: a member confirms with the committee's carried decision about it
        CommitteeTestData board = new CommitteeTestData(jdbc, committee);
        try {
            AuditPlan annual = as(
                    director,
                    () -> plans.create(
                            new AuditPlans.PlanDraft(PlanKind.ANNUAL, "委員会承認の年度計画", year, year, medium.id(), "内容")));
            jdbc.sql("update aud_plan set approver = 'COMMITTEE' where id = :id")
                    .param("id", annual.id())
                    .update();
            as(director, () -> plans.submit(annual.id()));
            assertThat(as(board.secretary, () -> decisions.awaitingMatters()))
                    .anyMatch(m -> m.kind().equals("audit-plan") && m.id() == annual.id());
            var none = assertThatThrownBy(() ->
                            as(board.member, () -> plans.approve(annual.id(), null, CommitteeTestData.code(0), null)))
                    .isInstanceOf(InvalidInputException.class)
                    .actual();
            assertThat(text((InvalidInputException) none)).contains("議決を選んで");
            Map<Long, Vote> allFor = new java.util.HashMap<>();
            allFor.put(board.chairId, Vote.FOR);
            board.memberIds.forEach(m -> allFor.put(m, Vote.FOR));
            Decision other = as(
                    board.secretary,
                    () -> decisions.recordInWriting(
                            new DecisionDraft("別の議案", "承認する。", null, allFor),
                            TestClock.today(),
                            CommitteeTestData.code(-1),
                            null));
            var wrongDecision = assertThatThrownBy(() -> as(
                            board.member,
                            () -> plans.approve(annual.id(), other.id(), CommitteeTestData.code(0), null)))
                    .isInstanceOf(InvalidInputException.class)
                    .actual();
            assertThat(text((InvalidInputException) wrongDecision)).contains("可決された議決ではない");
            Decision carried = as(
                    board.secretary,
                    () -> decisions.recordInWriting(
                            new DecisionDraft("年度監査計画の承認", "承認する。", "audit-plan:" + annual.id(), allFor),
                            TestClock.today(),
                            CommitteeTestData.code(0),
                            null));
            assertThat(as(board.member, () -> plans.usableDecisions(plans.plan(annual.id()))))
                    .extracting(Decision::id)
                    .containsExactly(carried.id());
            assertThatThrownBy(() -> as(board.member, () -> plans.approve(annual.id(), carried.id(), "123456", null)))
                    .isInstanceOf(InvalidInputException.class);
            assertThat(as(ciso, () -> plans.plan(annual.id())).state()).isEqualTo(PlanState.SUBMITTED);
            assertThat(as(board.member, () -> decisions.approvals(carried.id())))
                    .isEmpty();
            as(board.member, () -> plans.approve(annual.id(), carried.id(), CommitteeTestData.code(0), null));
            // linked both ways: the decision lists the plan it approved
            assertThat(as(board.member, () -> decisions.approvals(carried.id())))
                    .extracting(a -> a.matter().kind() + ":" + a.matter().id())
                    .containsExactly(AuditPlan.MATTER_KIND + ":" + annual.id());
            AuditPlan approved = as(ciso, () -> plans.plan(annual.id()));
            assertThat(approved.state()).isEqualTo(PlanState.APPROVED);
            assertThat(approved.decisionId()).isEqualTo(carried.id());
            assertThat(html(get("/audits/plans/" + annual.id()).with(TestUsers.as(ciso))))
                    .contains("id=\"plan-decision\"", "href=\"/committee/decisions/" + carried.id() + "\"");
        } finally {
            board.dissolve();
        }
    }
}
