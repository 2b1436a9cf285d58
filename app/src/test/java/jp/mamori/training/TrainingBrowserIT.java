package jp.mamori.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.util.List;
import java.util.Set;
import jp.mamori.organization.OrganizationTestData;
import jp.mamori.shared.Role;
import jp.mamori.testing.BrowserTest;
import jp.mamori.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The journeys of issue 15's training: a member of staff takes an e-learning course and passes its
 * test, and the unit's completion rate the CISO sees goes from 0% to 50%; the CISO adds a classroom
 * course, schedules a session and imports its attendance from Excel (a wrong row first, refused as a
 * whole), and those present complete it.
 */
class TrainingBrowserIT extends BrowserTest {
    @Autowired
    ApplicationContext application;

    @Test
    void staff_pass_an_e_learning_course_and_the_ciso_imports_classroom_attendance_from_excel() {
        OrganizationTestData org = new OrganizationTestData(application);
        TrainingTestData data = new TrainingTestData(application);
        long office = org.unit("研修事務局", null);
        long unit = org.unit("研修受講課", office);
        long learner = org.person("受講 一郎", unit);
        long colleague = org.person("同僚 二郎", unit);
        long cisoPerson = org.person("研修 統括", office);
        org.grant(cisoPerson, Role.CISO, null);
        String ciso = accountWithSecondFactor(cisoPerson);
        String staff = account(learner);
        String title = OrganizationTestData.unique("情報セキュリティ基礎");
        long course = data.eLearningFor(title, Set.of(unit));

        // the CISO, in a browser of their own (a one-time code is accepted once), sees 0% for the unit
        Page cisoPage = browser.newContext().newPage();
        watchConsole(cisoPage);
        signIn(cisoPage, ciso);
        cisoPage.navigate(url("/training"));
        expect(cisoPage.locator("#plan-state")).hasText("承認済");
        expect(cisoPage.locator("tr[data-course='" + course + "']")).containsText("公開中");
        cisoPage.navigate(url("/training/completions?course=" + course));
        expect(cisoPage.locator("tr[data-kind='unit'][data-id='" + unit + "'] .rate"))
                .hasText("0%");
        expect(cisoPage.locator("#missing tr[data-person='" + learner + "']")).hasCount(1);

        // the member of staff finds the course among what they owe, fails once, then passes
        signIn(page, staff);
        page.navigate(url("/training/mine"));
        expect(page.locator("tr[data-course='" + course + "']")).containsText("未修了");
        page.locator("tr[data-course='" + course + "'] a").click();
        page.waitForURL("**/training/courses/" + course + "/learn");
        expect(page.locator("#material h2 + .policy-body h2")).hasText("標的型メールに注意");
        List<String> wrong = List.of("すぐに開いて確かめる", "上司になら教えてよい");
        for (String choice : wrong) {
            page.getByLabel(choice).check();
        }
        page.locator("#submit-test").click();
        expect(page.locator("#test-result")).containsText("不合格です（0 点／合格点 50 点）");
        page.getByLabel("開かずに情報セキュリティ管理者へ報告する").check();
        page.getByLabel("教えてはいけない").check();
        page.locator("#submit-test").click();
        expect(page.locator("#test-result")).containsText("合格です（100 点／合格点 50 点）");
        expect(page.locator("#learn-status")).containsText("修了");
        page.navigate(url("/training/mine"));
        expect(page.locator("tr[data-course='" + course + "'] .badge--ok")).containsText("修了");

        // the unit's rate has changed for the CISO: one of two
        cisoPage.navigate(url("/training/completions?course=" + course));
        expect(cisoPage.locator("tr[data-kind='unit'][data-id='" + unit + "'] .rate"))
                .hasText("50%");
        expect(cisoPage.locator("#missing tr[data-person='" + learner + "']")).hasCount(0);
        expect(cisoPage.locator("#missing tr[data-person='" + colleague + "']")).hasCount(1);

        // the CISO adds a classroom course for the unit, publishes it and schedules a session
        cisoPage.navigate(url("/training"));
        cisoPage.locator("#new-course").click();
        String classroom = OrganizationTestData.unique("情報セキュリティ集合研修");
        cisoPage.locator("#title").fill(classroom);
        cisoPage.locator("#kind").selectOption("CLASSROOM");
        cisoPage.locator("#dueDate").fill(TrainingTestData.yearEnd().toString());
        cisoPage.locator("input[name=unitIds][value='" + unit + "']").check();
        cisoPage.locator("#create-course").click();
        cisoPage.waitForURL("**/training/courses/*");
        expect(cisoPage.locator("#course-state")).hasText("準備中");
        cisoPage.locator("#publish").click();
        expect(cisoPage.locator("#course-state")).hasText("公開中");
        cisoPage.locator("#heldOn").fill(TestClock.today().toString());
        cisoPage.locator("#place").fill("本庁舎 3階 研修室");
        cisoPage.locator("#schedule").click();
        cisoPage.waitForURL("**/training/sessions/*");

        // the attendance sheet: a wrong row is refused with its row number and nothing is saved
        String learnerNumber = org.staffNumber(learner);
        String colleagueNumber = org.staffNumber(colleague);
        byte[] wrongSheet = SessionTests.workbook(List.of(
                List.of("職員番号", "氏名", "出欠"),
                List.of(learnerNumber, "受講 一郎", "出席"),
                List.of(colleagueNumber, "同僚 二郎", "早退")));
        cisoPage.locator("#file").setInputFiles(new FilePayload("出欠.xlsx", "application/octet-stream", wrongSheet));
        cisoPage.locator("#import-attendance").click();
        expect(cisoPage.locator(".error-summary")).containsText("5 行目：出欠「早退」は読み取れません");
        expect(cisoPage.locator("#session-attended")).hasText("0 / 0 人");
        byte[] rightSheet = SessionTests.workbook(List.of(
                List.of("職員番号", "氏名", "出欠"),
                List.of(learnerNumber, "受講 一郎", "出席"),
                List.of(colleagueNumber, "同僚 二郎", "欠席")));
        cisoPage.locator("#file").setInputFiles(new FilePayload("出欠.xlsx", "application/octet-stream", rightSheet));
        cisoPage.locator("#import-attendance").click();
        expect(cisoPage.locator(".flash--notice")).containsText("出欠を取り込みました（出席 1 人）");
        expect(cisoPage.locator("#session-attended")).hasText("1 / 2 人");
        expect(cisoPage.locator("tr[data-person='" + colleague + "'] .attendance"))
                .hasText("欠席");

        // the classroom course counts the learner as completed
        cisoPage.locator("p.muted a").click();
        cisoPage.waitForURL("**/training/courses/*");
        cisoPage.getByText("この研修の修了状況").click();
        expect(cisoPage.locator("tr[data-kind='unit'][data-id='" + unit + "'] .rate"))
                .hasText("50%");
        expect(cisoPage.locator("#missing tr[data-person='" + colleague + "']")).hasCount(1);
        cisoPage.context().close();
        assertThat(outsideRequests()).isEmpty();
    }
}
