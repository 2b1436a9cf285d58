package jp.mamori.asset;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jp.mamori.shared.Role;
import jp.mamori.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real browser: a 情報セキュリティ管理者 registers an asset with specific personal data in the
 * wrong zone, sees the handling and the finding on the asset and on the findings page, asks for its
 * disposal, cannot approve it himself; the unit's 情報セキュリティ責任者 approves it and the asset is
 * read-only from then on.
 */
class AssetBrowserIT extends BrowserTest {
    @Autowired
    JdbcClient jdbc;

    /** An account for a new person holding the role for the unit. */
    String account(Role role, long unitId) {
        return account(new AssetFixtures(jdbc).holder(role, unitId));
    }

    void click(String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name))
                .click();
    }

    @Test
    void a_manager_registers_an_asset_sees_its_rules_and_disposes_of_it_with_a_second_person() {
        long unit = new AssetFixtures(jdbc).unit("ブラウザ年金課", null);
        String manager = account(Role.SECURITY_MANAGER, unit);
        String officer = account(Role.SECURITY_OFFICER, unit);
        String name = AssetFixtures.unique("番号連携ファイル");

        signIn(manager);
        page.navigate(url("/assets/new"));
        page.locator("#name").fill(name);
        page.locator("#kind").selectOption("INFORMATION");
        page.locator("#ownerUnitId").selectOption(Long.toString(unit));
        page.locator("#form").selectOption("ELECTRONIC");
        page.locator("#zoneCode").selectOption("LGWAN");
        page.locator("#confidentiality").selectOption("3");
        page.locator("#integrity").selectOption("2");
        page.locator("#availability").selectOption("1");
        page.locator("#personalInfo1").check();
        page.locator("#specificPersonalInfo1").check();
        page.locator("#recordCount").fill("2500");
        click("保存");
        page.waitForURL("**/assets/IA-*");
        String number = page.url().substring(page.url().lastIndexOf('/') + 1);
        expect(page.locator(".flash--notice")).containsText(number);
        expect(page.locator("#asset-levels")).containsText("機密性3");
        expect(page.locator("#asset-levels")).containsText("完全性2");
        expect(page.locator("#asset-handling")).containsText("私物の端末や記録媒体では扱わない");
        expect(page.locator("#asset-findings")).containsText("特定個人情報がマイナンバー利用事務系の外にある");

        page.navigate(url("/assets/findings"));
        expect(page.locator("#findings")).containsText(number);

        page.navigate(url("/assets/" + number));
        page.locator("#carriedOutBy").fill("庶務係 見本");
        page.locator("#method").fill("消去ソフトで上書きのうえ物理破壊");
        click("廃棄を申請");
        page.waitForURL("**/assets/" + number);
        expect(page.locator("#asset-status")).containsText("廃棄申請中");
        expect(page.locator("#approve-disposal")).hasCount(0);

        context.clearCookies();
        signIn(officer);
        page.navigate(url("/assets/" + number));
        click("廃棄を承認");
        page.waitForURL("**/assets/" + number);
        expect(page.locator("#asset-status")).containsText("廃棄済");
        expect(page.locator("#disposal-approver")).containsText(officer);
        expect(page.locator("a[href$='/edit']")).hasCount(0);
        expect(page.locator("#asset-history")).containsText("廃棄承認");
        expect(page.locator("#asset-history")).containsText("廃棄申請");
        assertThat(outsideRequests()).isEmpty();
    }
}
