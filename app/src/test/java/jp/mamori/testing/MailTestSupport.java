package jp.mamori.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The shared setup for tests that need mail: the {@link MamoriSpringTest} application (same
 * in-memory database) with SMTP pointed at a real in-process GreenMail server on a free port. Every
 * class that extends this shares one application context and one server; the mailboxes are emptied
 * before each test. The outbox schedule is slowed to an hour, so a test delivers by calling the
 * outbox itself and never races the schedule. The application's clock is {@link TestClock}, as in
 * {@link MamoriSpringTest}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=" + MamoriSpringTest.H2_URL,
            "spring.datasource.username=sa",
            "spring.datasource.password=",
            "mamori.mode=test",
            "spring.thymeleaf.cache=false",
            "logging.level.jp.mamori=warn",
            "spring.mail.host=127.0.0.1",
            "mamori.mail.from=mamori@kakuu-kyosai.example.jp",
            "mamori.mail.base-url=https://mamori.kakuu-kyosai.example.jp",
            "mamori.mail.interval=1h"
        })
@AutoConfigureMockMvc
@Import({TestClock.Configuration.class, TestContexts.Registration.class})
public abstract class MailTestSupport {
    /** The SMTP server every mail test talks to, started once per JVM on a free port. */
    protected static final GreenMail MAIL = start();

    private static GreenMail start() {
        ServerSetup setup = ServerSetupTest.SMTP.dynamicPort();
        GreenMail server = new GreenMail(setup);
        server.start();
        return server;
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    @BeforeEach
    void emptyMailboxes() throws Exception {
        MAIL.purgeEmailFromAllMailboxes();
    }

    /** The first recipient of the mail. */
    protected static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The mail's subject. */
    protected static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The mail's text. */
    protected static String body(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
