package jp.mamori.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The tests of this class (or this test) run with the application's clock ({@link TestClock}) on that
 * day at 10:00 Japan time, moved before the {@code @BeforeEach} methods and back afterwards. For tests
 * whose fixtures are a fixed calendar (施行日 in 2025, a discovery on 2026-01-30 counted across the
 * month end): they set "today" themselves, so they hold on any day the suite runs, the hard-day sweep
 * included. A test marked {@link OnEachHardDay} in such a class still runs on each hard day.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(OnDay.Clock.class)
public @interface OnDay {
    /** The day, as {@code 2026-11-26}. */
    String value();

    /** Moves the clock to the day before each test and back after it. */
    class Clock implements BeforeEachCallback, AfterEachCallback {
        @Override
        public void beforeEach(ExtensionContext context) {
            OnDay day = AnnotationSupport.findAnnotation(context.getRequiredTestMethod(), OnDay.class)
                    .or(() -> AnnotationSupport.findAnnotation(context.getRequiredTestClass(), OnDay.class))
                    .orElseThrow();
            TestClock.INSTANCE.moveTo(LocalDateTime.of(LocalDate.parse(day.value()), OnEachHardDay.TIME));
        }

        @Override
        public void afterEach(ExtensionContext context) {
            TestClock.INSTANCE.reset();
        }
    }
}
