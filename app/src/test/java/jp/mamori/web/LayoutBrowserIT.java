package jp.mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.file.Path;
import java.util.UUID;
import jp.mamori.organization.OrganizationTestData;
import jp.mamori.shared.Role;
import jp.mamori.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The page frame on a common office screen (1366×768): the header with the CISO's full navigation
 * stays on one line, and list tables keep an asset number and a status badge on one line each.
 * Screenshots go to target/screenshots for a person to look at.
 */
class LayoutBrowserIT extends BrowserTest {
    @Autowired
    JdbcClient jdbc;

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A person holding the role (body-wide when unitId is null) with an account; returns the login. */
    private String account(Role role, Long unitId, long homeUnit, boolean secondFactor) {
        OrganizationTestData organization = OrganizationTestData.of(jdbc);
        long person = organization.person("架空　一郎", homeUnit);
        organization.grant(person, role, unitId);
        return secondFactor ? accountWithSecondFactor(person) : account(person);
    }

    private long unit(String name) {
        return OrganizationTestData.of(jdbc).unit(name, null);
    }

    /** How many line boxes an inline element takes: 1 when it does not wrap. */
    private static int lines(Locator element) {
        return ((Number) element.evaluate("e => e.getClientRects().length")).intValue();
    }

    @Test
    void at_1366_pixels_the_header_is_one_line_and_asset_numbers_and_badges_do_not_wrap() {
        long unit = unit("レイアウト確認課");
        String ciso = account(Role.CISO, null, unit, true);
        page.setViewportSize(1366, 768);
        signIn(ciso);
        page.navigate(url("/"));

        BoundingBox brand = page.locator(".brand").boundingBox();
        BoundingBox tools = page.locator(".site-tools").boundingBox();
        BoundingBox nav = page.locator(".site-nav").boundingBox();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/header-1366.png")));
        assertThat(page.locator(".site-nav li").count()).isGreaterThanOrEqualTo(9);
        assertThat(Math.abs(brand.y + brand.height / 2 - (tools.y + tools.height / 2)))
                .as("brand and tools on one row")
                .isLessThan(12);
        assertThat(Math.abs(nav.y + nav.height / 2 - (brand.y + brand.height / 2)))
                .as("navigation on the same row")
                .isLessThan(12);
        assertThat(nav.height).as("navigation in one line").isLessThan(48);

        // related pages share a menu: it opens on a click, leads to its page, marks its group there
        // and closes on Escape
        Locator organization = page.locator("details.nav-menu", new Page.LocatorOptions().setHasText("組織"));
        assertThat(organization.locator("a[href='/units']").isVisible()).isFalse();
        organization.locator("summary").click();
        assertThat(organization.locator("a[href='/units']").isVisible()).isTrue();
        page.keyboard().press("Escape");
        assertThat(organization.getAttribute("open")).isNull();
        organization.locator("summary").click();
        organization
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("部署"))
                .click();
        page.waitForURL("**/units");
        assertThat(page.locator("details.nav-menu--current summary").textContent())
                .isEqualTo("組織");
        assertThat(page.locator("details.nav-menu--current a[aria-current='page']")
                        .getAttribute("href"))
                .isEqualTo("/units");

        // the audit trail reads in words: the CISO's own sign-in is 「サインイン」 by name, not signin.succeeded
        page.navigate(url("/audit-trail?actor=" + ciso));
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/audit-trail-1366.png")));
        Locator signIn = page.locator("tr[data-action='signin.succeeded']").first();
        assertThat(signIn.locator(".audit-what").textContent()).isEqualTo("サインイン");
        assertThat(signIn.textContent()).contains("架空　一郎（" + ciso + "）").doesNotContain("signin.succeeded");

        String manager = account(Role.SECURITY_MANAGER, unit, unit, false);
        context.clearCookies();
        signIn(manager);
        page.navigate(url("/assets/new"));
        page.locator("#name").fill(unique("レイアウト確認用の長い名前の情報資産"));
        page.locator("#kind").selectOption("INFORMATION");
        page.locator("#ownerUnitId").selectOption(Long.toString(unit));
        page.locator("#form").selectOption("ELECTRONIC");
        page.locator("#zoneCode").selectOption("LGWAN");
        page.locator("#confidentiality").selectOption("2");
        page.locator("#integrity").selectOption("2");
        page.locator("#availability").selectOption("2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存"))
                .click();
        page.waitForURL("**/assets/IA-*");
        page.navigate(url("/assets"));
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/assets-1366.png")));
        Locator firstRow = page.locator("table tbody tr").first();
        assertThat(lines(firstRow.locator("td").first().locator("a")))
                .as("asset number")
                .isEqualTo(1);
        assertThat(lines(firstRow.locator(".badge--ok, .badge--warn").last()))
                .as("status badge")
                .isEqualTo(1);
    }
}
