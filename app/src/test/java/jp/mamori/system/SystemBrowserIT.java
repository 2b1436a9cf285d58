package jp.mamori.system;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import jp.mamori.shared.Role;
import jp.mamori.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real browser: a 情報セキュリティ管理者 registers a system of the My Number zone for the unit's ①
 * asset, with the information it holds and its 管理者; adds a terminal that signs in with one factor
 * and sees the finding; opens the system's statement of applicability, where the My Number measures
 * apply, and records one. A leaver's account on a system is listed for removal until the system's
 * 管理者 confirms its removal.
 */
class SystemBrowserIT extends BrowserTest {
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_manager_registers_a_my_number_system_sees_its_findings_and_records_its_statement_of_applicability() {
        SystemFixtures fx = new SystemFixtures(jdbc);
        long unit = fx.unit("ブラウザ市民課", null);
        long managerPerson = fx.person(unit, "課長 ブラウザ", null);
        fx.grant(managerPerson, Role.SECURITY_MANAGER, unit);
        long adminPerson = fx.person(unit, "管理　ブラウザ", null);
        fx.grant(adminPerson, Role.SYSTEM_ADMINISTRATOR, unit);
        String systemAsset = fx.asset(unit, "住民記録システム", "NETWORK_SYSTEM_MEDIA", "MYNUMBER", 3, false);
        String data = fx.asset(unit, "住民票データ", "INFORMATION", "MYNUMBER", 3, true);

        signIn(account(managerPerson));
        page.navigate(url("/systems"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("情報システムを登録"))
                .click();
        page.waitForURL("**/systems/new");
        page.locator("#assetNumber").fill(systemAsset);
        page.locator("#purpose").fill("住民基本台帳の記録");
        page.locator("#zone").selectOption("MY_NUMBER");
        page.locator("#contractor").fill("架空システム株式会社");
        page.locator("#administrators").fill(fx.staffNumber(adminPerson));
        page.locator("#heldAssets").fill(data);
        page.locator("#rtoHours").fill("24");
        clickButton("保存");
        page.waitForURL(u -> u.matches(".*/systems/\\d+$"));
        expect(page.locator(".flash--notice")).containsText(systemAsset);
        expect(page.locator("#system-zone")).hasText("マイナンバー利用事務系");
        expect(page.locator("#system-administrators")).containsText("管理　ブラウザ");
        expect(page.locator("#system-highest")).containsText("特定個人情報");
        expect(page.locator("#held-assets")).containsText(data);
        expect(page.locator("#system-no-findings")).isVisible();

        page.locator("#device-name").fill("窓口端末");
        page.locator("#device-kind").selectOption("TERMINAL");
        page.locator("#device-quantity").fill("3");
        page.locator("#device-media").check();
        clickButton("追加");
        expect(page.locator("#device-table")).containsText("窓口端末");
        expect(page.locator("#system-findings [data-rule=MY_NUMBER_TERMINAL_WITHOUT_MFA]"))
                .containsText("窓口端末");

        page.navigate(url("/systems?findings=true"));
        expect(page.locator("tr[data-system='" + systemAsset + "'] [data-rule=MY_NUMBER_TERMINAL_WITHOUT_MFA]"))
                .isVisible();

        page.locator("tr[data-system='" + systemAsset + "'] a").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("このシステムの適用宣言書"))
                .click();
        page.waitForURL("**/soa/systems/*");
        expect(page.locator("h1")).containsText(systemAsset);
        expect(page.locator("tr[data-measure='3.1.4']")).isVisible();
        expect(page.locator("tr[data-measure='6.2.7']")).isVisible(); // run by a contractor
        page.locator("tr[data-measure='3.1.4'] a").click();
        page.locator("#status").selectOption("PARTIAL");
        page.locator("#responsible").fill("管理　ブラウザ");
        page.locator("#record").click();
        page.waitForURL(u -> u.matches(".*/soa/systems/\\d+$"));
        expect(page.locator("tr[data-measure='3.1.4']")).containsText("一部実施");
        expect(page.locator("tr[data-measure='3.1.4']")).containsText("管理　ブラウザ");
    }

    @Test
    void a_leavers_account_is_flagged_until_the_system_administrator_confirms_its_removal() {
        SystemFixtures fx = new SystemFixtures(jdbc);
        long unit = fx.unit("ブラウザ戸籍課", null);
        long adminPerson = fx.person(unit, "管理 ブラウザ二", null);
        fx.grant(adminPerson, Role.SYSTEM_ADMINISTRATOR, unit);
        long leaver =
                fx.person(unit, "離任 ブラウザ", jp.mamori.testing.TestClock.today().minusYears(5));
        String asset = fx.asset(unit, "戸籍システム", "NETWORK_SYSTEM_MEDIA", "MYNUMBER", 3, false);
        long systemId = fx.system(asset, SystemZone.MY_NUMBER, adminPerson);
        String accountName = SystemFixtures.unique("koseki");
        jdbc.sql("""
                        insert into sys_account (system_id, account_name, kind, person_id, person_unit_id, valid_from,
                            requested_by, requested_at, approved_by, approved_at)
                        values (:s, :n, 'NORMAL', :p, :u, :from, 'test', :t, 'test', :t)
                        """)
                .param("s", systemId)
                .param("n", accountName)
                .param("p", leaver)
                .param("u", unit)
                .param("from", java.time.LocalDate.of(2020, 4, 1))
                .param("t", OffsetDateTime.now(ZoneOffset.UTC))
                .update();

        signIn(account(adminPerson));
        page.navigate(url("/systems/accounts/removals"));
        expect(page.locator("tr[data-account='" + accountName + "'] [data-rule=LEAVER_HOLDS_ACCOUNT]"))
                .isVisible();
        page.navigate(url("/systems/" + systemId));
        expect(page.locator("#account-table tr[data-account='" + accountName + "']"))
                .containsText("離任者のアカウント");
        page.navigate(url("/systems/accounts/removals"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(accountName + " の削除を確認"))
                .click();
        expect(page.locator(".flash--notice")).containsText("削除を記録しました");
        expect(page.locator("tr[data-account='" + accountName + "']")).hasCount(0);
        page.navigate(url("/systems/" + systemId));
        expect(page.locator("#account-table tr[data-account='" + accountName + "']"))
                .containsText("削除済");
        expect(page.locator("#account-table tr[data-account='" + accountName + "'] [data-rule]"))
                .hasCount(0);
    }
}
