package jp.mamori.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import jp.mamori.shared.BodyClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in tests: Japan time that runs like the real one, but can be moved to
 * another day ({@link #moveTo(LocalDateTime)}), for instance by {@link OnEachHardDay}. It keeps
 * running after a move, so timestamps still advance, lockouts expire and audit entries keep their
 * order. There is one instance per JVM, registered as the primary {@link Clock} bean by
 * {@link MamoriSpringTest} and {@link PostgresApplicationTest}, so tests can read "today" as the
 * application sees it with {@link #today()}.
 *
 * <p>The system property {@value #START_PROPERTY} (a Japan-time {@code 2027-03-31T23:50} or a day,
 * {@code 2028-02-29}, read as 10:00) starts the whole run at that moment instead of the real time:
 * the sweep of the suite over the hard days (docs/architecture.md, "Tests"). {@link #reset()} then
 * returns to that run's time, not to the real one.
 */
public final class TestClock extends Clock {
    /** The system property that starts the test run's clock at a given moment. */
    public static final String START_PROPERTY = "mamori.test.clock";

    /** The one clock every test application context uses. */
    public static final TestClock INSTANCE = new TestClock(startOffset(System.getProperty(START_PROPERTY)));

    private final Clock system = Clock.system(BodyClock.ZONE);
    private final Duration start;
    private volatile Duration offset;

    private TestClock(Duration start) {
        this.start = start;
        this.offset = start;
    }

    /** How far the run's clock is from the real one: zero unless the property names a moment. */
    static Duration startOffset(String property) {
        if (property == null || property.isBlank()) {
            return Duration.ZERO;
        }
        String value = property.strip();
        LocalDateTime moment = value.contains("T")
                ? LocalDateTime.parse(value)
                : LocalDate.parse(value).atTime(OnEachHardDay.TIME);
        return Duration.between(Instant.now(), moment.atZone(BodyClock.ZONE).toInstant());
    }

    /** Whether this run's clock was started at a given moment by {@value #START_PROPERTY}. */
    public static boolean sweeping() {
        return !INSTANCE.start.isZero();
    }

    /** From now on, the application's time is that moment (Japan time), and runs on from there. */
    public void moveTo(LocalDateTime moment) {
        offset =
                Duration.between(system.instant(), moment.atZone(BodyClock.ZONE).toInstant());
    }

    /** Back to the run's time: the real time, or the moment {@value #START_PROPERTY} started it at. */
    public void reset() {
        offset = start;
    }

    /** Today as the application sees it. */
    public static LocalDate today() {
        return LocalDate.now(INSTANCE);
    }

    /** Now as the application sees it. */
    public static OffsetDateTime now() {
        return OffsetDateTime.now(INSTANCE);
    }

    @Override
    public ZoneId getZone() {
        return BodyClock.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset);
    }

    /** Registers {@link #INSTANCE} as the primary clock of the application under test. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {
        @Bean
        @Primary
        Clock testClock() {
            return INSTANCE;
        }
    }
}
