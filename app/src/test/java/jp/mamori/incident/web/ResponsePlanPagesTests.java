package jp.mamori.incident.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.mamori.incident.IncidentStep;
import jp.mamori.incident.PlanApprovals;
import jp.mamori.incident.PlanStep;
import jp.mamori.incident.ResponsePlan;
import jp.mamori.incident.ResponsePlanStore;
import jp.mamori.incident.ResponsePlanVersion;
import jp.mamori.incident.Severity;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestUsers;
import jp.mamori.testing.Totp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The emergency response plan page: staff read it, only body-wide managers change it, every save is
 * a new version in the history and the audit trail. The plan is shared by every test in the JVM, so
 * each test here puts the default plan back afterwards.
 */
@MamoriSpringTest
class ResponsePlanPagesTests {
    static final CurrentUser CISO =
            TestUsers.user("test-ciso", new RoleGrant(Role.STAFF, 1L), new RoleGrant(Role.CISO, null));

    @Autowired
    MockMvc mvc;

    @Autowired
    ResponsePlanStore plans;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void putTheDefaultPlanBack() {
        plans.pendingDraft().ifPresent(draft -> PlanApprovals.giveBack(jdbc, plans, draft.version(), "テスト後の片付け"));
        if (!plans.current().equals(plans.defaults())) {
            int newest = plans.latest().map(ResponsePlanVersion::version).orElse(0);
            inForce(plans.defaults(), newest, "テスト後に既定の計画へ戻す");
        }
    }

    /** Saves a draft as the CISO {@code test-ciso} and has another CISO approve it. */
    ResponsePlanVersion inForce(ResponsePlan plan, int basedOn, String note) {
        return PlanApprovals.inForce(jdbc, plans, CISO, plan, basedOn, note);
    }

    String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void a_staff_member_reads_the_steps_the_escalation_stages_and_the_preliminary_report_days() throws Exception {
        String page = html(get("/incidents/plan").with(TestUsers.staff()));

        assertThat(page)
                .contains("緊急時対応計画")
                .contains("初動（報告時）")
                .contains("被害の拡大を防ぐ初動の措置をとった")
                .contains("data-key=\"contain-evidence\"")
                .contains("情報セキュリティ管理者")
                .contains("報告者の所属（及びその上位の部署）")
                .contains("重大度3以上（トリアージ後）")
                .contains("発覚日を1日目として3日目まで")
                .contains("個人情報保護委員会: 漏えい等報告の窓口")
                .doesNotContain("計画を編集");
    }

    @Test
    void a_staff_member_may_neither_open_the_form_nor_save_a_plan() throws Exception {
        mvc.perform(get("/incidents/plan/edit").with(TestUsers.staff()).accept(MediaType.TEXT_HTML))
                .andExpect(status().isForbidden());
        int before = plans.history().size();

        PlanForm form = PlanForm.of(plans.current(), newest());
        form.setNote("職員による変更");
        form.setCisoFrom(1);
        mvc.perform(withForm(post("/incidents/plan"), form)
                        .with(csrf())
                        .with(TestUsers.staff())
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isForbidden());

        assertThat(plans.history()).hasSize(before);
        assertThat(plans.current().cisoFrom()).isEqualTo(Severity.of(3));
    }

