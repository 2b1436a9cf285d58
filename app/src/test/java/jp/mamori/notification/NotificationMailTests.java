package jp.mamori.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.time.Duration;
import jp.mamori.testing.MailTestSupport;
import jp.mamori.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class NotificationMailTests extends MailTestSupport {
    @Autowired
    Notifications notifications;

    @Autowired
    MailOutbox outbox;

    @Autowired
    NoticeRepository repository;

    @Autowired
    MessageSource messages;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    private StoredNotice lastNoticeOf(long person) {
        return repository.ofPerson(person, 0, 1).get(0);
    }

    @Test
    void a_notice_to_a_person_with_an_address_arrives_by_mail_in_japanese_with_the_full_link() throws Exception {
        long person = TestPeople.person(jdbc, "hokenka@kakuu-kyosai.example.jp");
        notifications.send(new Notice(
                person, "incident.escalated", "【至急】インシデント第７号：USBメモリの紛失", "保険課で USB メモリの紛失が報告されました。", "/incidents/7"));
        assertThat(lastNoticeOf(person).mailState()).isEqualTo(MailState.PENDING);

        assertThat(outbox.deliver()).isGreaterThanOrEqualTo(1);

        MimeMessage[] received = MAIL.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getSubject()).isEqualTo("【至急】インシデント第７号：USBメモリの紛失");
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("hokenka@kakuu-kyosai.example.jp");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("mamori@kakuu-kyosai.example.jp");
        String body = String.valueOf(mail.getContent());
        assertThat(body)
                .contains("保険課で USB メモリの紛失が報告されました。")
                .contains("https://mamori.kakuu-kyosai.example.jp/incidents/7")
                .contains("mamori が自動で送信");
        StoredNotice after = lastNoticeOf(person);
        assertThat(after.mailState()).isEqualTo(MailState.SENT);
        assertThat(after.mailSentAt()).isNotNull();

        // nothing is sent twice
        assertThat(outbox.deliver()).isZero();
        assertThat(MAIL.getReceivedMessages()).hasSize(1);
    }

    @Test
    void a_person_without_an_address_gets_the_notice_in_the_product_only() {
        long person = TestPeople.personWithoutAddress(jdbc);
        notifications.send(new Notice(person, "t.none", "メールなし", "本文", ""));

        assertThat(lastNoticeOf(person).mailState()).isEqualTo(MailState.NONE);
        outbox.deliver();
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void mail_can_be_sent_in_iso_2022_jp_for_older_mail_systems() throws Exception {
        long person = TestPeople.person(jdbc, "kyuyo@kakuu-kyosai.example.jp");
        MailOutbox jis = new MailOutbox(
                repository,
                context.getBeanProvider(JavaMailSender.class),
                new MailSettings("mamori@kakuu-kyosai.example.jp", "", "ISO-2022-JP", Duration.ofHours(1), 5),
                messages,
                TestClock.INSTANCE);
        notifications.send(new Notice(person, "t.jis", "遵守確認のお願い：情報セキュリティ対策基準", "確認してください。", "/policies/1"));

        jis.deliver();

        MimeMessage mail = MAIL.getReceivedMessages()[0];
        assertThat(mail.getHeader("Subject")[0]).containsIgnoringCase("=?ISO-2022-JP?");
        assertThat(mail.getContentType()).containsIgnoringCase("iso-2022-jp");
        assertThat(MimeUtility.decodeText(mail.getHeader("Subject")[0])).isEqualTo("遵守確認のお願い：情報セキュリティ対策基準");
        assertThat(String.valueOf(mail.getContent())).contains("確認してください。").contains("/policies/1");
    }

    @Test
    void an_unreachable_server_is_retried_then_given_up_and_the_notice_stays_in_the_product() {
        long person = TestPeople.person(jdbc, "somu@kakuu-kyosai.example.jp");
        JavaMailSenderImpl nowhere = new JavaMailSenderImpl();
        nowhere.setHost("127.0.0.1");
        nowhere.setPort(1); // nothing listens there
        var provider = new org.springframework.beans.factory.support.StaticListableBeanFactory();
        provider.addBean("nowhere", nowhere);
        MailOutbox failing = new MailOutbox(
                repository,
                provider.getBeanProvider(JavaMailSender.class),
                new MailSettings("mamori@kakuu-kyosai.example.jp", "", "UTF-8", Duration.ofHours(1), 2),
                messages,
                TestClock.INSTANCE);
        notifications.send(new Notice(person, "t.fail", "届かないメール", "本文", ""));
        long id = lastNoticeOf(person).id();

        failing.deliver();
        StoredNotice once = repository.find(id).orElseThrow();
        assertThat(once.mailState()).isEqualTo(MailState.PENDING);
        assertThat(once.mailAttempts()).isEqualTo(1);
        assertThat(once.mailError()).contains("MailSendException");

        failing.deliver();
        StoredNotice twice = repository.find(id).orElseThrow();
        assertThat(twice.mailState()).isEqualTo(MailState.FAILED);
        assertThat(twice.mailAttempts()).isEqualTo(2);
        assertThat(twice.readAt()).isNull();
    }
}
