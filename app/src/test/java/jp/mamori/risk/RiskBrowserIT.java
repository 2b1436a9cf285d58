package jp.mamori.risk;

import com.microsoft.playwright.Page;
import jp.mamori.organization.OrganizationTestData;
import jp.mamori.shared.Role;
import jp.mamori.testing.BrowserTest;
import jp.mamori.testing.Totp;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real browser: a unit's 情報セキュリティ管理者 registers a risk against an asset, assesses it
 * and treats it with a measure of the catalogue; the CISO (with the second factor) accepts the
 * residual risk; the risk shows as accepted, the heat map counts it in its cell.
 */
class RiskBrowserIT extends BrowserTest {
    @Autowired
    JdbcClient jdbc;

    /** A person of the home unit holding the role (body-wide when scope is null); returns the person's id. */
    private long holder(Role role, @Nullable Long scope, long homeUnit) {
        OrganizationTestData organization = OrganizationTestData.of(jdbc);
        long person = organization.person(new OrganizationTestData.PersonSpec("架空　三郎", homeUnit).kana("カクウ"));
        organization.grant(person, role, scope);
        return person;
    }

    @Test
    void a_manager_assesses_and_treats_a_risk_and_the_ciso_accepts_it() {
        var fixtures = new RiskFixtures(jdbc);
        long section = fixtures.unit("ブラウザ保険課", null);
        String asset = fixtures.asset(section, "給付システム");
        String owner = fixtures.person(section, "架空 四郎");
        String manager = account(holder(Role.SECURITY_MANAGER, section, section));
        String ciso = accountWithSecondFactor(holder(Role.CISO, null, section));

        signIn(manager);
        page.navigate(url("/risks"));
        page.locator("#new-risk").click();
        page.waitForURL("**/risks/new**");
        page.locator("#title").fill("給付情報の誤送信");
        page.locator("#unitId").selectOption(Long.toString(section));
        page.locator("#assetNumber").fill(asset);
        page.locator("#threatCategory-UNINTENTIONAL_ERROR").check();
        page.locator("#threat").fill("電子メールの誤送信");
        page.locator("#ownerStaffNumber").fill(owner);
        page.locator("#save-risk").click();
        page.waitForURL(u -> u.matches(".*/risks/\\d+$"));
        String riskUrl = page.url();
        expect(page.locator(".flash--notice")).containsText("R-");
        expect(page.locator("#risk-state")).hasText("未評価");

        page.locator("#likelihood").selectOption("3");
        page.locator("#impact").selectOption("2");
        page.locator("#treatment").selectOption("REDUCE");
        page.locator("#measures").fill("2.1.1");
        page.locator("#treatmentPlan").fill("送信前に宛先を二人で確認する");
        page.locator("#residualLikelihood").selectOption("1");
        page.locator("#residualImpact").selectOption("2");
        page.locator("#save-assessment").click();
        expect(page.locator(".flash--notice")).containsText("評価 1");
        expect(page.locator("#risk-state")).hasText("評価済(受容待ち)");
        expect(page.locator("[data-assessment='1'] .risk-colour--red")).hasText("高");
        expect(page.locator("[data-assessment='1'] .risk-colour--green")).hasText("低");
        expect(page.locator("#accept-risk")).hasCount(0);

        Page other = context.browser().newContext().newPage();
        watchConsole(other);
        signIn(other, ciso);
        other.navigate(riskUrl);
        other.locator("#comment").fill("確認手順の定着を前提に受容する");
        // the sign-in spent the current step of the authenticator app: the decision takes the next one
        other.locator("#accept-confirmation").fill(Totp.code(SECRET, 1));
        other.locator("#accept-risk").click();
        expect(other.locator(".flash--notice")).containsText("受容しました");
        expect(other.locator("#risk-state")).hasText("受容済");
        expect(other.locator("[data-assessment='1']")).containsText("確認手順の定着を前提に受容する");

        other.navigate(url("/risks/heatmap?unit=" + section + "&basis=residual"));
        expect(other.locator("[data-cell='1-2']")).hasText("1");
        expect(other.locator("#unassessed")).containsText("0");
    }
}
