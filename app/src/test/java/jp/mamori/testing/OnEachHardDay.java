package jp.mamori.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/**
 * Runs the test once on each of the days on which date arithmetic and 和暦 break first, with the
 * application's clock ({@link TestClock}) moved to that day at 10:00 Japan time before the
 * test's {@code @BeforeEach} methods, and back to the real time afterwards. Use it in place of
 * {@code @Test} on tests that depend on "today": deadlines, 和暦, 施行日, 離任日, reminders, expiry.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestTemplate
@ExtendWith(OnEachHardDay.Days.class)
public @interface OnEachHardDay {
    /**
     * 年度末, the last day of a calendar year and the first of the next, a leap day, and the last day
     * of 平成 and the first of 令和.
     */
    List<LocalDate> DAYS = List.of(
            LocalDate.of(2026, 3, 31),
            LocalDate.of(2026, 12, 31),
            LocalDate.of(2027, 1, 1),
            LocalDate.of(2028, 2, 29),
            LocalDate.of(2019, 4, 30),
            LocalDate.of(2019, 5, 1));

    /**
     * Whether to run on the last day of 平成 and the first of 令和 too. Tests that format no 和暦
     * across the era change and whose fixtures are dated in the 2020s set it to false: in 2019 their
     * fixtures would lie in the future.
     */
    boolean eraBoundary() default true;

    /** The time of day the clock is moved to. */
    LocalTime TIME = LocalTime.of(10, 0);

    /** Supplies one invocation per day. */
    class Days implements TestTemplateInvocationContextProvider {
        @Override
        public boolean supportsTestTemplate(ExtensionContext context) {
            return true;
        }

        @Override
        public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
            boolean eraBoundary = context.getRequiredTestMethod()
                    .getAnnotation(OnEachHardDay.class)
                    .eraBoundary();
            return DAYS.stream()
                    .filter(day -> eraBoundary || day.getYear() >= 2020)
                    .map(Day::new);
        }
    }

    /** One run of the test with the clock on that day. */
    record Day(LocalDate day) implements TestTemplateInvocationContext, BeforeEachCallback, AfterEachCallback {
        @Override
        public String getDisplayName(int invocationIndex) {
            return "on " + day;
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(this);
        }

        @Override
        public void beforeEach(ExtensionContext context) {
            TestClock.INSTANCE.moveTo(LocalDateTime.of(day, TIME));
        }

        @Override
        public void afterEach(ExtensionContext context) {
            TestClock.INSTANCE.reset();
        }
    }
}
