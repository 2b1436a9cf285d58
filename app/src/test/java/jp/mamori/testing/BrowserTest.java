package jp.mamori.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base class for browser tests: the shared application context ({@link MamoriSpringTest}, real
 * port, in-memory H2) and one headless Debian Chromium per test class, driven by Playwright; each
 * test gets a fresh browser context (no cookies) and page. Name browser tests {@code *IT}.
 *
 * <p>Every request the page makes is recorded in {@link #requests}, so a test can assert that
 * nothing was fetched from an outside host.
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

    @LocalServerPort
    protected int port;

    protected Playwright playwright;
    protected Browser browser;
    protected BrowserContext context;
    protected Page page;

    /** Every URL the current page requested, in order. */
    protected final List<String> requests = new CopyOnWriteArrayList<>();

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
    }

    @BeforeEach
    void openPage() {
        requests.clear();
        context = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP"));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
        page.onRequest(request -> requests.add(request.url()));
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
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
