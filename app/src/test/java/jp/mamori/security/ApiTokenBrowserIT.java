package jp.mamori.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.RequestOptions;
import jp.mamori.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An API token's whole life in a real browser: created on the account page, shown there once, used
 * on {@code /api/v1} by a client without a session, revoked on the same page, refused after. The
 * account page keeps working throughout (it answered 500 once a person had a token).
 */
class ApiTokenBrowserIT extends BrowserTest {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Test
    void a_token_is_created_shown_once_used_on_the_api_revoked_and_refused_after() {
        Account person = new SecurityFixtures(jdbc, accounts).staff();
        signIn(page, person.login(), SecurityFixtures.PASSWORD, null);

        page.navigate(url("/account"));
        page.locator("#name").fill("集計スクリプト");
        page.locator("form[action$='/account/api-tokens'] input[name=confirmation]")
                .fill(SecurityFixtures.PASSWORD);
        page.locator("form[action$='/account/api-tokens'] button[type=submit]").click();

        expect(page.locator(".flash--notice").first()).containsText("API トークンを作成しました");
        Locator shown = page.locator("#new-token");
        expect(shown).containsText(ApiTokens.PREFIX);
        String token = shown.textContent().strip();
        Locator row = page.locator("tr", new com.microsoft.playwright.Page.LocatorOptions().setHasText("集計スクリプト"));
        expect(row).containsText(token.substring(0, ApiTokens.LOOKUP_LENGTH));
        expect(row.locator(".badge--ok")).hasText("有効");

        // shown once: the page again lists the token but no longer shows it
        page.navigate(url("/account"));
        expect(page.locator("h1")).hasText("自分のアカウント");
        expect(row).containsText("集計スクリプト");
        expect(page.locator("#new-token")).hasCount(0);
        assertThat(page.content()).doesNotContain(token);

        APIRequestContext client = playwright.request().newContext();
        try {
            assertThat(api(client, token).status()).isEqualTo(200);

            row.getByText("失効させる").click();
            expect(page.locator(".flash--notice").first()).containsText("API トークンを失効させました");
            expect(row.locator(".badge--error")).hasText("失効");

            APIResponse refused = api(client, token);
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.headers().get("content-type")).startsWith("application/problem+json");
        } finally {
            client.dispose();
        }

        page.navigate(url("/account"));
        expect(page.locator("h1")).hasText("自分のアカウント");
        expect(row.locator(".badge--error")).hasText("失効");
        assertThat(outsideRequests()).isEmpty();
    }

    private APIResponse api(APIRequestContext client, String token) {
        return client.get(
                url("/api/v1/units"),
                RequestOptions.create()
                        .setHeader("Authorization", "Bearer " + token)
                        .setHeader("Accept", "application/json"));
    }
}
