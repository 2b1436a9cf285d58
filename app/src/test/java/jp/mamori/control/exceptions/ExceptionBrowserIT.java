package jp.mamori.control.exceptions;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import jp.mamori.netcheck.cli.NetcheckCommand;
import jp.mamori.shared.Role;
import jp.mamori.testing.BrowserTest;
import jp.mamori.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An exception's journey in a real browser: the unit's 情報セキュリティ管理者 requests an exception
 * for a network path from the measure's page, the CISO approves it with a fresh code from the
 * authenticator app, the unit's statement of applicability shows 例外 with the link, and
 * {@code mamori exceptions export --netcheck} writes it in the form netcheck reads, so the firewall
 * rule it covers is no longer a violation.
 */
class ExceptionBrowserIT extends BrowserTest {
    static final String PASSWORD = "exception-browser-pass-42";
    static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Exceptions exceptions;

    @Autowired
    MessageSource messages;

    @Autowired
    Clock clock;

    @TempDir
    Path dir;

    long unit(String name, Long parent) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(
                        "insert into org_unit (code, name, parent_id, created_at, updated_at) values (:code, :name, :parent, :now, :now)")
                .param("code", "EXB" + System.nanoTime() % 100_000_000)
                .param("name", name)
                .param("parent", parent)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    long person(String name, long unit) {
        var keys = new GeneratedKeyHolder();
        String number = "EXB" + System.nanoTime() % 100_000_000;
        jdbc.sql("""
                        insert into org_person (staff_number, name, kana, email, category_id, unit_id, in_post_from,
                            created_at, updated_at)
                        values (:number, :name, 'シケン', :email, (select min(id) from org_employment_category), :unit,
                            date '2000-01-01', :now, :now)
                        """)
                .param("number", number)
                .param("name", name)
                .param("email", number.toLowerCase() + "@example.invalid")
                .param("unit", unit)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void role(long person, Role role, Long unit) {
        jdbc.sql("""
                        insert into org_role_assignment (person_id, role, unit_id, valid_from, assigned_by, assigned_at)
                        values (:person, :role, :unit, date '2000-01-01', 'test', :now)
                        """)
                .param("person", person)
                .param("role", role.name())
                .param("unit", unit)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    String account(long person, String name, boolean secondFactor) {
        String login = "exb" + System.nanoTime() % 100_000_000;
        jdbc.sql("""
                        insert into sec_account (login, person_id, display_name, password_hash, administrator, enabled,
                            locked, failed_attempts, totp_secret, password_changed_at, created_at, updated_at)
                        values (:login, :person, :name, :hash, false, true, false, 0, :secret, :now, :now, :now)
                        """)
                .param("login", login)
                .param("person", person)
                .param("name", name)
                .param("hash", encoder.encode(PASSWORD))
                .param("secret", secondFactor ? SECRET : null)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        return login;
    }

    @Test
    void requested_approved_with_a_code_shown_in_the_soa_and_read_by_netcheck() throws Exception {
        long office = unit("事務局", null);
        long section = unit("保険課", office);
        long managerId = person("管理 花子", section);
        role(managerId, Role.SECURITY_MANAGER, section);
        long cisoId = person("最高 三郎", office);
        role(cisoId, Role.CISO, null);
        String manager = account(managerId, "管理 花子", false);
        String ciso = account(cisoId, "最高 三郎", true);
        LocalDate today = LocalDate.now(clock);
        LocalDate endsOn = today.plusDays(90);

        // the manager asks from the measure's page
        signIn(page, manager, PASSWORD, null);
        page.navigate(url("/controls/measures/2.1.1"));
        page.locator("#request-exception").click();
        page.waitForURL("**/exceptions/new**");
        expect(page.locator("#measureId")).hasValue("2.1.1");
        page.locator("#unitId").selectOption(Long.toString(section));
        page.locator("#targetKind").selectOption("NETWORK");
        page.locator("#fromZone").selectOption("LGWAN");
        page.locator("#from").fill("10.20.1.7");
        page.locator("#toZone").selectOption("INTERNET");
        page.locator("#to").fill("203.0.113.10");
        page.locator("#services").fill("tcp/443");
        page.locator("#justification").fill("国の報告システムへの直接送信が必要");
        page.locator("#compensating").fill("送信先を1か所に限り、通信記録を毎週確認する");
        page.locator("#owner").fill("保険課長");
        page.locator("#startsOn").fill(today.toString());
        page.locator("#endsOn").fill(endsOn.toString());
        page.locator("#submit-request").click();
        page.waitForURL("**/exceptions/EX-*");
        expect(page.locator(".flash--notice")).containsText("を申請しました");
        expect(page.locator("#standing")).hasText("申請中");
        String reference = page.locator("#reference").textContent().strip();
        expect(page.locator("#decide")).hasCount(0);

        // the CISO decides in a browser of their own, with a fresh code
        BrowserContext own = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP"));
        own.setDefaultTimeout(15_000);
        try {
            Page decider = own.newPage();
            decider.onRequest(request -> requests.add(request.url()));
            watchConsole(decider);
            signIn(decider, ciso, PASSWORD, SECRET);
            decider.navigate(url("/exceptions"));
            decider.locator("a", new Page.LocatorOptions().setHasText(reference))
                    .click();
            decider.waitForURL("**/exceptions/" + reference);
            expect(decider.locator("#path")).containsText("203.0.113.10");
            decider.locator("#approve-comment").fill("期間内に限り認める");
            // the sign-in spent the current step: the next one is still within the window
            long step = TestClock.INSTANCE.instant().getEpochSecond() / 30 + 1;
            decider.locator("#approve-confirmation")
                    .fill(new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(SECRET, step));
            decider.locator("#approve").click();
            expect(decider.locator(".flash--notice")).containsText("を承認しました");
            expect(decider.locator("#standing")).hasText("有効");
            expect(decider.locator("#decision")).containsText("最高 三郎");
        } finally {
            own.close();
        }

        // the unit's statement of applicability shows 例外 with the link
        page.navigate(url("/soa/units/" + section + "?status=EXCEPTION"));
        expect(page.locator("tr[data-measure='2.1.1']")).containsText("例外");
        page.locator("tr[data-measure='2.1.1'] a.exception-link").click();
        page.waitForURL("**/exceptions/" + reference);
        expect(page.locator("#standing")).hasText("有効");

        // the netcheck export: written by the command, read by netcheck, the rule forgiven
        Path export = dir.resolve("exceptions.yaml");
        var command = new ExceptionCommands.Export();
        command.netcheck = export;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(command.run(exceptions, messages, today, new PrintWriter(out), new PrintWriter(err)))
                .isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(Files.readString(export)).contains(reference).contains(endsOn.toString());
        Path zones = Files.writeString(dir.resolve("zones.yaml"), """
                default: deny
                zones:
                  - {id: lgwan, kind: LGWAN, networks: [10.20.0.0/16]}
                  - {id: internet, kind: INTERNET, networks: [10.30.0.0/16]}
                  - {id: outside, kind: EXTERNAL, networks: [0.0.0.0/0]}
                """);
        Path rules = Files.writeString(dir.resolve("rules.csv"), """
                filter,seq,action,src,dst,service
                fw,1,permit,10.20.1.7,203.0.113.10,tcp/443
                """);
        String[] check = {"rules", "--zones", zones.toString(), "--rules", rules.toString(), "--vendor", "csv"};
        assertThat(NetcheckCommand.run(check, System.out, System.err, clock)).isEqualTo(1);
        String[] withRegister = {
            "rules",
            "--zones",
            zones.toString(),
            "--rules",
            rules.toString(),
            "--vendor",
            "csv",
            "--exceptions",
            export.toString()
        };
        assertThat(NetcheckCommand.run(withRegister, System.out, System.err, clock))
                .isZero();
        assertThat(outsideRequests()).isEmpty();
    }
}
