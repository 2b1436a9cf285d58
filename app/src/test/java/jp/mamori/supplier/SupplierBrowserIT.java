package jp.mamori.supplier;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.options.SelectOption;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.mamori.asset.AssetTestData;
import jp.mamori.organization.OrganizationTestData;
import jp.mamori.shared.Role;
import jp.mamori.testing.BrowserTest;
import jp.mamori.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real browser, as the CISO: registers a contractor and a contract with a required clause missing
 * and sees the finding; starts a periodic check and answers it with the questionnaire workbook; ends
 * the contract without a certificate and sees the finding and the reminder. Then approves a cloud
 * service for 機密性2 with a fresh code and sees the 機密性3 asset stored in it flagged, on the service
 * and on the asset.
 */
class SupplierBrowserIT extends BrowserTest {
    @Autowired
    JdbcClient jdbc;

    @Test
    void
            a_contract_with_a_missing_clause_read_back_from_the_export_a_check_answered_by_excel_and_an_end_without_certificate()
                    throws Exception {
        OrganizationTestData org = OrganizationTestData.of(jdbc);
        long unit = org.unit("ブラウザ委託課", null);
        long person = org.person("最高 委託", unit);
        org.grant(person, Role.CISO, null);
        String asset = AssetTestData.of(jdbc).informationAsset("国保資格データ", unit, "3");
        String company = OrganizationTestData.unique("架空ブラウザ株式会社");
        String title = OrganizationTestData.unique("国保システム保守");

        signIn(accountWithSecondFactor(person));
        page.navigate(url("/contractors"));
        page.locator("a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("委託先を登録"))
                .first()
                .click();
        page.waitForURL("**/contractors/new");
        page.locator("#name").fill(company);
        page.locator("#contactName").fill("窓口 三郎");
        page.locator("#contactEmail").fill("saburo@kakuu-browser.example.jp");
        page.locator("#save").click();
        page.waitForURL(u -> u.matches(".*/contractors/\\d+$"));
        expect(page.locator(".flash--notice")).containsText(company);

        page.locator("a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("契約を登録"))
                .first()
                .click();
        page.waitForURL("**/contracts/new");
        page.locator("#title").fill(title);
        page.locator("#work").fill("国保システムの運用保守");
        page.locator("#unitId").selectOption(new SelectOption().setValue(Long.toString(unit)));
        page.locator("#responsible").fill(org.staffNumber(person));
        page.locator("#startsOn").fill(TestClock.today().minusMonths(3).toString());
        page.locator("#endsOn").fill(TestClock.today().plusMonths(9).toString());
        page.locator("#place").selectOption("REMOTE");
        page.locator("#information").fill("機密性3、個人情報");
        page.locator("#assets").fill(asset);
        page.locator("#save").click();
        page.waitForURL(u -> u.matches(".*/contracts/\\d+$"));
        String contractUrl = page.url();
        expect(page.locator("#contract-findings [data-rule=MISSING_REQUIRED_CLAUSE]")
                        .first())
                .isVisible();
        expect(page.locator("#contract-assets")).containsText(asset);

        // every required clause but the right to audit is in the contract
        for (String code : new String[] {
            "CONFIDENTIALITY",
            "PURPOSE_LIMIT",
            "SUBCONTRACT_APPROVAL",
            "RETURN_DESTRUCTION",
            "INCIDENT_REPORT",
            "STAFF_TRAINING",
            "LIABILITY"
        }) {
            page.locator("#clause-" + code).check();
        }
        page.locator("#save-clauses").click();
        expect(page.locator(".flash--notice")).containsText("契約条項を保存しました");
        expect(page.locator("#contract-findings [data-rule=MISSING_REQUIRED_CLAUSE]"))
                .hasCount(1);
        expect(page.locator("#contract-findings")).containsText("監査・検査の権利");

        // the register's export (this contractor, by the list's search) is read back by the contract
        // import: a dry run finds this contract to change and none to add, and keeps nothing
        page.navigate(
                url("/contractors?q=" + java.net.URLEncoder.encode(company, java.nio.charset.StandardCharsets.UTF_8)));
        Download export = page.waitForDownload(() -> page.locator("#export").click());
        byte[] register = Files.readAllBytes(export.path());
        page.locator("#import-contracts").click();
        page.waitForURL("**/contractors/contracts/import");
        Path registerFile = Files.createTempFile("register-", ".xlsx");
        try {
            Files.write(registerFile, register);
            page.locator("#register-file").setInputFiles(registerFile);
            page.locator("#dryRun").check();
            page.locator("#import-register").click();
            expect(page.locator("#import-checked")).containsText("1 行を確認しました。誤りはありません。取り込むと 0 件を登録し、1 件を変更します");
        } finally {
            Files.deleteIfExists(registerFile);
        }

        // a periodic check, answered with the questionnaire workbook
        String campaign = OrganizationTestData.unique("定期確認");
        page.navigate(url("/contractors/checks"));
        page.locator("#check-title").fill(campaign);
        page.locator("#check-due").fill(TestClock.today().plusDays(30).toString());
        page.locator("#start-check").click();
        expect(page.locator(".flash--notice")).containsText(campaign);
        page.locator("#check-table tr[data-contract='" + title + "'] a").click();
        page.waitForURL(u -> u.matches(".*/contractors/checks/\\d+$"));
        expect(page.locator("#check-state")).hasText("回答待ち");
        Download download = page.waitForDownload(
                () -> page.locator("#download-questionnaire").click());
        byte[] questionnaire = Files.readAllBytes(download.path());
        Path bad = Files.createTempFile("questionnaire-bad-", ".xlsx");
        Path good = Files.createTempFile("questionnaire-", ".xlsx");
        try {
            Files.write(bad, CheckPagesTests.fill(questionnaire, "はい", "", 3));
            page.locator("#answers-file").setInputFiles(bad);
            page.locator("#import-answers").click();
            expect(page.locator("#import-problems")).containsText("回答「多分」");
            expect(page.locator("#check-state")).hasText("回答待ち");
            Files.write(good, CheckPagesTests.fill(questionnaire, "はい", "", 0));
            page.locator("#answers-file").setInputFiles(good);
            page.locator("#import-answers").click();
            expect(page.locator(".flash--notice")).containsText("問の回答を取り込みました");
            expect(page.locator("#check-state")).hasText("回答済");
        } finally {
            Files.deleteIfExists(bad);
            Files.deleteIfExists(good);
        }
        page.locator("#assessment").selectOption("ADEQUATE");
        page.locator("#save-assessment").click();
        expect(page.locator("#check-assessment")).containsText("適切");

        // the contract ends without the certificate: a finding, and a reminder to the official in charge
        page.navigate(contractUrl);
        expect(page.locator("#check-list")).containsText(campaign);
        page.locator("#endedOn").fill(TestClock.today().toString());
        page.locator("#end-contract").click();
        expect(page.locator(".flash--notice")).containsText("証明がまだない");
        expect(page.locator("#contract-findings [data-rule=ENDED_WITHOUT_CERTIFICATE]"))
                .isVisible();
        page.locator("#remind-certificate").click();
        expect(page.locator(".flash--notice")).containsText("催促を送りました");
        page.navigate(url("/notifications"));
        expect(page.locator("main")).containsText("委託契約「" + title + "」の返却・廃棄の証明がまだです");
        page.navigate(url("/contractors/findings"));
        expect(page.locator(
                        "#finding-table tr[data-rule=ENDED_WITHOUT_CERTIFICATE]",
                        new com.microsoft.playwright.Page.LocatorOptions().setHasText(title)))
                .isVisible();
    }

    @Test
    void a_cloud_service_approved_for_confidentiality_2_flags_a_confidentiality_3_asset_stored_in_it() {
        OrganizationTestData org = OrganizationTestData.of(jdbc);
        long unit = org.unit("ブラウザ情報政策課", null);
        long person = org.person("最高 雲", unit);
        org.grant(person, Role.CISO, null);
        AssetTestData assets = AssetTestData.of(jdbc);
        String secret3 = assets.informationAsset("住民基本台帳データ", unit, "3");
        String secret2 = assets.informationAsset("庁内会議資料", unit, "2");
        String name = OrganizationTestData.unique("架空オンラインストレージ");

        signIn(accountWithSecondFactor(person));
        page.navigate(url("/cloud-services/new"));
        page.locator("#name").fill(name);
        page.locator("#provider").fill("架空クラウド株式会社");
        page.locator("#unitId").selectOption(new SelectOption().setValue(Long.toString(unit)));
        page.locator("#ismapNumber").fill("C99-0001-1");
        page.locator("#ismapExpiresOn").fill(TestClock.today().plusYears(1).toString());
        page.locator("#dataLocation").fill("国内");
        page.locator("#maxConfidentiality").selectOption("2");
        page.locator("#exitPlan").fill("契約終了の3か月前からデータを移し、消去の証明を受ける");
        page.locator("#assets").fill(secret2 + " " + secret3);
        page.locator("#save").click();
        page.waitForURL(u -> u.matches(".*/cloud-services/\\d+$"));
        expect(page.locator("#cloud-findings [data-rule=CLOUD_UNAPPROVED_CONFIDENTIAL]"))
                .isVisible();

        // the sign-in spent the current step: the next one is still within the window
        long step = TestClock.INSTANCE.instant().getEpochSecond() / 30 + 1;
        try {
            page.locator("#confirmation")
                    .fill(new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(SECRET, step));
        } catch (dev.samstevens.totp.exceptions.CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
        page.locator("#approve-service").click();
        expect(page.locator(".flash--notice")).containsText("機密性2までの利用について承認しました");
        expect(page.locator("#cloud-approval")).containsText("承認済");
        expect(page.locator("#cloud-findings [data-rule=CLOUD_UNAPPROVED_CONFIDENTIAL]"))
                .hasCount(0);
        expect(page.locator("#cloud-findings [data-rule=CLOUD_ASSET_ABOVE_ALLOWED]"))
                .containsText(secret3);
        expect(page.locator("#cloud-findings")).not().containsText(secret2);

        page.navigate(url("/cloud-services?findings=true&q=" + name));
        expect(page.locator("tr[data-service='" + name + "'] [data-rule=CLOUD_ASSET_ABOVE_ALLOWED]"))
                .isVisible();
        page.navigate(url("/assets/" + secret3));
        expect(page.locator("#asset-notes li.finding")).containsText(name);
        page.navigate(url("/contractors/findings"));
        expect(page.locator("#finding-table")).containsText(name);
    }
}
