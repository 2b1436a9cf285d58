package jp.mamori.incident;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import jp.mamori.shared.BodyClock;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.BrowserTest;
import jp.mamori.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real browser, one breach of a 行政機関等 through to submission (issue 11): a staff member reports
 * that 150 people's ordinary personal information was sent to the wrong address — due under 施行規則
 * 第43条第4号 (more than 100 people), not under the business rules; the section's 情報セキュリティ管理者
 * triages it (the CISO and the 統括 were told on the report already, since a report is due), records
 * the 速報 with the file sent and then the 確報, records the notice to the persons concerned (by post,
 * the rest by publication), takes the response steps and closes the incident, which the product
 * allows because both reports are recorded.
 */
class IncidentSubmissionBrowserIT extends BrowserTest {
    @Autowired
    JdbcClient jdbc;

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
    void a_public_body_reports_a_breach_of_150_people_submits_both_reports_notifies_the_people_and_closes_it() {
        jdbc.sql("delete from inc_regime_choice").update();
        var world = new IncidentWorld(jdbc);
        long section = world.unit("提出試験課", null);
        var staff = world.person("画面 報告子", section);
        var manager = world.person("画面 管理者", section, new RoleGrant(Role.SECURITY_MANAGER, section));
        world.person("画面 最高責任者", section, new RoleGrant(Role.CISO, null));
        String title = "名簿の誤送信 " + IncidentWorld.unique("");
        LocalDateTime discovered = LocalDateTime.now(TestClock.INSTANCE.withZone(BodyClock.ZONE))
                .minusHours(1)
                .truncatedTo(ChronoUnit.MINUTES);

        signIn(account(staff.id()));
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

        signIn(account(manager.id()));
        page.navigate(incidentUrl);
        // a report is due: the CISO (stage 3) was told at once, before any triage
        expect(page.locator("#timeline")).containsText("第3段階");
        expect(page.locator("#timeline")).containsText("画面 最高責任者");
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

        // 本人への通知: 140 by post, the 10 without a known address by publication
        page.locator("#people-notice-details summary").click();
        page.locator("#notice-way-NOTIFIED").check();
        page.locator("#notice-done-on").fill(TestClock.today().toString());
        page.locator("#notice-method").selectOption("POST");
        page.locator("#notice-people").fill("140");
        page.locator("#people-notice-form button[type=submit]").click();
        page.waitForLoadState();
        expect(page.locator(".flash--notice")).containsText("本人への通知を記録しました");
        page.locator("#people-notice-details summary").click();
        page.locator("#notice-way-ALTERNATIVE").check();
        page.locator("#notice-done-on").fill(TestClock.today().toString());
        page.locator("#notice-people").fill("10");
        page.locator("#notice-why-not").fill("転居先が分からない");
        page.locator("#notice-measure").selectOption("PUBLICATION");
        page.locator("#notice-measure-text").fill("組合ウェブサイトに掲載");
        page.locator("#people-notice-form button[type=submit]").click();
        page.waitForLoadState();
        expect(page.locator("#people-notice-total")).containsText("直接通知した本人 140人");
        expect(page.locator("#people-notice-table")).containsText("法第68条第2項第1号");
        expect(page.locator("#people-notice-table")).containsText("組合ウェブサイトに掲載");

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
