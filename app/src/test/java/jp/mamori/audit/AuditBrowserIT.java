package jp.mamori.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import jp.mamori.shared.Role;
import jp.mamori.shared.Wareki;
import jp.mamori.testing.BrowserTest;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.Totp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The audit journeys of issue 14: from the 年度監査計画 (written by the 監査統括責任者, approved by the
 * CISO) through the engagement, its checklist, working paper with evidence and finding, the draft
 * report, the unit's response and the final report, to the finding's corrective action carried out by
 * the unit and verified by the auditor; and an auditor refused on their own unit, with the reason.
 */
class AuditBrowserIT extends BrowserTest {
    @Autowired
    JdbcClient jdbc;

    /** An approved medium-term plan covering this fiscal year (written and approved earlier). */
    long approvedMediumPlan() {
        int year = Wareki.fiscalYearOf(TestClock.today());
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into aud_plan (kind, title, year_from, year_to, content, state, approver, created_by,
                            created_at, approved_by, approved_at)
                        values ('MEDIUM_TERM', :t, :f, :to, '全部署を 3 年で監査する', 'APPROVED', 'CISO', 'earlier', :at,
                            'earlier-ciso', :at)
                        """)
                .param("t", AuditFixtures.unique("中期監査計画 "))
                .param("f", year - 1)
                .param("to", year + 1)
                .param("at", TestClock.now())
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    @Test
    void an_audit_goes_from_the_annual_plan_to_a_corrective_action_verified_by_the_auditor() {
        AuditFixtures fx = new AuditFixtures(jdbc);
        long office = fx.unit("監査室", null);
        long department = fx.unit("市民部", null);
        long section = fx.unit(AuditFixtures.unique("市民課"), department);
        long directorPerson = fx.person("統括　一郎", office);
        fx.grant(directorPerson, Role.AUDIT_DIRECTOR, null);
        long cisoPerson = fx.person("最高　次郎", office);
        fx.grant(cisoPerson, Role.CISO, null);
        long auditorPerson = fx.person("監査　三郎", office);
        fx.grant(auditorPerson, Role.AUDITOR, null);
        long managerPerson = fx.person("管理　四郎", section);
        fx.grant(managerPerson, Role.SECURITY_MANAGER, section);
        String director = account(directorPerson);
        String ciso = accountWithSecondFactor(cisoPerson);
        String auditor = account(auditorPerson);
        String manager = account(managerPerson);
        long medium = approvedMediumPlan();
        long contractor = fx.contractor("架空システム株式会社");

        // the 監査統括責任者 writes the annual plan and submits it
        signIn(director);
        page.navigate(url("/audits"));
        page.locator("#new-annual-plan").click();
        page.locator("#parentId").selectOption(Long.toString(medium));
        page.locator("#title").fill("令和の年度監査計画");
        page.locator("#planContent").fill("市民部の情報資産管理を監査する");
        page.locator("#create-plan").click();
        page.waitForURL("**/audits/plans/*");
        expect(page.locator("#plan-state")).hasText("作成中");
        page.locator("#submit-plan").click();
        expect(page.locator("#plan-state")).hasText("承認待ち");
        String plan = page.url();

        // the CISO approves it (in a browser of their own: a one-time code is accepted once)
        Page cisoPage = browser.newContext().newPage();
        signIn(cisoPage, ciso);
        cisoPage.navigate(plan);
        cisoPage.locator("#approve-confirmation").fill(Totp.code(SECRET, 1));
        cisoPage.locator("#approve-plan").click();
        expect(cisoPage.locator("#plan-state")).hasText("承認済");
        cisoPage.context().close();

        // the 監査統括責任者 writes the engagement under it
        page.navigate(plan);
        page.locator("#new-engagement").click();
        page.locator("#title").fill("市民課の情報セキュリティ監査");
        page.locator("#objective").fill("情報資産の管理を確かめる");
        page.locator("input[name=unitIds][value='" + section + "']").check();
        page.locator("#contractor-choice input[name=contractorIds][value='" + contractor + "']")
                .check();
        page.locator("#measureIds").fill("2.1.1");
        page.locator("#startDate").fill(TestClock.today().toString());
        page.locator("#endDate").fill(TestClock.today().plusDays(14).toString());
        page.locator("#team-choice tr[data-person='" + auditorPerson + "'] input[name=team]")
                .check();
        page.locator("#team-choice tr[data-person='" + auditorPerson + "'] input[name=lead]")
                .check();
        page.locator("#create-engagement").click();
        page.waitForURL(u -> u.matches(".*/audits/\\d+$"));
        expect(page.locator("#engagement-state")).hasText("計画中");
        expect(page.locator("#checklist tr[data-measure='2.1.1']")).hasCount(1);
        expect(page.locator("#contractors a")).hasAttribute("href", "/contractors/" + contractor);
        String audit = page.url();

        // the auditor does the fieldwork: checklist, a working paper with evidence, a finding
        context.clearCookies();
        signIn(auditor);
        page.navigate(audit);
        page.locator("#start").click();
        expect(page.locator("#engagement-state")).hasText("実施中");
        page.locator("#checklist tr[data-measure='2.1.1'] select").selectOption("DEVIATES");
        page.locator("#checklist tr[data-measure='2.1.1'] textarea").fill("情報資産の台帳がない");
        page.locator("#save-checklist").click();
        expect(page.locator(".flash--notice")).containsText("チェックリストを保存しました");
        page.locator("#kind").selectOption("INTERVIEW");
        page.locator("#paperMeasure").selectOption("2.1.1");
        page.locator("#paperTitle").fill("課長への聞き取り");
        page.locator("#interviewee").fill("市民課長");
        page.locator("#paperText").fill("台帳は作っていないとのこと");
        page.locator("#paperFile")
                .setInputFiles(new FilePayload("聞き取りメモ.txt", "text/plain", "台帳なし。\n".getBytes(StandardCharsets.UTF_8)));
        page.locator("#add-paper").click();
        expect(page.locator("#papers")).containsText("聞き取りメモ.txt");
        expect(page.locator("#papers")).containsText("SHA-256 ");
        page.locator("#severity").selectOption("要改善");
        page.locator("#found").fill("情報資産の台帳が作られていない");
        page.locator("#cause").fill("作成の手順が定まっていない");
        page.locator("#recommendation").fill("台帳を作成し年 1 回見直す");
        page.locator("#add-finding").click();
        expect(page.locator("#findings")).containsText("情報資産の台帳が作られていない");
        page.locator("#issue-draft").click();
        expect(page.locator("#engagement-state")).hasText("報告書（案）回答待ち");

        // the audited unit responds to the draft
        context.clearCookies();
        signIn(manager);
        page.navigate(audit);
        expect(page.locator("#papers")).hasCount(0);
        page.locator("#response-" + section).fill("年度内に台帳を作成します。");
        page.locator(".respond").click();
        expect(page.locator("#responses")).containsText("年度内に台帳を作成します。");

        // the lead auditor issues the final report; the finding's action is open
        context.clearCookies();
        signIn(auditor);
        page.navigate(audit);
        page.locator("#finalise").click();
        expect(page.locator("#engagement-state")).hasText("最終報告済");
        Download pdf = page.waitForDownload(() -> page.locator("#report-pdf").click());
        try {
            assertThat(new String(Files.readAllBytes(pdf.path()), 0, 5, StandardCharsets.US_ASCII))
                    .isEqualTo("%PDF-");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.locator("#findings a").first().click();
        page.waitForURL("**/findings/*");
        page.locator("#finding-actions a").first().click();
        page.waitForURL("**/corrective-actions/*");
        expect(page.locator("#action-finding")).hasText("監査指摘");
        String action = page.url();

        // the unit carries it out
        context.clearCookies();
        signIn(manager);
        page.navigate(action);
        page.locator("#plan").fill("台帳の様式を定めて作成する");
        page.locator("#save-plan").click();
        expect(page.locator("#action-plan")).hasText("台帳の様式を定めて作成する");
        page.locator("#note").fill("台帳を作成し課内で確認した");
        page.locator("#add-note").click();
        page.locator("#report-done").click();
        expect(page.locator("#action-state")).hasText("確認待ち");

        // the auditor verifies it
        context.clearCookies();
        signIn(auditor);
        page.navigate(action);
        page.locator("#verify").click();
        expect(page.locator("#action-state")).hasText("完了");
        assertThat(outsideRequests()).isEmpty();
    }

    @Test
    void an_auditor_is_refused_on_their_own_unit_with_the_reason() {
        AuditFixtures fx = new AuditFixtures(jdbc);
        long department = fx.unit("税務部", null);
        long section = fx.unit(AuditFixtures.unique("課税課"), department);
        long directorPerson = fx.person("統括　五郎", department);
        fx.grant(directorPerson, Role.AUDIT_DIRECTOR, null);
        long insider = fx.person("身内　六郎", section);
        fx.grant(insider, Role.AUDITOR, null);
        String director = account(directorPerson);
        int year = Wareki.fiscalYearOf(TestClock.today());
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into aud_plan (kind, title, year_from, year_to, parent_id, content, state, approver,
                            created_by, created_at, approved_by, approved_at)
                        values ('ANNUAL', '年度監査計画', :y, :y, :p, '課税課を監査する', 'APPROVED', 'CISO', 'earlier', :at,
                            'earlier-ciso', :at)
                        """)
                .param("y", year)
                .param("p", approvedMediumPlan())
                .param("at", TestClock.now())
                .update(keys, "id");
        long annual = keys.getKeyAs(Long.class);

        signIn(director);
        page.navigate(url("/audits/new?plan=" + annual));
        page.locator("#title").fill("課税課の監査");
        page.locator("#objective").fill("アクセス管理を確かめる");
        page.locator("input[name=unitIds][value='" + section + "']").check();
        page.locator("#measureIds").fill("2.1.1");
        page.locator("#startDate").fill(TestClock.today().toString());
        page.locator("#endDate").fill(TestClock.today().plusDays(7).toString());
        page.locator("#team-choice tr[data-person='" + insider + "'] input[name=team]")
                .check();
        page.locator("#team-choice tr[data-person='" + insider + "'] input[name=lead]")
                .check();
        page.locator("#create-engagement").click();
        expect(page.locator(".error-summary")).containsText("身内　六郎 さんは");
        expect(page.locator(".error-summary")).containsText("に所属している");
        expect(page.locator(".error-summary")).containsText("職務の分離");
        assertThat(jdbc.sql("select count(*) from aud_engagement where title = '課税課の監査'")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
