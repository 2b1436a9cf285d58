package jp.mamori.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import jp.mamori.testing.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real browser: an administrator's first sign-in with the forced TOTP enrolment (the secret
 * read off the page, the code computed here), signing out, a later sign-in with a code; and a
 * lockout after repeated wrong passwords that an administrator lifts.
 */
class SecurityBrowserIT extends BrowserTest {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    SecondFactorEnrolment enrolment;

    @Autowired
    TotpCodes totp;

    SecurityFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new SecurityFixtures(jdbc, accounts);
    }

    private void submitPassword(Page page, String login, String password) {
        page.navigate(url("/login"));
        page.locator("#username").fill(login);
        page.locator("#password").fill(password);
        page.locator("form[action$='/login'] button[type=submit]").click();
        page.waitForLoadState();
    }

    @Test
    void an_administrator_enrols_totp_at_first_sign_in_signs_out_and_signs_in_later_with_a_code() {
        Account admin = fixtures.administrator();

        submitPassword(page, admin.login(), SecurityFixtures.PASSWORD);
        page.waitForURL("**/account/totp");
        expect(page.locator("h1")).hasText("二要素認証の登録");
        Locator qr = page.locator("img[src$='/account/totp/qr.png']");
        page.waitForFunction("img => img.complete && img.naturalWidth > 0", qr.elementHandle());
        Object qrWidth = qr.evaluate("img => img.naturalWidth");
        assertThat(((Number) qrWidth).intValue())
                .as("the server-drawn QR code loads")
                .isGreaterThan(100);
        String secret =
                page.locator("#totp-secret").textContent().replace(" ", "").strip();
        assertThat(secret).matches("[A-Z2-7]{32}");

        page.locator("#code").fill(totp.codeFor(secret, totp.currentStep()));
        page.locator("form[action$='/account/totp'] button[type=submit]").click();
        page.waitForURL("**/account/recovery-codes");
        List<String> codes = page.locator("#recovery-codes li").allTextContents();
        assertThat(codes).hasSize(10).allMatch(c -> c.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
        page.locator("main a.button").click();
        page.waitForURL(url("/"));
        expect(page.locator(".user-menu__name")).hasText("試験管理者");

        page.locator(".user-menu form button[type=submit]").click();
        page.waitForURL("**/login?logout");
        expect(page.locator(".flash--notice").first()).containsText("サインアウトしました");
        page.navigate(url("/admin/users"));
        assertThat(page.url()).endsWith("/login");

        submitPassword(page, admin.login(), SecurityFixtures.PASSWORD);
        page.waitForURL("**/login/totp");
        page.locator("#code").fill("000000");
        page.locator("form[action$='/login/totp'] button[type=submit]").click();
        page.waitForURL("**/login/totp?error");
        expect(page.locator("#code-error")).containsText("確認コードが正しくありません");
        // the enrolment spent this time step's code, so the next step's code signs in
        page.locator("#code").fill(totp.codeFor(secret, totp.currentStep() + 1));
        page.locator("form[action$='/login/totp'] button[type=submit]").click();
        // on to the page first asked for
        page.waitForURL("**/admin/users**");
        expect(page.locator("h1")).hasText("アカウント管理");
        assertThat(outsideRequests()).isEmpty();
    }

    @Test
    void repeated_wrong_passwords_make_the_login_wait_with_the_usual_message_and_an_administrator_ends_the_wait() {
        Account staff = fixtures.staff();
        for (int i = 1; i <= 5; i++) {
            submitPassword(page, staff.login(), "wrong-password-" + i);
        }
        // the right password now is not evaluated, and the page says no more than for a wrong one
        submitPassword(page, staff.login(), SecurityFixtures.PASSWORD);
        assertThat(page.url()).contains("/login?error=bad-credentials");
        expect(page.locator("#signin-error")).containsText("ログインIDまたはパスワードが正しくありません");
        expect(page.locator("#signin-error")).not().containsText("ロック");

        // an enrolled administrator, in a browser of their own
        Account admin = fixtures.administrator();
        String secret = enrolment.pendingSecret(admin.id());
        enrolment.confirm(admin.id(), totp.codeFor(secret, totp.currentStep()));
        BrowserContext adminContext =
                browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("ja-JP"));
        try {
            Page adminPage = adminContext.newPage();
            submitPassword(adminPage, admin.login(), SecurityFixtures.PASSWORD);
            adminPage.waitForURL("**/login/totp");
            adminPage.locator("#code").fill(totp.codeFor(secret, totp.currentStep() + 1));
            adminPage.locator("form[action$='/login/totp'] button[type=submit]").click();
            adminPage.waitForURL(url("/"));
            adminPage.navigate(url("/admin/users"));
            var row = adminPage.locator("tr[data-login='" + staff.login() + "']");
            expect(row.locator(".badge--error")).hasText(startingWith("サインイン待機中"));
            row.locator("form[action$='/unlock'] button").click();
            adminPage.waitForURL("**/admin/users");
            expect(adminPage.locator(".flash--notice")).containsText(staff.login());
            expect(adminPage.locator("tr[data-login='" + staff.login() + "'] .badge--ok"))
                    .hasText("有効");
        } finally {
            adminContext.close();
        }

        submitPassword(page, staff.login(), SecurityFixtures.PASSWORD);
        page.waitForURL(url("/"));
        expect(page.locator(".user-menu__name")).hasText(startingWith("試験　職員"));
    }
}
