package jp.mamori.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import jp.mamori.testing.BrowserTest;
import jp.mamori.testing.TestClock;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real browser, the acknowledgement half of the policy journey (the approval half is
 * {@code PolicyBrowserIT}): a revision is in force; an administrator asks a unit to confirm it; a
 * member of staff signs in, finds it under 遵守の確認, reads it and confirms; the campaign page,
 * still open in the administrator's browser, shows 1 of 2 confirmed and only the other person
 * as not confirmed.
 */
class PolicyAcknowledgementBrowserIT extends BrowserTest {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    PolicyRepository documentRows;

    @Autowired
    RevisionRepository revisionRows;

    /** The person's account, or an administrator's (no person, second factor) when asked. */
    String account(String name, @Nullable Long personId, boolean administrator) {
        return administrator || personId == null ? administrator() : account(personId);
    }

    void signIn(Page on, String login, boolean withCode) throws Exception {
        signIn(on, login);
    }

    @Test
    void a_staff_member_confirms_the_revision_in_force_and_the_campaign_shows_the_progress() throws Exception {
        AcknowledgementFixtures fx = new AcknowledgementFixtures(jdbc, documentRows, revisionRows);
        long unit = fx.unit("遵守確認課", null);
        long reader = fx.person("画面 読子", unit);
        fx.person("画面 未読", unit);
        String title = PolicyTestData.unique("情報セキュリティ対策基準");
        InForce doc = fx.data.documentInForce(
                PolicyTier.STANDARD,
                title,
                Visibility.open(Audience.ALL_STAFF),
                "## 第1条（目的）\n\nこの基準は、職員が守るべき対策を定める。\n\n1. パスワードを共有しない。\n2. 離席時は画面をロックする。\n");

        // the administrator asks the unit to confirm, in a browser of their own
        BrowserContext adminContext = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP"));
        adminContext.setDefaultTimeout(15_000);
        Page admin = adminContext.newPage();
        admin.onRequest(request -> requests.add(request.url()));
        try {
            signIn(admin, account("遵守 管理者", null, true), true);
            admin.navigate(url("/policies/acknowledgements/new?documentId="
                    + doc.document().id()));
            admin.locator("input[name=audience][value=UNITS]").check();
            admin.locator("input[name=unitIds][value='" + unit + "']").check();
            admin.locator("#dueOn").fill(TestClock.today().plusDays(14).toString());
            admin.locator("#start-campaign").click();
            admin.waitForURL("**/policies/acknowledgements/campaigns/*");
            expect(admin.locator(".flash--notice")).containsText("確認の依頼を開始");
            expect(admin.locator("#progress-total")).containsText("0 / 2 人（0%）");
            String campaignUrl = admin.url();

            // the member of staff finds what to confirm, reads it and confirms
            signIn(page, account("画面 読子", reader, false), false);
            page.navigate(url("/policies"));
            page.locator("#ack-mine-link").click();
            page.waitForURL("**/policies/acknowledgements");
            expect(page.locator("#to-confirm")).containsText(title);
            expect(page.locator("#to-confirm")).containsText("テスト第1号");
            page.locator("#to-confirm").getByText(title).click();
            page.waitForURL("**/policies/" + doc.document().id() + "/revisions/"
                    + doc.revision().id());
            expect(page.locator("main")).containsText("離席時は画面をロックする。");
            page.locator("#ack-confirm").click();
            page.waitForLoadState();
            expect(page.locator(".flash--notice")).containsText("確認を記録しました");
            expect(page.locator("#ack-confirmed")).containsText("確認済み");
            page.navigate(url("/policies/acknowledgements"));
            expect(page.locator("#nothing-to-confirm")).isVisible();
            expect(page.locator("#confirmed")).containsText(title);

            // the campaign page shows the progress
            admin.navigate(campaignUrl);
            expect(admin.locator("#progress-total")).containsText("1 / 2 人（50%）");
            expect(admin.locator("#progress-units")).containsText("遵守確認課");
            expect(admin.locator("#pending")).containsText("画面 未読");
            expect(admin.locator("#pending")).not().containsText("画面 読子");
        } finally {
            adminContext.close();
        }
        assertThat(outsideRequests()).isEmpty();
    }
}
