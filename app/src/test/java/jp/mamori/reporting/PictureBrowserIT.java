package jp.mamori.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import jp.mamori.organization.OrganizationTestData;
import jp.mamori.shared.Role;
import jp.mamori.testing.BrowserTest;
import jp.mamori.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real browser (issue 18): the 統括情報セキュリティ責任者 opens the office's picture, finds a unit's
 * open corrective actions with a bar beside the number, sees the number change when a new action is
 * opened, and follows the number to the list of corrective actions. Nothing is loaded from outside.
 */
class PictureBrowserIT extends BrowserTest {
    @Autowired
    ApplicationContext application;

    @Autowired
    JdbcClient jdbc;

    void action(long unit) {
        jdbc.sql("""
                        insert into aud_action (unit_id, title, plan, due_date, state, opened_at)
                        values (:u, '画面の改善措置', '', :d, 'OPEN', :now)
                        """)
                .param("u", unit)
                .param("d", TestClock.today().plusDays(30))
                .param("now", TestClock.now())
                .update();
    }

    @Test
    void the_picture_shows_a_units_open_actions_and_follows_a_new_one() {
        OrganizationTestData org = new OrganizationTestData(application);
        long unit = org.unit("画面状況課", null);
        long chief = org.person("画面 統括", unit);
        org.grant(chief, Role.CHIEF_SECURITY_OFFICER, null);
        action(unit);

        signIn(accountWithSecondFactor(chief));
        page.navigate(url("/picture"));
        var cell = page.locator("#picture-units tr[data-group='" + unit + "'] td[data-key='audit.action.open']");
        expect(cell.locator(".figure")).hasText("1");
        expect(cell.locator("svg.bar")).hasCount(1);
        expect(page.locator("#picture-chapters")).isVisible();

        action(unit);
        page.reload();
        expect(cell.locator(".figure")).hasText("2");

        cell.locator("a.figure").click();
        page.waitForURL("**/corrective-actions?state=OPEN");
        assertThat(outsideRequests()).isEmpty();
    }
}