    @Test
    void the_ciso_saves_a_new_version_and_the_previous_one_stays_in_the_history() throws Exception {
        assertThat(html(get("/incidents/plan/edit").with(TestUsers.ciso()))).contains("新しい版として保存");
        int before = newest();
        long audited = auditEntries();
        PlanForm form = PlanForm.of(plans.current(), before);
        PlanForm.Row added = form.getSteps().get(plans.current().steps().size());
        added.setPhase(IncidentStep.CONTAIN);
        added.setTitle("委託先の保守窓口へ連絡した");
        form.setCisoFrom(2);
        form.setPreliminaryReportDays(2);
        form.setNote("年度当初の見直し");

        mvc.perform(withForm(post("/incidents/plan"), form)
                        .with(csrf())
                        .with(TestUsers.ciso())
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/incidents/plan"));

        // a draft: the plan in force has not changed until the CISO's 決裁
        ResponsePlanVersion draft = plans.pendingDraft().orElseThrow();
        assertThat(plans.current().cisoFrom()).isEqualTo(Severity.of(3));
        assertThat(html(get("/incidents/plan").with(TestUsers.ciso())))
                .contains("id=\"plan-draft\"", "id=\"plan-decision-form\"")
                .doesNotContain("id=\"edit-plan\"");
        assertThat(html(get("/incidents/plan").with(TestUsers.staff()))).doesNotContain("id=\"plan-decision-form\"");
        mvc.perform(post("/incidents/plan/versions/{v}/decision", draft.version())
                        .param("decision", "approve")
                        .with(csrf())
                        .with(TestUsers.staff()))
                .andExpect(status().isForbidden());
        // another CISO decides, with a fresh code of the authenticator app
        CurrentUser approver = PlanApprovals.freshCiso(jdbc);
        mvc.perform(post("/incidents/plan/versions/{v}/decision", draft.version())
                        .param("decision", "approve")
                        .param("confirmation", Totp.code(Totp.SECRET, 0))
                        .with(csrf())
                        .with(TestUsers.as(approver)))
                .andExpect(status().isFound());

        ResponsePlanVersion saved = plans.latest().orElseThrow();
        assertThat(saved.version()).isEqualTo(draft.version());
        assertThat(saved.status()).isEqualTo(ResponsePlanVersion.Status.IN_FORCE);
        assertThat(saved.decidedBy()).isEqualTo(approver.login());
        assertThat(saved.changedBy()).isEqualTo("test-ciso");
        assertThat(saved.note()).isEqualTo("年度当初の見直し");
        assertThat(plans.current().cisoFrom()).isEqualTo(Severity.of(2));
        assertThat(plans.current().preliminaryReportDays()).isEqualTo(2);
        assertThat(plans.current().steps()).extracting(PlanStep::title).contains("委託先の保守窓口へ連絡した");
        assertThat(auditEntries()).isEqualTo(audited + 1);

        String page = html(get("/incidents/plan").with(TestUsers.staff()));
        assertThat(page)
                .contains("重大度2以上（トリアージ後）")
                .contains("発覚日を1日目として2日目まで")
                .contains("委託先の保守窓口へ連絡した")
                .contains("年度当初の見直し")
                .contains("第" + saved.version() + "版");
        assertThat(html(get("/incidents/plan/versions/{v}", saved.version()).with(TestUsers.staff())))
                .contains("委託先の保守窓口へ連絡した")
                .doesNotContain("この版は現在の計画ではありません");

        TestUsers.runAs(CISO, () -> inForce(plans.defaults(), saved.version(), "元に戻す"));

        assertThat(html(get("/incidents/plan/versions/{v}", saved.version()).with(TestUsers.staff())))
                .contains("この版は現在の計画ではありません")
                .contains("委託先の保守窓口へ連絡した");
        assertThat(html(get("/incidents/plan").with(TestUsers.staff())))
                .doesNotContain("委託先の保守窓口へ連絡した")
                .contains("年度当初の見直し")
                .contains("元に戻す");
    }

    @Test
    void a_save_based_on_an_older_version_is_refused_so_nobody_overwrites_a_change_unseen() throws Exception {
        int newest = newest();
        TestUsers.runAs(
                CISO,
                () -> inForce(
                        new ResponsePlan(plans.current().steps(), Severity.of(4), 3, "CSIRT窓口: 事務局"),
                        newest,
                        "別の画面からの変更"));

        PlanForm stale = PlanForm.of(plans.current(), newest);
        stale.setNote("古い画面からの変更");
        String page = html(withForm(post("/incidents/plan"), stale).with(csrf()).with(TestUsers.ciso()));

        assertThat(page)
                .contains("編集している間に他の人が計画を保存しました（現在は第"
                        + plans.latest().orElseThrow().version() + "版）");
        assertThat(plans.latest().orElseThrow().note()).isEqualTo("別の画面からの変更");
    }

    @Test
    void a_save_without_a_reason_names_the_reason_field() throws Exception {
        PlanForm form = PlanForm.of(plans.current(), newest());
        form.setCisoFrom(4);
        String page = html(withForm(post("/incidents/plan"), form).with(csrf()).with(TestUsers.ciso()));
        assertThat(page).contains("変更の理由を入力してください。");
        assertThat(plans.current().cisoFrom()).isEqualTo(Severity.of(3));
    }

    @Test
    void a_returned_draft_never_comes_into_force_and_a_return_needs_a_reason() throws Exception {
        var saved = new java.util.concurrent.atomic.AtomicReference<ResponsePlanVersion>();
        int basedOn = newest();
        TestUsers.runAs(
                CISO,
                () -> saved.set(plans.revise(
                        new ResponsePlan(plans.current().steps(), Severity.of(1), 3, "CSIRT窓口"), basedOn, "全件をCISOへ")));
        ResponsePlanVersion draft = saved.get();
        CurrentUser other = PlanApprovals.freshCiso(jdbc);
        mvc.perform(post("/incidents/plan/versions/{v}/decision", draft.version())
                        .param("decision", "return")
                        .param("confirmation", Totp.code(Totp.SECRET, 0))
                        .with(csrf())
                        .with(TestUsers.as(other)))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("alert", "incident.plan.error.returnNoteRequired"));
        assertThat(plans.pendingDraft()).isPresent();
        mvc.perform(post("/incidents/plan/versions/{v}/decision", draft.version())
                        .param("decision", "return")
                        .param("note", "対象が広すぎる")
                        .param("confirmation", Totp.code(Totp.SECRET, 0))
                        .with(csrf())
                        .with(TestUsers.as(other)))
                .andExpect(status().isFound());
        assertThat(plans.pendingDraft()).isEmpty();
        assertThat(plans.current().cisoFrom()).isEqualTo(Severity.of(3));
        assertThat(plans.version(draft.version()).orElseThrow().status())
                .isEqualTo(ResponsePlanVersion.Status.RETURNED);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'incident-response-plan.decided'"
                                + " and subject_id = :v")
                        .param("v", Integer.toString(draft.version()))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(html(get("/incidents/plan").with(TestUsers.staff()))).contains("差戻し", "対象が広すぎる");
    }

    @Test
    void the_ciso_may_not_approve_a_draft_they_saved_themselves_and_the_page_says_why() throws Exception {
        var saved = new java.util.concurrent.atomic.AtomicReference<ResponsePlanVersion>();
        int basedOn = newest();
        TestUsers.runAs(
                CISO,
                () -> saved.set(plans.revise(
                        new ResponsePlan(plans.current().steps(), Severity.of(2), 3, "CSIRT窓口"), basedOn, "自分で起案")));
        ResponsePlanVersion draft = saved.get();

        String page = html(get("/incidents/plan").with(TestUsers.ciso()));
        assertThat(page)
                .contains("id=\"own-draft\"", "あなたが作成したため", "職務の分離")
                .contains("id=\"plan-decision-form\"")
                .doesNotContain("id=\"plan-approve\"");
        mvc.perform(post("/incidents/plan/versions/{v}/decision", draft.version())
                        .param("decision", "approve")
                        .param("confirmation", "123456")
                        .with(csrf())
                        .with(TestUsers.ciso()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("alert", "incident.plan.error.ownDraft"));

        assertThat(plans.pendingDraft()).map(ResponsePlanVersion::version).contains(draft.version());
        assertThat(plans.current().cisoFrom()).isEqualTo(Severity.of(3));
        assertThat(decisions(draft.version())).isZero();
        // another CISO sees the approve button
        CurrentUser other = PlanApprovals.freshCiso(jdbc);
        assertThat(html(get("/incidents/plan").with(TestUsers.as(other))))
                .contains("id=\"plan-approve\"")
                .doesNotContain("id=\"own-draft\"");
    }

    @Test
    void a_wrong_or_missing_code_approves_nothing_and_the_failure_is_audited() throws Exception {
        var saved = new java.util.concurrent.atomic.AtomicReference<ResponsePlanVersion>();
        int basedOn = newest();
        TestUsers.runAs(
                CISO,
                () -> saved.set(plans.revise(
                        new ResponsePlan(plans.current().steps(), Severity.of(2), 3, "CSIRT窓口"), basedOn, "重大度2から")));
        ResponsePlanVersion draft = saved.get();
        CurrentUser approver = PlanApprovals.freshCiso(jdbc);
        long failures = jdbc.sql("select count(*) from audit_entry where action = 'reauthentication.failed'"
                        + " and actor = :login")
                .param("login", approver.login())
                .query(Long.class)
                .single();

        mvc.perform(post("/incidents/plan/versions/{v}/decision", draft.version())
                        .param("decision", "approve")
                        .with(csrf())
                        .with(TestUsers.as(approver)))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("alert", "reauth.secondFactor.required"));
        String wrong = Totp.code(Totp.SECRET, 0).equals("000000") ? "111111" : "000000";
        mvc.perform(post("/incidents/plan/versions/{v}/decision", draft.version())
                        .param("decision", "approve")
                        .param("confirmation", wrong)
                        .with(csrf())
                        .with(TestUsers.as(approver)))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("alert", "reauth.secondFactor.wrong"));

        assertThat(plans.pendingDraft()).map(ResponsePlanVersion::version).contains(draft.version());
        assertThat(plans.version(draft.version()).orElseThrow().status()).isEqualTo(ResponsePlanVersion.Status.DRAFT);
        assertThat(plans.current().cisoFrom()).isEqualTo(Severity.of(3));
        assertThat(decisions(draft.version())).isZero();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'reauthentication.failed'"
                                + " and actor = :login")
                        .param("login", approver.login())
                        .query(Long.class)
                        .single())
                .isEqualTo(failures + 1);

        mvc.perform(post("/incidents/plan/versions/{v}/decision", draft.version())
                        .param("decision", "approve")
                        .param("confirmation", Totp.code(Totp.SECRET, 0))
                        .with(csrf())
                        .with(TestUsers.as(approver)))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "incident.plan.decided.IN_FORCE"));
        assertThat(plans.current().cisoFrom()).isEqualTo(Severity.of(2));
        assertThat(decisions(draft.version())).isEqualTo(1);
    }

    private long decisions(int version) {
        return jdbc.sql("select count(*) from audit_entry where action = 'incident-response-plan.decided'"
                        + " and subject_id = :v")
                .param("v", Integer.toString(version))
                .query(Long.class)
                .single();
    }

    @Test
    void an_unknown_version_is_not_found() throws Exception {
        mvc.perform(get("/incidents/plan/versions/{v}", 99_999)
                        .with(TestUsers.staff())
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound());
    }

    private int newest() {
        return plans.latest().map(ResponsePlanVersion::version).orElse(0);
    }

    private long auditEntries() {
        return jdbc.sql("select count(*) from audit_entry where action = 'incident-response-plan.revised'")
                .query(Long.class)
                .single();
    }

    /** The form's fields as request parameters. */
    static MockHttpServletRequestBuilder withForm(MockHttpServletRequestBuilder request, PlanForm form) {
        for (int i = 0; i < form.getSteps().size(); i++) {
            PlanForm.Row row = form.getSteps().get(i);
            String p = "steps[" + i + "].";
            request.param(p + "key", row.getKey())
                    .param(p + "order", Integer.toString(row.getOrder()))
                    .param(
                            p + "phase",
                            row.getPhase() == null ? "" : row.getPhase().name())
                    .param(p + "title", row.getTitle())
                    .param(p + "description", row.getDescription());
            if (row.isRemove()) {
                request.param(p + "remove", "true");
            }
        }
        return request.param("basedOn", Integer.toString(form.getBasedOn()))
                .param("cisoFrom", Integer.toString(form.getCisoFrom()))
                .param("preliminaryReportDays", Integer.toString(form.getPreliminaryReportDays()))
                .param("contacts", form.getContacts())
                .param("note", form.getNote());
    }
}
