package jp.mamori.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import jp.mamori.testing.PostgresApplicationTest;
import jp.mamori.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The mail outbox on a real PostgreSQL with two nodes: two senders started at the same moment on
 * one outbox mail every waiting notice exactly once between them.
 */
class MailOutboxPostgresIT extends PostgresApplicationTest {
    private static final int NOTICES = 240;

    @Autowired
    NoticeRepository repository;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcClient jdbc;

    @Test
    void two_senders_at_once_never_mail_one_notice_twice() throws Exception {
        long person = TestPeople.person(jdbc, "somu@kakuu-kyosai.example.jp");
        for (int i = 0; i < NOTICES; i++) {
            repository.insert(
                    new Notice(person, "t.two-nodes", "通知 " + i, "本文", ""),
                    TestClock.now(),
                    MailState.PENDING,
                    "somu@kakuu-kyosai.example.jp");
        }
        Queue<String> mailed = new ConcurrentLinkedQueue<>();
        MailOutbox first = outbox(mailed);
        MailOutbox second = outbox(mailed);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = List.of(first, second).stream()
                    .map(outbox -> nodes.submit(() -> {
                        start.await();
                        return outbox.deliver();
                    }))
                    .toList();
            start.countDown();
            int sent = 0;
            for (Future<Integer> run : runs) {
                sent += run.get();
            }
            assertThat(sent).isEqualTo(NOTICES);
        } finally {
            nodes.shutdownNow();
        }

        assertThat(mailed).hasSize(NOTICES).doesNotHaveDuplicates();
        assertThat(mailed)
                .containsExactlyInAnyOrderElementsOf(
                        IntStream.range(0, NOTICES).mapToObj(i -> "通知 " + i).toList());
        assertThat(jdbc.sql("select count(*) from ntf_notice where person_id = :p and mail_state = 'SENT'"
                                + " and mail_attempts = 1 and claimed_by is null")
                        .param("p", person)
                        .query(Long.class)
                        .single())
                .isEqualTo(NOTICES);
    }

    /** An outbox of its own, as on another node, whose mailer notes each subject it is given. */
    private MailOutbox outbox(Queue<String> mailed) {
        JavaMailSenderImpl recorder = new JavaMailSenderImpl() {
            @Override
            public void send(MimeMessage message) {
                try {
                    mailed.add(message.getSubject());
                } catch (MessagingException e) {
                    throw new MailSendException("no subject", e);
                }
                Thread.yield(); // let the other node run while this one is mailing
            }
        };
        var provider = new StaticListableBeanFactory();
        provider.addBean("recorder", recorder);
        return new MailOutbox(
                repository,
                provider.getBeanProvider(JavaMailSender.class),
                new MailSettings("mamori@kakuu-kyosai.example.jp", "", "UTF-8", Duration.ofHours(1), 5),
                messages,
                TestClock.INSTANCE);
    }
}
