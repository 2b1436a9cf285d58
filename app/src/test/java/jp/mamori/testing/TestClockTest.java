package jp.mamori.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import jp.mamori.shared.BodyClock;
import org.junit.jupiter.api.Test;

class TestClockTest {
    @Test
    void without_the_property_the_run_follows_the_real_time() {
        assertThat(TestClock.startOffset(null)).isEqualTo(Duration.ZERO);
        assertThat(TestClock.startOffset(" ")).isEqualTo(Duration.ZERO);
    }

    @Test
    void a_day_starts_the_run_at_ten_in_japan() {
        Instant expected =
                LocalDateTime.of(2028, 2, 29, 10, 0).atZone(BodyClock.ZONE).toInstant();
        Instant started = Instant.now().plus(TestClock.startOffset("2028-02-29"));
        assertThat(started).isCloseTo(expected, within(5, ChronoUnit.SECONDS));
    }

    @Test
    void a_moment_starts_the_run_there_in_japan_time() {
        Instant expected =
                LocalDateTime.of(2027, 3, 31, 23, 50).atZone(BodyClock.ZONE).toInstant();
        Instant started = Instant.now().plus(TestClock.startOffset("2027-03-31T23:50"));
        assertThat(started).isCloseTo(expected, within(5, ChronoUnit.SECONDS));
    }

    @Test
    void a_reset_returns_to_the_runs_time_not_to_the_real_one() {
        Instant before = TestClock.INSTANCE.instant();
        TestClock.INSTANCE.moveTo(LocalDateTime.of(2019, 4, 30, 10, 0));
        assertThat(TestClock.today()).isEqualTo("2019-04-30");
        TestClock.INSTANCE.reset();
        assertThat(TestClock.INSTANCE.instant()).isCloseTo(before, within(5, ChronoUnit.SECONDS));
    }

    @Test
    void the_run_starts_where_the_property_says() {
        String property = System.getProperty(TestClock.START_PROPERTY);
        Instant start = Instant.now().plus(TestClock.startOffset(property));
        // the clock has run on since the class was loaded, never backwards
        assertThat(TestClock.INSTANCE.instant()).isAfterOrEqualTo(start.minusSeconds(5));
        assertThat(TestClock.sweeping()).isEqualTo(property != null && !property.isBlank());
    }
}
