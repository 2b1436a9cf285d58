package jp.mamori.premises;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jp.mamori.shared.Role;
import jp.mamori.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real browser, the journeys of the premises registers: a manager registers a server room,
 * permits a person, records a permitted entry and a visitor without escort, which is flagged.
 */
class PremisesBrowserIT extends BrowserTest {
    @Autowired
    JdbcClient jdbc;

    void click(String name) {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(name).setExact(true))
                .click();
    }

    @Test
    void a_manager_registers_an_area_permits_a_person_and_a_visitor_without_escort_is_flagged() {
        PremisesFixtures fx = new PremisesFixtures(jdbc);
        long unit = fx.unit("ブラウザ情報政策課");
        long manager = fx.personWith("課長ブラウザ", unit, Role.SECURITY_MANAGER);
        long operator = fx.person("運用ブラウザ", unit);
        String server = fx.assets.informationAsset("ブラウザ基幹サーバ", unit, "2");
        String code = PremisesFixtures.unique("BR");

        signIn(account(manager));
        page.navigate(url("/areas"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("管理区域を登録"))
                .click();
        page.waitForURL("**/areas/new");
        page.locator("#code").fill(code);
        page.locator("#name").fill("サーバ室");
        page.locator("#level").selectOption("RESTRICTED");
        page.locator("#unitId").selectOption(Long.toString(unit));
        page.locator("#assets").fill(server);
        click("保存");
        page.waitForURL(u -> u.matches(".*/areas/\\d+$"));
        expect(page.locator(".flash--notice")).containsText(code);
        expect(page.locator("#area-assets")).containsText("ブラウザ基幹サーバ");

        page.locator("#permit-staff").fill(fx.staffNumber(operator));
        click("許可する");
        expect(page.locator("#permit-table")).containsText("運用ブラウザ");

        page.locator("#entry-staff").fill(fx.staffNumber(operator));
        click("入室を記録");
        expect(page.locator(".flash--notice")).containsText("入室を記録しました");
        page.locator("#entry-visitor").fill("来訪ブラウザ");
        page.locator("#entry-company").fill("架空保守株式会社");
        page.locator("#entry-purpose").fill("空調点検");
        click("入室を記録");
        expect(page.locator("#entry-table tr[data-who^='来訪ブラウザ'] [data-rule=VISITOR_WITHOUT_ESCORT]"))
                .containsText("同行者のない来訪者");
        expect(page.locator("#entry-table tr[data-who='運用ブラウザ'] [data-rule]")).hasCount(0);
    }
}
