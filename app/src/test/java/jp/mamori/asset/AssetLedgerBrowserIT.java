package jp.mamori.asset;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.mamori.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real browser, as an administrator signed in with password and TOTP: upload a ledger with bad
 * rows and read the problems on the page, upload the corrected file and import it, find the assets
 * in the register's list, and export the unit's ledger.
 */
class AssetLedgerBrowserIT extends BrowserTest {
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    @Test
    void upload_a_ledger_with_errors_fix_it_import_it_see_the_assets_and_export_them() throws Exception {
        context.setDefaultTimeout(60_000);
        AssetFixtures fx = new AssetFixtures(jdbc);
        String nameA = AssetFixtures.unique("組合員課");
        String nameB = AssetFixtures.unique("情報政策課");
        long unitA = fx.unit(nameA, null);
        fx.unit(nameB, null);
        String codeA = jdbc.sql("select code from org_unit where id = :id")
                .param("id", unitA)
                .query(String.class)
                .single();
        Path bad = dir.resolve("情報資産管理台帳.xlsx");
        Files.write(bad, LedgerFixtures.ledger(nameA, codeA, nameB, true));

        signIn(administrator());

        // from the register's list to the import page
        page.navigate(url("/assets"));
        page.locator("a[href='/assets/import']").first().click();
        page.waitForURL("**/assets/import");

        // 1. the ledger with bad rows: the problems are listed by row, column and value; nothing to import
        page.locator("#file").setInputFiles(bad);
        page.locator("#upload-form button[type=submit]").click();
        page.locator("#import-errors").waitFor();
        Locator rows = page.locator("#import-errors tbody tr");
        expect(rows).hasCount(9);
        assertThat(rows.first().locator("td").allTextContents())
                .containsExactly(
                        Integer.toString(LedgerFixtures.BAD_UNIT_ROW),
                        "所管課",
                        "存在しない課",
                        "「存在しない課」という部署はありません。部署コードか部署名（同名の部署がある場合は部署コード）で指定してください");
        expect(page.locator("#import-errors")).containsText("IA-999999");
        expect(page.locator("#import-errors")).containsText("持出禁止");
        expect(page.locator("#import-errors")).containsText("「情報資産名」は必須です");
        expect(page.locator("#import-button")).hasCount(0);
        expect(page.locator("#header-mapping")).containsText("No.");

        // 2. the corrected ledger: checked clean, then imported
        Path fixed = dir.resolve("情報資産管理台帳_修正.xlsx");
        Files.write(fixed, LedgerFixtures.ledger(nameA, codeA, nameB, false));
        page.locator("#file").setInputFiles(fixed);
        page.locator("#upload-form button[type=submit]").click();
        page.locator("#import-button").waitFor();
        expect(page.locator("#import-summary")).containsText("8 行");
        expect(page.locator("#import-summary")).containsText("新規 8");
        expect(page.locator("#import-errors")).hasCount(0);
        page.locator("#import-button").click();
        page.waitForURL(u -> u.endsWith("/assets"));
        expect(page.locator(".flash--notice")).containsText("取り込みました");
        expect(page.locator(".flash--notice")).containsText("新規 8");

        // 3. the assets are in the register
        page.navigate(url("/assets?unit=" + unitA));
        for (String name : new String[] {"住民情報ファイル", "窓口申請書（紙）", "人事評価記録", "会議録"}) {
            expect(page.locator("main")).containsText(name);
        }

        // 4. export the unit's ledger
        page.navigate(url("/assets/export"));
        page.locator("#unit").selectOption(Long.toString(unitA));
        Download download =
                page.waitForDownload(() -> page.locator("#export-button").click());
        assertThat(download.suggestedFilename()).endsWith(".xlsx").contains(codeA);
        byte[] exported = Files.readAllBytes(download.path());
        List<LedgerSheet> sheets = LedgerReader.read(exported);
        String cells = sheets.get(0).rows().toString();
        assertThat(cells).contains("住民情報ファイル", "令和7年3月31日", "マイナンバー利用事務系", "機密性3");
        assertThat(outsideRequests()).isEmpty();
    }
}
