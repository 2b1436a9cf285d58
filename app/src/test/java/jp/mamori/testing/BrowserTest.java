package jp.mamori.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import jp.mamori.organization.OrganizationTestData;
import jp.mamori.security.SecurityTestData;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Base class for browser tests: the shared application context ({@link MamoriSpringTest}, real
 * port, in-memory H2) and one headless Debian Chromium per test class, driven by Playwright; each
 * test gets a fresh browser context (no cookies) and page. Name browser tests {@code *IT}.
 *
 * <p>Every request the page makes is recorded in {@link #requests}, so a test can assert that
 * nothing was fetched from an outside host.
 *
 * <p>Tests must never read a page before it is there: on a busy machine a click's navigation may
 * still be under way. Assert with {@link #expect(Locator)} (Playwright's assertions, which wait
 * until the page shows what is expected or the timeout passes) rather than reading
 * {@code textContent()} and comparing; wait for a navigation with {@code waitForURL}.
 *
 * <p>People, accounts and administrators for a test come from {@link #account(long)}, {@link
 * #accountWithSecondFactor(long)} and {@link #administrator()}, made through the organisation's and
 * the security module's own services, with {@link #PASSWORD} (and {@link #SECRET} as second factor);
 * {@link #signIn(String)} signs in as one of them.
 *
 * <p>A test fails when the browser logged an error to its console (a Content-Security-Policy
 * violation, a script error, a resource that failed to load) on the test's page, unless the test
 * announced it with {@link #expectConsoleError(String)}.
 */
@MamoriSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {
    /** The Debian package's browser; Playwright's own download is switched off. */
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private static final List<String> ARGS = List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run");

    /** The password of every account made by {@link #account(long)} and the others. */
    protected static final String PASSWORD = "browser-test-pass-42";

    /** The TOTP secret of every account made with a second factor. */
    protected static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @LocalServerPort
    protected int port;

    @Autowired
    private ApplicationContext application;

    private final java.util.Set<String> withSecondFactor = java.util.concurrent.ConcurrentHashMap.newKeySet();

    protected Playwright playwright;
    protected Browser browser;
    protected BrowserContext context;
    protected Page page;

    /** Every URL the current page requested, in order. */
    protected final List<String> requests = new CopyOnWriteArrayList<>();

    /** Errors the browser logged to the console of the pages this test watches. */
    protected final List<String> consoleErrors = new CopyOnWriteArrayList<>();

    private final List<String> expectedConsoleErrors = new CopyOnWriteArrayList<>();

    /** How long an assertion waits for the page to show what it expects (a busy machine is slow). */
    static final double ASSERTION_TIMEOUT_MS = 15_000;

    @BeforeAll
    void launchBrowser() {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(ARGS));
        PlaywrightAssertions.setDefaultAssertionTimeout(ASSERTION_TIMEOUT_MS);
    }

    @BeforeEach
    void openPage() {
        requests.clear();
        consoleErrors.clear();
        expectedConsoleErrors.clear();
        context = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP"));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
        page.onRequest(request -> requests.add(request.url()));
        watchConsole(page);
    }

    /** Records the console errors and uncaught script errors of that page in {@link #consoleErrors}. */
    protected void watchConsole(Page on) {
        on.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                consoleErrors.add(message.text() + " (" + message.location() + ")");
            }
        });
        on.onPageError(error -> consoleErrors.add("uncaught: " + error));
    }

    /** Announces a console error the test causes on purpose (e.g. opening a page that answers 404). */
    protected void expectConsoleError(String fragment) {
        expectedConsoleErrors.add(fragment);
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
        List<String> unexpected = consoleErrors.stream()
                .filter(e -> expectedConsoleErrors.stream().noneMatch(e::contains))
                .toList();
        org.assertj.core.api.Assertions.assertThat(unexpected)
                .as("errors in the browser console")
                .isEmpty();
    }

    /** Playwright's waiting assertion on an element: retries until it holds or the timeout passes. */
    protected static LocatorAssertions expect(Locator locator) {
        return PlaywrightAssertions.assertThat(locator);
    }

    /** Playwright's waiting assertion on a page (its URL, its title). */
    protected static PageAssertions expect(Page on) {
        return PlaywrightAssertions.assertThat(on);
    }

    /** For {@code hasText}: text that starts with that (after leading white space). */
    protected static Pattern startingWith(String start) {
        // escaped by hand: the pattern runs as a JavaScript regular expression, which knows no \Q…\E
        return Pattern.compile("^\\s*" + start.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0"));
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** The absolute URL of a path on the application under test. */
    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * Signs in on that page through the sign-in form, then through the code page with the current
     * TOTP code when the account has a second factor ({@code totpSecret} not null), and waits until
     * the browser has left the sign-in pages.
     */
    protected void signIn(Page on, String login, String password, @Nullable String totpSecret) {
        on.navigate(url("/login"));
        on.locator("#username").fill(login);
        on.locator("#password").fill(password);
        on.locator("form[action$='/login'] button[type=submit]").click();
        if (totpSecret != null) {
            on.waitForURL("**/login/totp**");
            long step = TestClock.INSTANCE.instant().getEpochSecond() / 30;
            try {
                on.locator("#code").fill(new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(totpSecret, step));
            } catch (CodeGenerationException e) {
                throw new IllegalStateException(e);
            }
            on.locator("form[action$='/login/totp'] button[type=submit]").click();
        }
        on.waitForURL(u -> !u.contains("/login"));
    }

    /** An account (login unique) for the person with that id, with {@link #PASSWORD}; returns the login. */
    protected String account(long personId) {
        String login = OrganizationTestData.unique("br");
        new SecurityTestData(application)
                .account(new OrganizationTestData(application).staffNumber(personId), login, PASSWORD);
        return login;
    }

    /** As {@link #account(long)}, with the second factor {@link #SECRET} enrolled. */
    protected String accountWithSecondFactor(long personId) {
        String login = account(personId);
        enrol(login);
        return login;
    }

    /** An administrator of mamori (no person), second factor {@link #SECRET} enrolled; returns the login. */
    protected String administrator() {
        String login = OrganizationTestData.unique("adm");
        new SecurityTestData(application).administrator(login, "試験管理者", PASSWORD);
        enrol(login);
        return login;
    }

    private void enrol(String login) {
        new SecurityTestData(application).enrolSecondFactor(login, SECRET);
        withSecondFactor.add(login);
    }

    /** Signs in on {@link #page} as an account made here (with its code when it has a second factor). */
    protected void signIn(String login) {
        signIn(page, login);
    }

    /** Signs in on that page as an account made here. */
    protected void signIn(Page on, String login) {
        signIn(on, login, PASSWORD, withSecondFactor.contains(login) ? SECRET : null);
    }

    /** Clicks the button on {@link #page} whose accessible name is exactly that. */
    protected void clickButton(String name) {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(name).setExact(true))
                .click();
    }

    /** Requests that went anywhere but this application (should be none). */
    protected List<String> outsideRequests() {
        return requests.stream()
                .filter(u -> u.startsWith("http"))
                .filter(u -> {
                    String host = URI.create(u).getHost();
                    return !("localhost".equals(host) || "127.0.0.1".equals(host));
                })
                .toList();
    }
}
