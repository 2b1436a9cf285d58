package jp.mamori.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import java.nio.file.Files;
import jp.mamori.organization.OrganizationTestData;
import jp.mamori.shared.Role;
import jp.mamori.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * In a real browser (issue 18): the 統括情報セキュリティ責任者 goes from the office's picture to the
 * yearly reports, writes the issues for the next year, generates the report, finds it kept with its
 * hashes, and downloads the PDF and the workbook — the files whose SHA-256 the page shows. Nothing is
 * loaded from outside.
 */
class YearlyReportBrowserIT extends BrowserTest {
    @Autowired
    ApplicationContext application;

    @Test
    void the_office_generates_the_yearly_report_and_downloads_the_kept_files() throws Exception {
        OrganizationTestData org = new OrganizationTestData(application);
        long unit = org.unit("年度報告画面課", null);
        long chief = org.person("年度 統括", unit);
        org.grant(chief, Role.CHIEF_SECURITY_OFFICER, null);

        signIn(accountWithSecondFactor(chief));
        page.navigate(url("/picture"));
        page.locator("main a[href='/yearly-reports']").click();
        page.waitForURL("**/yearly-reports");
        expect(page.locator("h1")).hasText("情報セキュリティ委員会への年度報告");

        page.locator("#issuesNextYear").fill("画面から書いた次年度の課題");
        page.locator("#yearly-generate button[type=submit]").click();
        page.waitForURL("**/yearly-reports**");
        expect(page.locator(".flash--notice")).containsText("作成して保存しました");
        var row = page.locator("#yearly-reports tbody tr").first();
        expect(row).containsText("年度 統括");
        String pdfHash = row.locator("code.hash").nth(0).textContent().strip();
        String xlsxHash = row.locator("code.hash").nth(1).textContent().strip();

        Download pdf = page.waitForDownload(() -> row.locator("a.download-pdf").click());
        byte[] pdfBytes = Files.readAllBytes(pdf.path());
        assertThat(pdf.suggestedFilename()).endsWith(".pdf");
        assertThat(YearlyReports.sha256(pdfBytes)).isEqualTo(pdfHash);
        assertThat(YearlyReportTests.pdfText(pdfBytes)).contains("画面から書いた次年度の課題", "令和");

        Download xlsx =
                page.waitForDownload(() -> row.locator("a.download-xlsx").click());
        assertThat(YearlyReports.sha256(Files.readAllBytes(xlsx.path()))).isEqualTo(xlsxHash);
        assertThat(outsideRequests()).isEmpty();
    }
}
