package jp.mamori.control.catalogue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import jp.mamori.organization.OrganizationTestData;
import jp.mamori.shared.Role;
import jp.mamori.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The 対策基準 as data in a real browser: a 統括情報セキュリティ責任者 tailors the catalogue (rewords a
 * measure, adds the body's own) and sends it up the chain; a second 統括 and then the CISO approve, and
 * the tailored version is in force; and a unit's statement of applicability gains the 機密性3
 * measures the moment its manager registers a 機密性3 asset.
 */
class ControlBrowserIT extends BrowserTest {
    @Autowired
    JdbcClient jdbc;

    OrganizationTestData org() {
        return OrganizationTestData.of(jdbc);
    }

    /** A new person in the unit holding the role, with an account (second factor when asked). */
    String holder(Role role, long unit, boolean secondFactor) {
        long person = org().person(OrganizationTestData.unique("対策 "), unit);
        org().grant(person, role, role.isCisoLevel() || role == Role.CHIEF_SECURITY_OFFICER ? null : unit);
        return secondFactor ? accountWithSecondFactor(person) : account(person);
    }

    /** A page in a browser context of its own, signed in as that login. */
    Page as(String login) {
        BrowserContext own = browser.newContext();
        Page on = own.newPage();
        watchConsole(on);
        signIn(on, login);
        return on;
    }

    @Test
    void the_catalogue_is_tailored_approved_by_the_chain_and_comes_into_force() {
        long office = org().unit(OrganizationTestData.unique("対策事務局"), null);
        String author = holder(Role.CHIEF_SECURITY_OFFICER, office, true);
        String second = holder(Role.CHIEF_SECURITY_OFFICER, office, true);
        String ciso = holder(Role.CISO, office, true);
        String ownId = "6.1." + (80 + (int) (System.nanoTime() % 19));

        Page a = as(author);
        a.navigate(url("/controls/versions"));
        a.locator("#note").fill("窓口のぞき見防止を独自に加える");
        a.locator("#start-draft").click();
        a.waitForURL(u -> u.matches(".*/controls/versions/\\d+$"));
        String draftUrl = a.url();
        expect(a.locator("#state")).containsText("改定案");

        a.navigate(draftUrl + "/measures/5.1.7");
        a.locator("#title").fill("クリアデスクと画面ロック");
        a.locator("#reword").click();
        a.navigate(draftUrl);
        a.locator("#own-id").fill(ownId);
        a.locator("#own-title").fill("窓口端末ののぞき見防止");
        a.locator("#own-statement").fill("窓口の端末にはのぞき見防止フィルムを貼り、来庁者から画面が見えない向きに置く。");
        a.locator("#own-role").selectOption("SECURITY_MANAGER");
        a.locator("#own-frequency").selectOption("ANNUAL");
        a.locator("#own-scope").selectOption("UNIT");
        a.locator("#own-iso").fill("A.7.7");
        a.locator("#add-own").click();
        expect(a.locator(".flash--notice")).isVisible();
        a.locator("#submit-approval").click();
        expect(a.locator("#state")).containsText("決裁中");
        // the author does not approve their own draft
        expect(a.locator("#approve")).hasCount(0);

        Page b = as(second);
        b.navigate(draftUrl);
        b.locator("#approve").click();
        expect(b.locator("#state")).containsText("決裁中");

        Page c = as(ciso);
        c.navigate(draftUrl);
        c.locator("#approve").click();
        expect(c.locator("#state")).containsText("施行中");

        c.navigate(url("/controls/measures/" + ownId));
        expect(c.locator("h1")).containsText("窓口端末ののぞき見防止");
        c.navigate(url("/controls/measures/5.1.7"));
        expect(c.locator("h1")).containsText("クリアデスクと画面ロック");
    }

    @Test
    void a_units_statement_gains_the_confidentiality_3_measures_when_such_an_asset_is_registered() {
        long office = org().unit(OrganizationTestData.unique("対策本部"), null);
        long unit = org().unit(OrganizationTestData.unique("対策保険課"), office);
        String manager = holder(Role.SECURITY_MANAGER, unit, false);
        signIn(manager);

        page.navigate(url("/soa/units/" + unit + "?page=0"));
        expect(page.locator("[data-measure='2.2.12']")).hasCount(0);

        String name = OrganizationTestData.unique("被保険者台帳");
        page.navigate(url("/assets/new"));
        page.locator("#name").fill(name);
        page.locator("#kind").selectOption("INFORMATION");
        page.locator("#ownerUnitId").selectOption(Long.toString(unit));
        page.locator("#form").selectOption("ELECTRONIC");
        page.locator("#zoneCode").selectOption("LGWAN");
        page.locator("#confidentiality").selectOption("3");
        page.locator("#integrity").selectOption("2");
        page.locator("#availability").selectOption("2");
        page.locator("#save-asset").click();
        page.waitForURL(u -> u.matches(".*/assets/[^/]+$"));
        String number = page.url().replaceAll(".*/assets/", "");

        page.navigate(url("/soa/units/" + unit + "?status=NOT_IMPLEMENTED"));
        // applies because of the new asset, which the reason names
        expect(page.locator("[data-measure='2.2.12']")).containsText(number);
        expect(page.locator("[data-measure='2.2.13']")).containsText(number);
        page.navigate(url("/soa/units/" + unit + "/measures/2.2.12"));
        expect(page.locator("h1")).containsText("私物端末での機密性3の禁止");
        expect(page.locator("#effective-status")).hasText("未実施");
    }
}
