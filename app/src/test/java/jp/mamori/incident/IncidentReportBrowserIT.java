package jp.mamori.incident;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import jp.mamori.shared.CurrentUser;
import jp.mamori.testing.BrowserTest;
import jp.mamori.testing.TestUsers;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real browser, as an administrator (a body-wide manager) signed in with password and TOTP:
 * shorten the 速報 in the emergency response plan, then open an incident, go to its report, fill in
 * the publication status, pick the affected asset from the register inside the report form (htmx search,
 * the register's suggestion, confirmed), and download the report as PDF and as Excel — both read back.
 */
class IncidentReportBrowserIT extends BrowserTest {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    IncidentService incidents;

    @Autowired
    ResponsePlanStore plans;

    String login;

    @AfterEach
    void putTheDefaultPlanBack() {
        if (!plans.current().equals(plans.defaults())) {
            int newest = plans.latest().map(ResponsePlanVersion::version).orElse(0);
            TestUsers.runAs(
                    new CurrentUser(login, null, "試験管理者", true, java.util.List.of()),
                    () -> plans.revise(plans.defaults(), newest, "テスト後に既定の計画へ戻す"));
            PlanApprovals.approve(
                    jdbc, plans, plans.pendingDraft().orElseThrow().version(), "");
        }
    }

    @Test
    void a_manager_edits_the_plan_then_fills_in_and_downloads_the_report_of_an_incident() throws Exception {
        var world = new IncidentWorld(jdbc);
        long section = world.unit("保険課", world.unit("事務局", null));
        IncidentWorld.Person reporter = world.person("報告 花子", section);
        var facts = new PersonalData(true, true, false, 1_500, false, false, false, false, false);
        StoredIncident stored = CommissionReportPagesTests.as(
                reporter.user(), () -> incidents.report(IncidentWorld.report("健診結果の誤送信", facts)));
        String id = stored.incident().id().toString();
        login = administrator();
        signIn(login);

        // the plan: 速報 within 2 days instead of 3
        page.navigate(url("/incidents/plan"));
        expect(page.locator("#preliminary-days")).containsText("3日目");
        page.locator("#edit-plan").click();
        page.waitForURL("**/incidents/plan/edit");
        page.locator("#preliminaryReportDays").fill("2");
        page.locator("#note").fill("速報を早める");
        button("新しい版として保存").click();
        page.waitForURL("**/incidents/plan");
        expect(page.locator(".flash--notice")).containsText("として保存しました");
        // a draft until the CISO's 決裁 (the administrator may draft, not decide)
        expect(page.locator("#plan-draft")).containsText("決裁を待っています");
        expect(page.locator("#preliminary-days")).containsText("3日目");
        PlanApprovals.approve(jdbc, plans, plans.pendingDraft().orElseThrow().version(), "了承");
        page.reload();
        expect(page.locator("#preliminary-days")).containsText("2日目");
        expect(page.locator("#plan-history")).containsText("速報を早める");
        expect(page.locator("#plan-history")).containsText(login);

        // the incident page links to its report
        page.navigate(url("/incidents/" + id));
        page.locator("#report-links").getByText("報告書の確認と報告事項の入力").click();
        page.waitForURL("**/incidents/" + id + "/report");
        expect(page.locator("main")).containsText(stored.reference());
        expect(page.locator("main")).containsText("約1,500人");

        page.locator("#publication").fill("組合ウェブサイトで公表した。");
        page.locator("#dataItems").fill("氏名、組合員番号、健診結果");
        button("報告事項を保存").click();
        expect(page.locator(".flash--notice")).containsText("報告事項を保存しました");
        expect(page.locator("main")).containsText("組合ウェブサイトで公表した。");

        // the affected asset picked inside the report form: htmx search, the register's suggestion, confirm
        String assetName = IncidentWorld.unique("健診結果ファイル");
        String asset = jp.mamori.asset.AssetTestData.of(jdbc)
                .personalDataAsset(assetName, section, false, true, 40, "MYNUMBER");
        page.locator("#report-asset-query").fill(assetName);
        page.locator("#ra-candidate-" + asset).check();
        button("選んだ資産から案を反映").click();
        expect(page.locator("#report-assets-suggested")).isVisible();
        expect(page.locator("#ra-picked-" + asset)).isChecked();
        expect(page.locator("#ra-myNumber")).isChecked();
        expect(page.locator("#ra-systems")).isChecked();
        // the count the incident already gives (1,500) is kept, not replaced by the register's 40
        expect(page.locator("#ra-people")).hasValue("1500");
        button("この内容で確定").click();
        expect(page.locator(".flash--notice")).containsText("新たに紐付けた資産 1件");
        expect(page.locator("#ra-linked-" + asset)).isChecked();

        Download pdf = page.waitForDownload(() -> page.locator("#download-pdf").click());
        assertThat(pdf.suggestedFilename()).isEqualTo("incident-report-" + stored.reference() + ".pdf");
        String text =
                CommissionReportFilesTest.compact(CommissionReportFilesTest.textOf(Files.readAllBytes(pdf.path())));
        assertThat(text)
                .contains("個人情報保護委員会への保有個人情報の漏えい等の報告（行政機関等）")
                .contains("7.公表の実施状況組合ウェブサイトで公表した。")
                .contains("3.漏えい等が発生し、又は発生したおそれがある保有個人情報に係る本人の数約1,500人");

        Download xlsx =
                page.waitForDownload(() -> page.locator("#download-xlsx").click());
        assertThat(xlsx.suggestedFilename()).endsWith(".xlsx");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(xlsx.path())))) {
            assertThat(workbook.getSheetAt(0).getRow(4).getCell(1).getStringCellValue())
                    .isEqualTo(stored.reference());
        }
        assertThat(outsideRequests()).isEmpty();
    }

    private com.microsoft.playwright.Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }
}
