package jp.mamori.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application: Japan time, whatever zone the server runs in. Main code reads
 * "today" and "now" only through the {@link Clock} bean defined here ({@code LocalDate.now(clock)}),
 * so a test can fix the day by replacing the bean.
 */
@Configuration(proxyBeanMethods = false)
public class BodyClock {
    /** The zone in which the body counts its days (和暦 dates, deadlines, 施行日). */
    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
