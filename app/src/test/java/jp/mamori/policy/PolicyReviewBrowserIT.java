package jp.mamori.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import jp.mamori.shared.Role;
import jp.mamori.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real browser: the 情報セキュリティ責任者 who owns a standard sees its review overdue, starts
 * the review, records a change in the guideline as its input, concludes to revise — and the review
 * opens a draft revision from the text in force, linked from the review.
 */
class PolicyReviewBrowserIT extends BrowserTest {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    PolicyRepository documentRows;

    @Autowired
    RevisionRepository revisionRows;

    @Test
    void a_review_concluded_to_revise_opens_a_revision() {
        PolicyTestData data = new PolicyTestData(jdbc, documentRows, revisionRows);
        long unit = data.unit("情報政策課", null);
        long officer = data.person("見直し 一郎", unit);
        data.role(officer, Role.SECURITY_OFFICER, unit);
        String title = PolicyTestData.unique("情報セキュリティ対策基準");
        InForce doc = data.documentInForce(
                PolicyTier.STANDARD,
                title,
                unit,
                Visibility.open(Audience.ALL_STAFF),
                "7架共第4号",
                LocalDate.of(2024, 4, 1),
                "## 第1条（パスワード）\n\nパスワードは90日ごとに変更する。");
        long id = doc.document().id();

        signIn(account(officer));
        page.navigate(url("/policy-reviews"));
        expect(page.locator("#schedule tr[data-document='" + id + "']")).containsText(title);
        expect(page.locator("#schedule tr[data-document='" + id + "']")).containsText("期限超過");
        page.locator("#start-review-" + id).click();
        page.waitForURL("**/policy-reviews/*");
        expect(page.locator("#conclusion")).hasText("見直し中");

        page.locator("#kind").selectOption("GUIDELINE_CHANGE");
        page.locator("#note").fill("ガイドラインの改定で、パスワードの定期変更を求めないこととされた。");
        page.locator("#add-input").click();
        expect(page.locator("#inputs")).containsText("ガイドラインの改定");

        page.locator("#conclusion-REVISE").check();
        page.locator("#reasoning-text").fill("第1条を改定後のガイドラインに合わせる。");
        page.locator("#conclude").click();
        expect(page.locator("#conclusion")).hasText("改正する");
        page.locator("#revision-link").click();
        page.waitForURL("**/policies/" + id + "/revisions/*");
        expect(page.locator("#state")).containsText("起案中");
        expect(page.locator("#body")).containsText("90日ごとに変更する");
        assertThat(outsideRequests()).isEmpty();
    }
}
