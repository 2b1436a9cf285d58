package jp.mamori.organization;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import jp.mamori.testing.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * In a real browser, as an administrator (a body-wide manager) signed in with password and TOTP:
 * create a unit, then a person in it, and see the person with the 在職期間 in 和暦.
 */
class OrganizationBrowserIT extends BrowserTest {
    @Test
    void a_body_wide_manager_creates_a_unit_and_a_person_through_the_pages() throws Exception {
        signIn(administrator());
        String code = OrgFixtures.unique("BR");

        page.navigate(url("/units/new"));
        page.locator("#code").fill(code);
        page.locator("#name").fill("ブラウザ試験課");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("保存"))
                .click();
        page.waitForURL("**/units/*");
        expect(page.locator("h1")).hasText("ブラウザ試験課");
        expect(page.locator(".flash--notice")).containsText("ブラウザ試験課");

        page.getByText("職員を追加").click();
        page.waitForURL("**/people/new**");
        // first a mistake: the form answers with the field named in Japanese
        page.locator("#staffNumber").fill(code);
        page.locator("#name").fill("画面 試子");
        page.locator("#kana").fill("gamen");
        page.locator("#email").fill("gamen@example.jp");
        page.locator("#category").selectOption("会計年度任用職員");
        page.locator("#inPostFrom").fill("令和6年4月1日");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("保存"))
                .click();
        expect(page.locator("#kana-error")).containsText("フリガナはカタカナで入力してください");

        page.locator("#kana").fill("ｶﾞﾒﾝ ｼｺ");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("保存"))
                .click();
        page.waitForURL("**/people/*");
        expect(page.locator("h1")).hasText("画面\u3000試子");
        expect(page.locator("#person-facts")).containsText("ガメン\u3000シコ");
        expect(page.locator("#person-facts")).containsText("会計年度任用職員");
        expect(page.locator("#person-facts")).containsText("ブラウザ試験課");
        expect(page.locator("#in-post-period")).hasText(startingWith("令和6年4月1日"));
        assertThat(outsideRequests()).isEmpty();
    }
}
