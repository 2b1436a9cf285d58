package jp.mamori.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import jp.mamori.incident.IncidentService;
import jp.mamori.incident.PersonalData;
import jp.mamori.incident.ReportRequest;
import jp.mamori.incident.StoredIncident;
import jp.mamori.incident.ThreatCategory;
import jp.mamori.organization.OrganizationTestData;
import jp.mamori.policy.PolicyHomeFixtures;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.shared.Wareki;
import jp.mamori.testing.BrowserTest;
import jp.mamori.testing.OnEachHardDay;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real browser, two people's home pages (issue 18): the CISO finds the 速報 of a breach due the
 * next day on their list (most urgent first), with its 和暦 due date and a link to the incident; a member of
 * staff finds the standard they still have to confirm, follows the link, confirms it, and the item
 * has left their list.
 */
class HomeBrowserIT extends BrowserTest {
    @Autowired
    ApplicationContext application;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IncidentService incidents;

    @AfterEach
    void clockBack() {
        TestClock.INSTANCE.reset();
    }

    @Test
    void the_ciso_sees_a_preliminary_report_due_tomorrow_on_the_home_list_and_opens_it() {
        OrganizationTestData org = new OrganizationTestData(application);
        long unit = org.unit("ホーム画面課", null);
        long reporter = org.person("ホーム 報告者", unit);
        long ciso = org.person("ホーム 最高責任者", unit);
        org.grant(ciso, Role.CISO, null);
        String title = "名簿の誤送信 " + OrganizationTestData.unique("");
        PersonalData sensitive = new PersonalData(true, true, false, 1, false, false, false, false, false, false);
        StoredIncident[] stored = new StoredIncident[1];
        TestUsers.runAs(
                new CurrentUser(
                        "home-rep-" + reporter, reporter, "ホーム 報告者", false, List.of(new RoleGrant(Role.STAFF, unit))),
                () -> stored[0] = incidents.report(new ReportRequest(
                        title,
                        "要配慮個人情報を含む名簿を別の事業所へ送信した",
                        TestClock.INSTANCE.instant().minusSeconds(3_600),
                        "自分",
                        List.of("組合員名簿"),
                        ThreatCategory.UNINTENTIONAL_ERROR,
                        sensitive,
                        null,
                        "")));
        LocalDate dueOn = incidents.decision(stored[0].incident()).deadlines().preliminaryReport();
        TestClock.INSTANCE.moveTo(dueOn.minusDays(1).atTime(OnEachHardDay.TIME));

        signIn(accountWithSecondFactor(ciso));
        page.navigate(url("/"));

        var row = page.locator("#work-list tbody tr[data-kind='incident.preliminary-report']")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(stored[0].reference()));
        expect(row).hasCount(1);
        expect(row).containsText("速報の提出");
        expect(row).containsText(Wareki.japanese(dueOn));
        expect(row).containsText("あと1日");
        expect(row.locator(".badge")).hasText("期限間近");
        expect(page.locator("#work-summary")).containsText("期限の迫っている順");
        row.locator("a").click();
        page.waitForURL("**/incidents/" + stored[0].incident().id().value());
        expect(page.locator("h1")).containsText(title);
    }

    @Test
    void staff_confirm_the_standard_from_their_list_and_it_leaves_the_list() {
        OrganizationTestData org = new OrganizationTestData(application);
        long unit = org.unit("ホーム確認課", null);
        long staff = org.person("ホーム 職員", unit);
        String title =
                new PolicyHomeFixtures(jdbc).toConfirm(unit, TestClock.today().plusDays(3));

        signIn(account(staff));
        page.navigate(url("/"));
        var row = page.locator("#work-list tbody tr[data-kind='policy.acknowledgement']")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(title));
        expect(row).hasCount(1);
        expect(row).containsText("規程の遵守の確認");
        expect(row).containsText(Wareki.japanese(TestClock.today().plusDays(3)));
        expect(row.locator(".badge")).hasText("期限間近");

        row.locator("a").click();
        page.waitForURL("**/policies/*/revisions/*");
        page.locator("#ack-confirm").click();
        expect(page.locator("#ack-confirmed")).isVisible();

        page.navigate(url("/"));
        expect(page.locator("#my-work")).isVisible();
        expect(page.locator("#work-list tbody tr[data-kind='policy.acknowledgement']")
                        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(title)))
                .hasCount(0);
        expect(page.locator("a[href='/me/digest']")).isVisible();
        assertThat(outsideRequests()).isEmpty();
    }
}
