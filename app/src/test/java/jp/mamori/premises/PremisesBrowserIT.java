package jp.mamori.premises;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import jp.mamori.shared.Role;
import jp.mamori.testing.BrowserTest;
import jp.mamori.testing.TestClock;
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
        clickButton("保存");
        page.waitForURL(u -> u.matches(".*/areas/\\d+$"));
        expect(page.locator(".flash--notice")).containsText(code);
        expect(page.locator("#area-assets")).containsText("ブラウザ基幹サーバ");

        page.locator("#permit-staff").fill(fx.staffNumber(operator));
        clickButton("許可する");
        expect(page.locator("#permit-table")).containsText("運用ブラウザ");

        page.locator("#entry-staff").fill(fx.staffNumber(operator));
        clickButton("入室を記録");
        expect(page.locator(".flash--notice")).containsText("入室を記録しました");
        page.locator("#entry-visitor").fill("来訪ブラウザ");
        page.locator("#entry-company").fill("架空保守株式会社");
        page.locator("#entry-purpose").fill("空調点検");
        clickButton("入室を記録");
        expect(page.locator("#entry-table tr[data-who^='来訪ブラウザ'] [data-rule=VISITOR_WITHOUT_ESCORT]"))
                .containsText("同行者のない来訪者");
        expect(page.locator("#entry-table tr[data-who='運用ブラウザ'] [data-rule]")).hasCount(0);
    }

    @Test
    void
            a_confidentiality_2_asset_goes_out_is_approved_returned_late_after_a_reminder_and_a_confidentiality_3_asset_is_refused() {
        PremisesFixtures fx = new PremisesFixtures(jdbc);
        long unit = fx.unit("ブラウザ保険課");
        long manager = fx.personWith("課長持出", unit, Role.SECURITY_MANAGER);
        long requester = fx.person("職員持出", unit);
        String laptop = fx.assets.informationAsset("ブラウザ説明会用PC", unit, "2");
        String ledger = fx.assets.informationAsset("ブラウザ組合員台帳", unit, "3");
        LocalDate today = TestClock.today();
        String managerLogin = account(manager);
        try {
            signIn(account(requester));
            page.navigate(url("/carry-outs"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("持ち出しを申請"))
                    .click();
            page.waitForURL("**/carry-outs/new");
            page.locator("#assetNumber").fill(ledger);
            page.locator("#purpose").fill("持ち帰り作業");
            page.locator("#destination").fill("自宅");
            page.locator("#protection").fill("暗号化したUSBメモリ");
            page.locator("#outOn").fill(today.toString());
            page.locator("#dueBack").fill(today.plusDays(1).toString());
            clickButton("申請する");
            expect(page.locator("#assetNumber-error")).containsText("設定により持ち出しできません");

            page.locator("#assetNumber").fill(laptop);
            page.locator("#purpose").fill("出張説明会");
            page.locator("#destination").fill("架空町公民館");
            clickButton("申請する");
            page.waitForURL(u -> u.matches(".*/carry-outs/\\d+$"));
            String path = page.url().substring(page.url().indexOf("/carry-outs/"));
            expect(page.locator("#carry-out-state")).containsText("承認待ち");
            expect(page.locator("#approve")).hasCount(0);

            context.clearCookies();
            signIn(managerLogin);
            page.navigate(url(path));
            clickButton("承認する");
            expect(page.locator("#carry-out-state")).containsText("持出中");

            TestClock.INSTANCE.moveTo(today.plusDays(3).atTime(10, 0));
            context.clearCookies();
            signIn(managerLogin);
            page.navigate(url("/carry-outs?overdue=true"));
            String id = path.substring("/carry-outs/".length());
            expect(page.locator("tr[data-carry-out='" + id + "'] [data-rule=OVERDUE]"))
                    .isVisible();
            page.navigate(url(path));
            clickButton("返却を催促する");
            expect(page.locator(".flash--notice")).containsText("2 人に返却を催促しました");
            clickButton("返却を確認する");
            expect(page.locator("#carry-out-state [data-rule=RETURNED_LATE]")).isVisible();
            expect(page.locator("#carry-out-state")).containsText("返却済");
        } finally {
            TestClock.INSTANCE.reset();
        }
        org.assertj.core.api.Assertions.assertThat(jdbc.sql(
                                "select count(*) from ntf_notice where person_id = :p and topic = 'premises.carry-out.overdue'")
                        .param("p", requester)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
