package jp.mamori.risk;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import jp.mamori.testing.BrowserTest;
import jp.mamori.testing.Totp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * In a real browser: a unit's 情報セキュリティ管理者 registers a risk against an asset, assesses it
 * and treats it with a measure of the catalogue; the CISO (with the second factor) accepts the
 * residual risk; the risk shows as accepted, the heat map counts it in its cell.
 */
class RiskBrowserIT extends BrowserTest {
    static final String PASSWORD = "risk-browser-pass-42";
    static final String TOTP = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A person holding the role (body-wide when scope is null) with an account; returns the login. */
    private String account(String role, Long scope, long homeUnit, String totpSecret) {
        OffsetDateTime now = OffsetDateTime.now();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into org_person (staff_number, name, kana, email, category_id, unit_id, in_post_from,
                            created_at, updated_at)
                        values (:s, '架空 三郎', 'カクウ', :m, (select min(id) from org_employment_category), :u, :from, :t, :t)
                        """)
                .params(Map.of(
                        "s",
                        unique("RB"),
                        "m",
                        unique("m") + "@example.jp",
                        "u",
                        homeUnit,
                        "from",
                        LocalDate.of(2024, 4, 1),
                        "t",
                        now))
                .update(keys, "id");
        long person = keys.getKey().longValue();
        jdbc.sql("""
                        insert into org_role_assignment (person_id, role, unit_id, valid_from, assigned_by, assigned_at)
                        values (:p, :r, :u, :from, 'test', :t)
                        """)
                .param("p", person)
                .param("r", role)
                .param("u", scope)
                .param("from", LocalDate.of(2024, 4, 1))
                .param("t", now)
                .update();
        String login = unique("rb");
        jdbc.sql("""
                        insert into sec_account (login, person_id, display_name, password_hash, administrator, enabled,
                            locked, failed_attempts, password_changed_at, created_at, updated_at, totp_secret)
                        values (:login, :person, :name, :hash, false, true, false, 0, :now, :now, :now, :totp)
                        """)
                .param("login", login)
                .param("person", person)
                .param("name", "架空 三郎")
                .param("hash", encoder.encode(PASSWORD))
                .param("now", now)
                .param("totp", totpSecret)
                .update();
        return login;
    }

    @Test
    void a_manager_assesses_and_treats_a_risk_and_the_ciso_accepts_it() {
        var fixtures = new RiskFixtures(jdbc);
        long section = fixtures.unit("ブラウザ保険課", null);
        String asset = fixtures.asset(section, "給付システム");
        String owner = fixtures.person(section, "架空 四郎");
        String manager = account("SECURITY_MANAGER", section, section, null);
        String ciso = account("CISO", null, section, TOTP);

        signIn(page, manager, PASSWORD, null);
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
        signIn(other, ciso, PASSWORD, TOTP);
        other.navigate(riskUrl);
        other.locator("#comment").fill("確認手順の定着を前提に受容する");
        // the sign-in spent the current step of the authenticator app: the decision takes the next one
        other.locator("#accept-confirmation").fill(Totp.code(TOTP, 1));
        other.locator("#accept-risk").click();
        expect(other.locator(".flash--notice")).containsText("受容しました");
        expect(other.locator("#risk-state")).hasText("受容済");
        expect(other.locator("[data-assessment='1']")).containsText("確認手順の定着を前提に受容する");

        other.navigate(url("/risks/heatmap?unit=" + section + "&basis=residual"));
        expect(other.locator("[data-cell='1-2']")).hasText("1");
        expect(other.locator("#unassessed")).containsText("0");
    }
}
