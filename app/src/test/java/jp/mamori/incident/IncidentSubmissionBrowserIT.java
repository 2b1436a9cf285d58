package jp.mamori.incident;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import jp.mamori.shared.BodyClock;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.BrowserTest;
import jp.mamori.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * In a real browser, one breach of a 行政機関等 through to submission (issue 11): a staff member reports
 * that 150 people's ordinary personal information was sent to the wrong address — due under 施行規則
 * 第43条第4号 (more than 100 people), not under the business rules; the section's 情報セキュリティ管理者
 * triages it, records the 速報 with the file sent and then the 確報, takes the response steps and closes
 * the incident, which the product allows because both reports are recorded.
 */
class IncidentSubmissionBrowserIT extends BrowserTest {
    static final String PASSWORD = "incident-submission-pass-42";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    String account(IncidentWorld.Person person) {
        jdbc.sql("""
                        insert into sec_account (login, person_id, display_name, password_hash, administrator, enabled,
                            locked, failed_attempts, password_changed_at, created_at, updated_at)
                        values (:login, :person, :name, :hash, false, true, false, 0, :now, :now, :now)
                        """)
                .param("login", person.user().login())
                .param("person", person.id())
                .param("name", person.name())
                .param("hash", encoder.encode(PASSWORD))
                .param("now", OffsetDateTime.now())
                .update();
        return person.user().login();
    }

    void step(String formId, String note) {
        page.locator("#" + formId + " textarea[name=note]").fill(note);
        page.locator("#" + formId + " button[type=submit]").click();
        page.waitForLoadState();
    }

    void submission(String kind, String by, String channel, String receipt) {
        page.locator("#submission-details summary").click();
        page.locator("#submission-kind").selectOption(kind);
        page.locator("#submission-at")
                .fill(LocalDateTime.now(TestClock.INSTANCE.withZone(BodyClock.ZONE))
                        .minusMinutes(10)
                        .truncatedTo(ChronoUnit.MINUTES)
                        .toString());
        page.locator("#submission-by").fill(by);
        page.locator("#submission-channel").selectOption(channel);
        page.locator("#submission-receipt").fill(receipt);
    }

    @Test
    void a_public_body_reports_a_breach_of_150_people_submits_both_reports_and_closes_it() {
        jdbc.sql("delete from inc_regime_choice").update();
        var world = new IncidentWorld(jdbc);
        long section = world.unit("提出試験課", null);
        var staff = world.person("画面 報告子", section);
        var manager = world.person("画面 管理者", section, new RoleGrant(Role.SECURITY_MANAGER, section));
        String title = "名簿の誤送信 " + IncidentWorld.unique("");
        LocalDateTime discovered = LocalDateTime.now(TestClock.INSTANCE.withZone(BodyClock.ZONE))
                .minusHours(1)
                .truncatedTo(ChronoUnit.MINUTES);

        signIn(page, account(staff), PASSWORD, null);
        page.navigate(url("/incidents/new"));
        page.locator("#title").fill(title);
        page.locator("#description").fill("組合員150人分の名簿を別の事業所へ送信した");
        page.locator("#discoveredAt").fill(discovered.toString());
        page.locator("#discoveredBy").fill("自分");
        page.locator("#affectedAssets").fill("組合員名簿");
        page.locator("#threat-UNINTENTIONAL_ERROR").check();
        page.locator("#personalInformation").check();
        page.locator("#approximatePeople").fill("150");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("報告する"))
                .click();
        page.waitForURL("**/incidents/*-*");
        String incidentUrl = page.url();
        expect(page.locator("#regime-line")).containsText("行政機関等");
        expect(page.locator("#decision-reasons")).containsText("保有個人情報の本人の数が100人を超えるため");
        expect(page.locator("#decision-reasons")).containsText("同法施行規則第43条第4号");
        expect(page.locator("#counted-from")).containsText("（1日目）");
        context.clearCookies();

        signIn(page, account(manager), PASSWORD, null);
        page.navigate(incidentUrl);
        page.locator("#severity").selectOption("3");
        page.locator("#priority").selectOption("HIGH");
        step("triage-form", "誤送信として対応");
        expect(page.locator("#state")).hasAttribute("data-state", "TRIAGED");
        expect(page.locator("#due-preliminary .countdown")).hasCount(1);

        submission("PRELIMINARY", "統括情報セキュリティ責任者 画面", "PPC_FORM", "PPC-速報-1");
        page.locator("#submission-file")
                .setInputFiles(
                        new FilePayload("sokuhou.pdf", "application/pdf", "速報の控え".getBytes(StandardCharsets.UTF_8)));
        page.locator("#submission-form button[type=submit]").click();
        page.waitForLoadState();
        expect(page.locator(".flash--notice")).containsText("提出を記録しました");
        expect(page.locator("#submission-table")).containsText("PPC-速報-1");
        expect(page.locator("#submission-table")).containsText("sokuhou.pdf");
        expect(page.locator("#submission-table")).containsText("期限内");
        expect(page.locator("#due-preliminary .countdown")).hasCount(0);

        submission("FINAL", "統括情報セキュリティ責任者 画面", "PPC_FORM", "PPC-確報-1");
        page.locator("#submission-form button[type=submit]").click();
        page.waitForLoadState();
        expect(page.locator("#submission-table tr[data-kind=FINAL]")).containsText(".xlsx");
        expect(page.locator("#due-final .countdown")).hasCount(0);

        step("next-step-form", "送信先に削除を依頼");
        step("next-step-form", "送信前の宛先確認を二人に");
        step("next-step-form", "削除の報告を受領");
        expect(page.locator("#state")).hasAttribute("data-state", "RECOVERED");
        expect(page.locator("#close-outstanding")).hasCount(0);
        page.locator("#cause").fill("宛先の選び間違い");
        page.locator("#recurrencePrevention").fill("送信前の二人確認");
        page.locator("#close-form button[type=submit]").click();
        page.waitForLoadState();
        expect(page.locator("#state")).hasAttribute("data-state", "CLOSED");
        assertThat(outsideRequests()).isEmpty();
    }
}
