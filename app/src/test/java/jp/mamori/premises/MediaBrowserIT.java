package jp.mamori.premises;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import jp.mamori.shared.Role;
import jp.mamori.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real browser: a manager registers a USB medium, issues it and records its inventory check; an
 * external disk is disposed of by a contractor with the certificate attached, and a second manager
 * approves the record.
 */
class MediaBrowserIT extends BrowserTest {
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_usb_medium_is_issued_and_checked_and_a_disk_is_disposed_of_with_a_contractors_certificate() {
        PremisesFixtures fx = new PremisesFixtures(jdbc);
        long unit = fx.unit("ブラウザ媒体課");
        long manager = fx.personWith("課長媒体", unit, Role.SECURITY_MANAGER);
        long second = fx.personWith("係長媒体", unit, Role.SECURITY_MANAGER);
        long holder = fx.person("職員媒体", unit);
        String usb = PremisesFixtures.unique("USB-");
        String disk = PremisesFixtures.unique("HDD-");
        String secondLogin = account(second);

        signIn(account(manager));
        page.navigate(url("/media"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("記録媒体を登録"))
                .click();
        page.waitForURL("**/media/new");
        page.locator("#label").fill(usb);
        page.locator("#kind").selectOption("USB_MEMORY");
        page.locator("#unitId").selectOption(Long.toString(unit));
        page.locator("#encryption").fill("ハードウェア暗号化 AES-256");
        clickButton("保存");
        page.waitForURL(u -> u.matches(".*/media/\\d+$"));
        expect(page.locator(".flash--notice")).containsText(usb);
        expect(page.locator("#medium-state")).containsText("保管中");

        page.locator("#issue-staff").fill(fx.staffNumber(holder));
        clickButton("交付する");
        expect(page.locator("#medium-holder")).containsText("職員媒体");
        expect(page.locator("#medium-state [data-rule=CHECK_OVERDUE]")).isVisible();
        page.locator("#check-note").fill("保有者の机で確認");
        clickButton("点検を記録");
        expect(page.locator("#check-table")).containsText("保有者の机で確認");
        expect(page.locator("#medium-state")).containsText("交付中");
        expect(page.locator("#medium-state [data-rule]")).hasCount(0);

        page.navigate(url("/media/new"));
        page.locator("#label").fill(disk);
        page.locator("#kind").selectOption("EXTERNAL_DISK");
        page.locator("#unitId").selectOption(Long.toString(unit));
        page.locator("#encryption").fill("BitLocker");
        clickButton("保存");
        page.waitForURL(u -> u.matches(".*/media/\\d+$"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("廃棄を記録"))
                .click();
        page.waitForURL("**/disposals/new**");
        expect(page.locator("#mediumLabel")).hasValue(disk);
        page.locator("#method").selectOption("PHYSICAL_DESTRUCTION");
        page.locator("#contractor").fill("架空リサイクル株式会社");
        page.locator("#witness").fill("課長媒体");
        clickButton("記録する");
        expect(page.locator("#certificate-error")).containsText("廃棄証明書を添付してください");

        page.locator("#certificate")
                .setInputFiles(new FilePayload(
                        "廃棄証明書.pdf",
                        "application/pdf",
                        "%PDF-1.4\n% 架空リサイクル株式会社 破砕証明\n%%EOF\n".getBytes(StandardCharsets.UTF_8)));
        clickButton("記録する");
        page.waitForURL(u -> u.matches(".*/disposals/\\d+$"));
        String path = page.url().substring(page.url().indexOf("/disposals/"));
        expect(page.locator("#disposal-contractor")).containsText("架空リサイクル株式会社");
        expect(page.locator("#certificate-link")).containsText("廃棄証明書.pdf");
        expect(page.locator("#disposal-state")).containsText("承認待ち");
        expect(page.locator("#approve")).hasCount(0);

        context.clearCookies();
        signIn(secondLogin);
        page.navigate(url(path));
        clickButton("承認する");
        expect(page.locator(".flash--notice")).containsText("廃棄記録を承認しました");
        expect(page.locator("#disposal-state")).containsText("承認済");
        expect(page.locator("#disposal-approver")).containsText(secondLogin);

        page.navigate(url("/media"));
        expect(page.locator("tr[data-medium='" + disk + "']")).containsText("廃棄済");
    }
}
