package jp.mamori.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.file.Files;
import jp.mamori.organization.OrganizationTestData;
import jp.mamori.shared.Role;
import jp.mamori.testing.BrowserTest;
import jp.mamori.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The journey of issue 14's self-inspection: the CISO prepares and opens a campaign for two units;
 * one unit answers on the page with one 未実施, the other answers in Excel; the 未実施 answer becomes a
 * corrective action that the unit plans and reports done and the CISO verifies.
 */
class SelfInspectionBrowserIT extends BrowserTest {
    @Autowired
    JdbcClient jdbc;

    private long unit(String name, Long parent) {
        return OrganizationTestData.of(jdbc).unit(name, parent);
    }

    /**
     * A person of the unit holding the role (body-wide when roleUnit is null) with an account (and
     * the second factor when asked); made through the organisation's and security's services.
     */
    private String account(String role, Long roleUnit, long homeUnit, boolean secondFactor) {
        OrganizationTestData organization = OrganizationTestData.of(jdbc);
        long person = organization.person(new OrganizationTestData.PersonSpec("点検 次郎", homeUnit).kana("テンケン"));
        organization.grant(person, Role.valueOf(role), roleUnit);
        return secondFactor ? accountWithSecondFactor(person) : account(person);
    }

    @Test
    void a_campaign_is_answered_on_the_page_and_in_excel_and_its_not_implemented_answer_is_corrected()
            throws Exception {
        long office = unit("点検事務局", null);
        long insurance = unit("点検保険課", office);
        long pension = unit("点検年金課", office);
        String ciso = account("CISO", null, office, true);
        String insuranceManager = account("SECURITY_MANAGER", insurance, insurance, false);
        String pensionManager = account("SECURITY_MANAGER", pension, pension, false);

        // the CISO prepares and opens the campaign, in a browser of their own (a one-time code is
        // accepted once, so the CISO signs in once and comes back to this page at the end)
        Page cisoPage = browser.newContext().newPage();
        signIn(cisoPage, ciso);
        cisoPage.navigate(url("/self-inspections"));
        cisoPage.locator("#new-inspection").click();
        cisoPage.locator("#title").fill("令和8年度 情報セキュリティ自己点検");
        cisoPage.locator("#dueDate").fill(TestClock.today().plusDays(30).toString());
        cisoPage.locator("input[name=unitIds][value='" + insurance + "']").check();
        cisoPage.locator("input[name=unitIds][value='" + pension + "']").check();
        cisoPage.locator("#ownQuestions").fill("退庁時に机上の書類を片付けていますか");
        cisoPage.locator("#create").click();
        cisoPage.waitForURL("**/self-inspections/*");
        expect(cisoPage.locator("#inspection-state")).hasText("準備中");
        cisoPage.locator("#open").click();
        expect(cisoPage.locator("#inspection-state")).hasText("実施中");
        String campaign = cisoPage.url().replaceAll(".*/self-inspections/(\\d+).*", "$1");

        // the insurance section answers on the page: the first question 未実施, the rest 実施
        context.clearCookies();
        signIn(page, insuranceManager);
        page.navigate(url("/self-inspections/" + campaign + "/units/" + insurance));
        Locator selects = page.locator("select[name^='result-']");
        int questions = selects.count();
        assertThat(questions).isGreaterThan(1);
        for (int i = 0; i < questions; i++) {
            selects.nth(i).selectOption(i == 0 ? "NOT_IMPLEMENTED" : "IMPLEMENTED");
        }
        page.locator("textarea[name^='comment-']").first().fill("手順書が未整備のため");
        page.locator("#save-answers").click();
        expect(page.locator("#unit-progress")).containsText(questions + " / " + questions + " 問");
        page.locator("#confirm-submit").check();
        page.locator("#submit").click();
        expect(page.locator(".flash--notice")).containsText("1 件の改善措置を作成しました");
        expect(page.locator("#submit")).hasCount(0);

        // the pension section answers offline in Excel; a wrong word is refused by row, then it is right
        context.clearCookies();
        signIn(page, pensionManager);
        page.navigate(url("/self-inspections/" + campaign + "/units/" + pension));
        Download download =
                page.waitForDownload(() -> page.locator("#download-workbook").click());
        byte[] workbook = Files.readAllBytes(download.path());
        byte[] wrong =
                SelfInspectionTests.fill(workbook, (row, n) -> row.getCell(4).setCellValue(n == 0 ? "済" : "実施"));
        page.locator("#file").setInputFiles(new FilePayload("answers.xlsx", "application/octet-stream", wrong));
        page.locator("#upload").click();
        expect(page.locator(".error-summary")).containsText("行目：回答「済」は");
        expect(page.locator("#unit-progress")).containsText("0 / ");
        byte[] right =
                SelfInspectionTests.fill(workbook, (row, n) -> row.getCell(4).setCellValue("実施"));
        page.locator("#file").setInputFiles(new FilePayload("answers.xlsx", "application/octet-stream", right));
        page.locator("#upload").click();
        expect(page.locator(".flash--notice")).containsText("件の回答を取り込みました");
        page.locator("#confirm-submit").check();
        page.locator("#submit").click();
        expect(page.locator(".flash--notice")).hasText("提出しました。");

        // the insurance section plans and carries out its corrective action
        context.clearCookies();
        signIn(page, insuranceManager);
        page.navigate(url("/corrective-actions"));
        page.locator("tbody tr").first().locator("a").click();
        page.waitForURL("**/corrective-actions/*");
        page.locator("#plan").fill("手順書を作成し課内で読み合わせる");
        page.locator("#save-plan").click();
        expect(page.locator("#action-plan")).hasText("手順書を作成し課内で読み合わせる");
        page.locator("#note").fill("手順書を作成し、課内に周知した");
        page.locator("#add-note").click();
        expect(page.locator(".timeline")).containsText("手順書を作成し、課内に周知した");
        page.locator("#report-done").click();
        expect(page.locator("#action-state")).hasText("確認待ち");
        String action = page.url();

        // the CISO sees both units submitted and verifies the action
        cisoPage.navigate(url("/self-inspections/" + campaign));
        expect(cisoPage.locator("tr[data-unit='" + insurance + "'] .badge--ok")).hasCount(1);
        expect(cisoPage.locator("tr[data-unit='" + pension + "'] .badge--ok")).hasCount(1);
        expect(cisoPage.locator("#chapters")).isVisible();
        cisoPage.navigate(action);
        cisoPage.locator("#verify").click();
        expect(cisoPage.locator("#action-state")).hasText("完了");
        cisoPage.context().close();
        assertThat(outsideRequests()).isEmpty();
    }
}
