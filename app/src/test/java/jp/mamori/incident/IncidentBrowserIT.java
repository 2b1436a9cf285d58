package jp.mamori.incident;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real browser, from report to closure: a staff member reports what they saw; their section's
 * 情報セキュリティ管理者 finds it in the list, triages it, records containment, eradication and
 * recovery, and closes it with the cause and the recurrence prevention; the timeline shows every
 * step, and the reporter sees the closed incident.
 */
class IncidentBrowserIT extends BrowserTest {
    @Autowired
    JdbcClient jdbc;

    String account(IncidentWorld.Person person) {
        return account(person.id());
    }

    void signOut() {
        context.clearCookies();
    }

    void step(String formId, String note) {
        page.locator("#" + formId + " textarea[name=note]").fill(note);
        page.locator("#" + formId + " button[type=submit]").click();
        page.waitForLoadState();
    }

    @Test
    void a_staff_member_reports_and_the_section_manager_takes_it_to_closure() {
        var world = new IncidentWorld(jdbc);
        long section = world.unit("ブラウザ試験課", null);
        var staff = world.person("画面 報告子", section);
        var manager = world.person("画面 管理者", section, new RoleGrant(Role.SECURITY_MANAGER, section));
        String title = "USBメモリの紛失 " + IncidentWorld.unique("");

        String staffLogin = account(staff);
        signIn(staffLogin);
        page.navigate(url("/incidents/new"));
        page.locator("#title").fill(title);
        page.locator("#description").fill("窓口で使っていたUSBメモリが見当たらない");
        page.locator("#discoveredAt").fill("2026-11-20T10:15");
        page.locator("#discoveredBy").fill("自分");
        page.locator("#affectedAssets").fill("USBメモリ（暗号化なし）");
        page.locator("#threat-UNINTENTIONAL_ERROR").check();
        page.locator("#personalInformation").check();
        page.locator("#approximatePeople").fill("30");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("報告する"))
                .click();
        page.waitForURL("**/incidents/*-*");
        String incidentUrl = page.url();
        expect(page.locator(".flash--notice")).containsText("受け付けました");
        expect(page.locator("#state")).hasAttribute("data-state", "REPORTED");
        expect(page.locator("#timeline")).containsText("画面 管理者");
        expect(page.locator("#response")).hasCount(0);
        signOut();

        String managerLogin = account(manager);
        signIn(managerLogin);
        page.navigate(url("/incidents"));
        page.getByText(title).first().click();
        page.waitForURL(incidentUrl);
        page.locator("#severity").selectOption("2");
        page.locator("#priority").selectOption("HIGH");
        step("triage-form", "紛失として対応");
        expect(page.locator("#state")).hasAttribute("data-state", "TRIAGED");
        step("next-step-form", "庁内を捜索し、利用を停止");
        expect(page.locator("#state")).hasAttribute("data-state", "CONTAINED");
        step("next-step-form", "USBメモリの利用を許可制に変更");
        expect(page.locator("#state")).hasAttribute("data-state", "ERADICATED");
        step("next-step-form", "暗号化USBメモリを配備");
        expect(page.locator("#state")).hasAttribute("data-state", "RECOVERED");
        page.locator("#cause").fill("暗号化されていない私物媒体の利用");
        page.locator("#recurrencePrevention").fill("媒体の管理台帳と暗号化の義務化");
        page.locator("#close-form button[type=submit]").click();
        page.waitForLoadState();

        expect(page.locator("#state")).hasAttribute("data-state", "CLOSED");
        expect(page.locator("#closure-cause")).hasText("暗号化されていない私物媒体の利用");
        expect(page.locator("#closure-prevention")).hasText("媒体の管理台帳と暗号化の義務化");
        for (String text : new String[] {
            "報告", "トリアージ", "封じ込め", "根絶", "復旧", "終結", "庁内を捜索し、利用を停止", "USBメモリの利用を許可制に変更", "暗号化USBメモリを配備"
        }) {
            expect(page.locator("#timeline")).containsText(text);
        }
        for (String step : new String[] {"REPORT", "ESCALATE", "TRIAGE", "CONTAIN", "ERADICATE", "RECOVER", "CLOSE"}) {
            expect(page.locator("#timeline li[data-step=" + step + "]").first()).isAttached();
        }
        expect(page.locator("#timeline")).containsText(managerLogin);
        signOut();

        signIn(staffLogin);
        page.navigate(url("/incidents/mine"));
        expect(page.locator("#incidents")).containsText(title);
        expect(page.locator("#incidents")).containsText("終結");
        assertThat(outsideRequests()).isEmpty();
    }
}
