package jp.mamori.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.time.LocalDate;
import java.util.Set;
import jp.mamori.shared.Role;
import jp.mamori.testing.BrowserTest;
import jp.mamori.testing.TestClock;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real browser, the approval half of the policy journey (the acknowledgement half is
 * {@code PolicyAcknowledgementBrowserIT}): the 情報セキュリティ責任者 of the owner unit drafts a
 * revision of a standard with a 施行日 of today and sends it to approval; the 統括情報セキュリティ責任者
 * and then the CISO approve it, each in their own browser with a second factor; it is in force at
 * once. And a member of staff cannot reach a procedure restricted to another unit, by list or by id.
 */
class PolicyBrowserIT extends BrowserTest {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    PolicyRepository documentRows;

    @Autowired
    RevisionRepository revisionRows;

    PolicyTestData data;
    long owner;
    long elsewhere;

    @BeforeEach
    void organisation() {
        data = new PolicyTestData(jdbc, documentRows, revisionRows);
        owner = data.unit("情報政策課", null);
        elsewhere = data.unit("給付課", null);
    }

    long person(String name, long unit) {
        return data.person(name, unit);
    }

    void role(long person, Role role, @Nullable Long unit) {
        data.role(person, role, unit);
    }

    String account(long personId, String name, boolean secondFactor) {
        return secondFactor ? accountWithSecondFactor(personId) : account(personId);
    }

    void signIn(Page on, String login, boolean withCode) {
        signIn(on, login);
    }

    /** Signs in in a browser of its own, approves the revision at the URL and returns the flash text. */
    String approveAs(String login, String revisionUrl) {
        BrowserContext own = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP"));
        own.setDefaultTimeout(15_000);
        try {
            Page approver = own.newPage();
            approver.onRequest(request -> requests.add(request.url()));
            signIn(approver, login, true);
            approver.navigate(revisionUrl);
            approver.locator("#approve").click();
            Locator flash = approver.locator(".flash--notice");
            expect(flash).isVisible();
            return flash.textContent();
        } finally {
            own.close();
        }
    }

    @Test
    void an_author_drafts_a_revision_two_approvers_approve_it_and_it_is_in_force_today() {
        long authorId = person("起案 一郎", owner);
        role(authorId, Role.SECURITY_OFFICER, owner);
        long chiefId = person("統括 二郎", owner);
        role(chiefId, Role.CHIEF_SECURITY_OFFICER, null);
        long cisoId = person("最高 三郎", owner);
        role(cisoId, Role.CISO, null);
        String title = PolicyTestData.unique("情報セキュリティ対策基準");
        PolicyDocument standard =
                data.document(PolicyTier.STANDARD, null, title, owner, Visibility.open(Audience.ALL_STAFF));

        signIn(page, account(authorId, "起案 一郎", false), false);
        page.navigate(url("/policies"));
        page.getByText(title).click();
        page.waitForURL("**/policies/" + standard.id());
        page.getByText("改正案を作成").click();
        page.locator("#documentNumber").fill("8架共第3号");
        page.locator("#enactedOn").fill("2026-04-01");
        page.locator("#effectiveOn").fill(TestClock.today().toString());
        page.locator("#reason").fill("新規制定");
        page.locator("#body").fill("## 第1条（目的）\n\nこの基準は、情報資産を守る対策を定める。\n\n1. 机上に書類を残さない。\n2. 離席時は画面をロックする。");
        page.locator("#supplementaryProvisions").fill("この基準は、決裁の日から施行する。");
        page.locator("#save-draft").click();
        page.waitForURL("**/policies/" + standard.id() + "/revisions/*");
        expect(page.locator("#state")).containsText("起案中");
        expect(page.locator("#body h2")).hasText("第1条（目的）");
        page.locator("#submit-approval").click();
        page.waitForLoadState();
        expect(page.locator("#state")).containsText("決裁中");
        expect(page.locator("#decision-refusal")).containsText("職務の分離");
        String revisionUrl = page.url();

        assertThat(approveAs(account(chiefId, "統括 二郎", true), revisionUrl)).contains("決裁しました");
        assertThat(approveAs(account(cisoId, "最高 三郎", true), revisionUrl)).contains("決裁が完了しました");

        page.navigate(revisionUrl);
        expect(page.locator("#state")).containsText("施行中");
        expect(page.locator("#approval")).containsText("統括 二郎");
        expect(page.locator("#approval")).containsText("最高 三郎");
        expect(page.locator("#effective-on")).hasText(startingWith("令和"));
        page.navigate(url("/policies/" + standard.id()));
        expect(page.locator("#revisions")).containsText("8架共第3号");
        expect(page.locator("#revisions")).containsText("施行中");
        assertThat(outsideRequests()).isEmpty();
    }

    @Test
    void a_member_of_staff_cannot_reach_a_procedure_restricted_to_another_unit() {
        expectConsoleError("status of 404"); // the refused pages answer 404 on purpose
        String title = PolicyTestData.unique("共済システム障害対応手順");
        InForce procedure = data.documentInForce(
                PolicyTier.PROCEDURE,
                title,
                owner,
                Visibility.restricted(Set.of(), Set.of(owner)),
                "8架共第7号",
                LocalDate.of(2025, 4, 1),
                "## 手順\n\n予備機の場所は第二庁舎とする。");
        long staffId = person("職員 四郎", elsewhere);
        long before = jdbc.sql("select count(*) from audit_entry where action = 'policy.document.access-refused'"
                        + " and subject_id = :id")
                .param("id", Long.toString(procedure.document().id()))
                .query(Long.class)
                .single();

        signIn(page, account(staffId, "職員 四郎", false), false);
        page.navigate(url("/policies"));
        expect(page.locator("main")).not().containsText(title);
        page.navigate(
                url("/policies?q=" + java.net.URLEncoder.encode("第二庁舎", java.nio.charset.StandardCharsets.UTF_8)));
        expect(page.locator("main")).not().containsText(title);
        Response direct = page.navigate(url("/policies/" + procedure.document().id()));
        assertThat(direct.status()).isEqualTo(404);
        expect(page.locator("main")).not().containsText(title);
        expect(page.locator("main")).containsText("見つかりません");
        Response revision =
                page.navigate(url("/policies/" + procedure.document().id() + "/revisions/"
                        + procedure.revision().id()));
        assertThat(revision.status()).isEqualTo(404);
        assertThat(page.content()).doesNotContain("第二庁舎");

        long after = jdbc.sql("select count(*) from audit_entry where action = 'policy.document.access-refused'"
                        + " and subject_id = :id")
                .param("id", Long.toString(procedure.document().id()))
                .query(Long.class)
                .single();
        assertThat(after).isEqualTo(before + 2);
    }
}
