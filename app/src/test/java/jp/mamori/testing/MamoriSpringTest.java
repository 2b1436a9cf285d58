package jp.mamori.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The one shared Spring test setup: the whole application on a real port (for browsers and HTTP
 * clients) with MockMvc as well, on an in-memory H2 database in PostgreSQL mode, migrated by
 * Flyway, with the application clock replaced by {@link TestClock}. Every class annotated with exactly this shares one application context (Spring caches it
 * by its configuration), so adding a test class costs no extra start-up. Do not add properties or
 * {@code @MockitoBean}s next to it in a test class: that would start a second context.
 *
 * <p>The database lives as long as the JVM: tests must not assume an empty table — create what you
 * need with unique names, or count relative to the state before.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=" + MamoriSpringTest.H2_URL,
            "spring.datasource.username=sa",
            "spring.datasource.password=",
            "mamori.mode=test",
            "spring.thymeleaf.cache=false",
            "logging.level.jp.mamori=warn",
            // every MockMvc request comes from 127.0.0.1: failed sign-ins of all test classes would
            // add up to one source's wait (ThrottleWebTests checks the per-source wait on its own)
            "mamori.security.throttle.free-attempts-per-source=1000000"
        })
@AutoConfigureMockMvc
@Import({TestClock.Configuration.class, TestContexts.Registration.class})
public @interface MamoriSpringTest {
    /** The in-memory test database: the same dialect settings as the embedded file database. */
    String H2_URL =
            "jdbc:h2:mem:mamori-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
}
