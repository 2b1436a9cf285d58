package jp.mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import jp.mamori.testing.BrowserTest;
import org.junit.jupiter.api.Test;

/** In a real browser: Japanese first even for an English browser, English on request, nothing from outside. */
class LanguageSwitchIT extends BrowserTest {
    @Test
    void the_sign_in_page_is_japanese_by_default_and_switches_to_english_and_back() {
        context.setExtraHTTPHeaders(java.util.Map.of("Accept-Language", "en-US,en;q=0.9"));
        page.navigate(url("/login"));
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("ja");
        assertThat(page.locator(".brand__name").textContent()).contains("守り");

        page.locator(".lang-switch button[value=en]").click();
        page.waitForURL("**/login?lang=en");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
        assertThat(page.locator(".lang-switch button[value=en]").getAttribute("aria-pressed"))
                .isEqualTo("true");

        // the choice is kept in a cookie
        page.navigate(url("/login"));
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");

        page.locator(".lang-switch button[value=ja]").click();
        page.waitForURL("**/login?lang=ja");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("ja");
        assertThat(outsideRequests()).isEmpty();
        assertThat(requests).anyMatch(u -> u.matches(".*/css/mamori-[0-9a-f]{32}\\.css"));
    }
}
