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
 */
public final class TestClock extends Clock {
    /** The one clock every test application context uses. */
    public static final TestClock INSTANCE = new TestClock();

    private final Clock system = Clock.system(BodyClock.ZONE);
    private volatile Duration offset = Duration.ZERO;

    private TestClock() {}

    /** From now on, the application's time is that moment (Japan time), and runs on from there. */
    public void moveTo(LocalDateTime moment) {
        offset =
                Duration.between(system.instant(), moment.atZone(BodyClock.ZONE).toInstant());
    }

    /** Back to the real time. */
    public void reset() {
        offset = Duration.ZERO;
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
