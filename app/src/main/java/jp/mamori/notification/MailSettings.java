package jp.mamori.notification;

import java.nio.charset.Charset;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How notices are mailed. Mail is on when an SMTP server is configured ({@code spring.mail.host},
 * with {@code spring.mail.port}, {@code spring.mail.username} …, Spring Boot's own settings); these
 * are mamori's additions.
 *
 * @param from the sender address, such as {@code mamori@example.lg.jp}
 * @param baseUrl the address staff open mamori at, put in front of a notice's link in the mail
 *     (empty: the mail shows the path alone)
 * @param charset the mail's character set: {@code UTF-8}, or {@code ISO-2022-JP} for older mail
 *     systems that expect it
 * @param interval how often the outbox is looked at
 * @param maxAttempts after this many failed attempts a mail is given up (FAILED) and stays shown
 *     in the product
 */
@ConfigurationProperties("mamori.mail")
record MailSettings(
        @DefaultValue("mamori@localhost") String from,
        @DefaultValue("") String baseUrl,
        @DefaultValue("UTF-8") String charset,
        @DefaultValue("10s") Duration interval,
        @DefaultValue("5") int maxAttempts) {
    MailSettings {
        Charset.forName(charset); // an unknown charset stops start-up with its name
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("mamori.mail.max-attempts must be at least 1");
        }
    }

    /** The link as the mail shows it. */
    String absolute(String link) {
        if (link.isEmpty()) {
            return "";
        }
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) + link : baseUrl + link;
    }
}
