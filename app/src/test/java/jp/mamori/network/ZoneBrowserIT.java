package jp.mamori.network;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.mamori.shared.Role;
import jp.mamori.system.SystemFixtures;
import jp.mamori.system.SystemZone;
import jp.mamori.testing.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real browser: a 情報セキュリティ責任者 writes the zone model's revision and submits it; the CISO
 * approves it and it is in force. A system's 管理者 uploads the FortiGate configuration of its
 * firewall, sees the stored run, uploads the next configuration, where a My Number → Internet permit
 * was added, and sees it as a new finding compared with the last run.
 */
class ZoneBrowserIT extends BrowserTest {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    ZoneModels models;

    @TempDir
    Path dir;

    @BeforeEach
    void empty() {
        NetworkTestData.reset(jdbc);
    }

    @Test
    void an_officer_writes_the_zone_model_and_the_ciso_approves_it() {
        SystemFixtures fx = new SystemFixtures(jdbc);
        long unit = fx.unit("ブラウザ情報政策課", null);
        long officer = fx.person(unit, "責任者 ブラウザ", null);
        fx.grant(officer, Role.SECURITY_OFFICER, unit);
        long ciso = fx.person(unit, "最高 ブラウザ", null);
        fx.grant(ciso, Role.CISO, null);
        String cisoLogin = accountWithSecondFactor(ciso);

        signIn(account(officer));
        page.navigate(url("/zones"));
        expect(page.locator("#no-model")).isVisible();
        page.locator("#zone-edit").click();
        page.waitForURL("**/zones/edit");
        page.locator("#note").fill("初版");
        page.locator("[name='zones[0].id']").fill("mynumber");
        page.locator("[name='zones[0].kind']").selectOption("MY_NUMBER");
        page.locator("[name='zones[0].name']").fill("マイナンバー利用事務系");
        page.locator("[name='zones[0].networks']").fill("10.10.0.0/16");
        page.locator("[name='zones[1].id']").fill("lgwan");
        page.locator("[name='zones[1].kind']").selectOption("LGWAN");
        page.locator("[name='zones[1].networks']").fill("10.20.0.0/16");
        page.locator("[name='policy[0].from']").fill("mynumber");
        page.locator("[name='policy[0].to']").fill("*");
        page.locator("[name='policy[0].access']").selectOption("deny");
        page.locator("[name='policy[0].severity']").selectOption("critical");
        page.locator("[name='paths[0].id']").fill("PATH-CHUKAN");
        page.locator("[name='paths[0].from']").fill("10.10.1.5");
        page.locator("[name='paths[0].to']").fill("10.20.9.9");
        page.locator("[name='paths[0].services']").fill("tcp/443");
        page.locator("[name='paths[0].justification']").fill("中間サーバー連携");
        page.locator("[name='paths[0].owner']").fill("情報政策課長");
        // a typo first: the row is named and nothing is stored
        page.locator("[name='zones[1].networks']").fill("10.20.0.0/33");
        page.locator("#zone-save").click();
        expect(page.locator("#zone-errors")).containsText("ゾーン 2 行目");
        page.locator("[name='zones[1].networks']").fill("10.20.0.0/16");
        page.locator("#zone-save").click();
        page.waitForURL("**/zones/versions/1");
        expect(page.locator("#version-state")).hasText("作成中");
        expect(page.locator("#path-table")).containsText("中間サーバー連携");
        page.locator("#zone-submit").click();
        expect(page.locator("#version-state")).hasText("承認待ち");
        expect(page.locator("#zone-wait")).isVisible();

        BrowserContext other = browser.newContext();
        Page cisoPage = other.newPage();
        signIn(cisoPage, cisoLogin);
        cisoPage.navigate(url("/zones/versions/1"));
        cisoPage.locator("#approve-comment").fill("三層分離の方針どおり");
        cisoPage.locator("#zone-approve").click();
        expect(cisoPage.locator("#version-state")).hasText("施行中");
        cisoPage.navigate(url("/zones"));
        expect(cisoPage.locator("#in-force h2")).containsText("第1版");
        expect(cisoPage.locator("#zone-table tr[data-zone='lgwan']")).containsText("10.20.0.0/16");
        expect(cisoPage.locator("#zone-versions tr[data-version='1']")).containsText("施行中");
        other.close();
    }

    @Test
    void a_system_administrator_uploads_fortigate_configurations_and_sees_the_new_finding() throws Exception {
        NetworkTestData.approvedSample(models);
        SystemFixtures fx = new SystemFixtures(jdbc);
        long unit = fx.unit("ブラウザ情報基盤課", null);
        long admin = fx.person(unit, "管理 ブラウザ三", null);
        fx.grant(admin, Role.SYSTEM_ADMINISTRATOR, unit);
        String asset = fx.asset(unit, "庁内ネットワーク", "NETWORK_SYSTEM_MEDIA", "LGWAN", 2, false);
        fx.system(asset, SystemZone.LGWAN, admin);
        Path before = dir.resolve("fgt-midori-before.conf");
        Files.writeString(before, NetworkTestData.resource("fgt-midori-before.conf"));
        Path after = dir.resolve("fgt-midori-after.conf");
        Files.writeString(after, NetworkTestData.resource("fgt-midori-after.conf"));

        signIn(account(admin));
        page.navigate(url("/netcheck/runs"));
        page.locator("#file").setInputFiles(before);
        page.locator("#kind").selectOption("fortigate");
        page.locator("#system").selectOption(asset);
        page.locator("#run-start").click();
        page.waitForURL(u -> u.matches(".*/netcheck/runs/\\d+$"));
        expect(page.locator("#run-state")).hasAttribute("data-state", "DONE");
        expect(page.locator("#run-facts")).containsText("FGT-MIDORI-01");
        expect(page.locator("#first-run")).isVisible();
        String firstUrl = page.url();
        String first = firstUrl.substring(firstUrl.lastIndexOf('/') + 1);

        page.navigate(url("/netcheck/runs"));
        expect(page.locator("#runs tr[data-run='" + first + "']")).containsText("完了");
        page.locator("#file").setInputFiles(after);
        page.locator("#kind").selectOption("fortigate");
        page.locator("#system").selectOption(asset);
        page.locator("#run-start").click();
        page.waitForURL(u -> u.matches(".*/netcheck/runs/\\d+$") && !u.endsWith("/" + first));
        expect(page.locator("#run-state")).hasAttribute("data-state", "DONE");
        expect(page.locator("#comparison")).containsText("前回の検査 #" + first);
        expect(page.locator("#new-findings li[data-kind='VIOLATION'][data-rule='7']"))
                .isVisible();
        expect(page.locator("#findings tr[data-kind='VIOLATION'][data-rule='7']"))
                .containsText("mynumber");

        // the system's 管理者 (here the uploader) is notified
        page.navigate(url("/notifications"));
        expect(page.locator("main")).containsText("FGT-MIDORI-01 の検査結果");
    }
}
