package jp.mamori.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import jp.mamori.committee.Committee;
import jp.mamori.committee.CommitteeTestData;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.BrowserTest;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real browser: a revision of the 基本方針, approved by the 統括 and the CISO, waits for the
 * committee. The secretariat plans a meeting, adds its material, records who attended and records
 * the decision on that revision with each member's vote and a fresh code; the decision carries and
 * the revision is approved and in force, each page linking to the other. The chair approves the
 * minutes in a browser of their own.
 */
class PolicyCommitteeBrowserIT extends BrowserTest {
    static final CurrentUser DEPUTY = TestUsers.user("pcb-deputy", new RoleGrant(Role.DEPUTY_CISO, null));
    static final CurrentUser CHIEF = TestUsers.user("pcb-chief", new RoleGrant(Role.CHIEF_SECURITY_OFFICER, null));
    static final CurrentUser CISO = TestUsers.user("pcb-ciso", new RoleGrant(Role.CISO, null));

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PolicyRepository documentRows;

    @Autowired
    RevisionRepository revisionRows;

    @Autowired
    Revisions revisions;

    @Autowired
    Committee committee;

    CommitteeTestData members;
    PolicyDocument basic;
    Revision waiting;

    @BeforeEach
    void revisionWaitingForTheCommittee() {
        members = new CommitteeTestData(jdbc, committee, false);
        PolicyTestData data = new PolicyTestData(jdbc, documentRows, revisionRows);
        basic = data.document(
                PolicyTier.BASIC_POLICY,
                null,
                PolicyTestData.unique("情報セキュリティ基本方針"),
                data.unit("総務課", null),
                Visibility.open(Audience.PUBLIC));
        data.approvedRevision(basic.id(), LocalDate.of(2024, 4, 1), "## 1 目的\n\n情報資産を守る。");
        Revision[] r = new Revision[1];
        TestUsers.runAs(DEPUTY, () -> {
            r[0] = revisions.createDraft(
                    basic.id(),
                    new RevisionDraft(
                            "8架共第9号",
                            LocalDate.of(2024, 4, 1),
                            TestClock.today(),
                            TestClock.today(),
                            "生成AIの利用に関する規定の追加",
                            "この方針は、決定の日から施行する。",
                            "## 1 目的\n\n情報資産を守る。\n\n## 2 生成AI\n\n機密性2以上の情報を入力しない。"));
            r[0] = revisions.submit(basic.id(), r[0].id());
        });
        TestUsers.runAs(CHIEF, () -> r[0] = revisions.approve(basic.id(), r[0].id()));
        TestUsers.runAs(CISO, () -> r[0] = revisions.approve(basic.id(), r[0].id()));
        waiting = r[0];
    }

    @AfterEach
    void dissolve() {
        members.dissolve();
    }

    @Test
    void a_meeting_decides_the_basic_policys_revision_and_the_chair_approves_the_minutes() {
        String revisionPath = "/policies/" + basic.id() + "/revisions/" + waiting.id();
        signIn(accountWithSecondFactor(members.secretaryId));
        page.navigate(url(revisionPath));
        expect(page.locator("#committee")).containsText("委員会の議決を待っています");

        page.navigate(url("/committee"));
        expect(page.locator("#members")).containsText("委員長 一郎");
        page.locator("#new-meeting").click();
        page.locator("#title").fill("第3回情報セキュリティ委員会");
        page.locator("#heldOn").fill(TestClock.today().toString());
        page.locator("#place").fill("本庁舎 第1会議室");
        page.locator("#agenda").fill("1. 情報セキュリティ基本方針の改正\n2. 報告事項");
        page.locator("#plan-meeting").click();
        page.waitForURL("**/committee/meetings/*");
        expect(page.locator("#meeting-state")).hasText("開催予定");
        String meetingUrl = page.url();

        page.locator("#file")
                .setInputFiles(new FilePayload(
                        "基本方針改正案.pdf",
                        "application/pdf",
                        "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.US_ASCII)));
        page.locator("#add-material").click();
        expect(page.locator("#materials")).containsText("基本方針改正案.pdf");

        page.locator("#present-" + members.chairId).check();
        page.locator("#present-" + members.memberIds.get(0)).check();
        page.locator("#present-" + members.memberIds.get(1)).check();
        page.locator("#record-attendance").click();
        expect(page.locator("#meeting-state")).hasText("開催済");

        page.locator("#decision-title").fill("情報セキュリティ基本方針の改正について");
        page.locator("#matter").selectOption(Revision.MATTER_KIND + ":" + waiting.id());
        page.locator("#resolution").fill("原案のとおり改正する。");
        page.locator("#vote-" + members.chairId).selectOption("FOR");
        page.locator("#vote-" + members.memberIds.get(0)).selectOption("FOR");
        page.locator("#vote-" + members.memberIds.get(1)).selectOption("AGAINST");
        page.locator("#decision-confirmation").fill(CommitteeTestData.code(1));
        page.locator("#record-decision").click();
        page.waitForURL("**/committee/decisions/*");
        expect(page.locator("#outcome")).hasText("可決");
        expect(page.locator("#count")).containsText("賛成 2・反対 1・棄権 0");
        expect(page.locator("#decision-number")).hasText(startingWith("令和"));
        String decisionNumber = page.locator("#decision-number").textContent();

        page.locator("#matter a").click();
        page.waitForURL("**" + revisionPath);
        expect(page.locator("#state")).containsText("施行中");
        expect(page.locator("#approval .committee-decision-link")).containsText(decisionNumber);
        expect(page.locator("#committee-decisions")).containsText("可決");

        page.navigate(meetingUrl);
        page.locator("#minutes-text").fill("基本方針の改正案を審議し、賛成多数で可決した。");
        page.locator("#save-minutes").click();
        expect(page.locator("#minutes")).containsText("賛成多数で可決");

        BrowserContext own = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP"));
        own.setDefaultTimeout(15_000);
        try {
            Page chair = own.newPage();
            watchConsole(chair);
            signIn(chair, accountWithSecondFactor(members.chairId));
            chair.navigate(meetingUrl);
            chair.locator("#minutes-confirmation").fill(CommitteeTestData.code(1));
            chair.locator("#approve-minutes").click();
            expect(chair.locator("#meeting-state")).hasText("議事録承認済");
            expect(chair.locator("#minutes-approval")).containsText("委員長 一郎");
        } finally {
            own.close();
        }
        assertThat(outsideRequests()).isEmpty();
    }
}
