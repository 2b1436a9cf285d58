package jp.mamori.policy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import jp.mamori.testing.MailTestSupport;
import jp.mamori.testing.OnDay;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * A reminder travels end to end: campaign → reminder button → notification outbox → SMTP (a real
 * in-process GreenMail server) → a mail with the Japanese subject in the person's mailbox.
 */
// the fixtures are a fixed calendar (施行日 2024-04-01 and 2025, approvals dated then): today is set
@OnDay("2026-11-26")
class AcknowledgementMailTests extends MailTestSupport {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    PolicyRepository documentRows;

    @Autowired
    RevisionRepository revisionRows;

    @Autowired
    Acknowledgements acknowledgements;

    @Autowired
    ApplicationContext context;

    /** The notification module's outbox, run now instead of waiting for its schedule (test only). */
    int deliverOutbox() {
        Object outbox = context.getBean("mailOutbox");
        Integer sent = ReflectionTestUtils.invokeMethod(outbox, "deliver");
        return sent == null ? 0 : sent;
    }

    @Test
    void a_reminder_arrives_by_mail_with_the_japanese_subject_only_for_those_not_confirmed() throws Exception {
        AcknowledgementFixtures fx = new AcknowledgementFixtures(jdbc, documentRows, revisionRows);
        long unit = fx.unit("催促確認課", null);
        long category = fx.category("職員");
        long late = fx.person(
                "催促 太郎", unit, category, AcknowledgementFixtures.APRIL_1, null, "late@kakuu-kyosai.example.jp");
        long done = fx.person(
                "確認 花子", unit, category, AcknowledgementFixtures.APRIL_1, null, "done@kakuu-kyosai.example.jp");
        String title = PolicyTestData.unique("情報セキュリティ対策基準");
        InForce doc = fx.data.documentInForce(
                PolicyTier.STANDARD, title, Visibility.open(Audience.ALL_STAFF), "## 第1条\n\n本文。");
        long[] campaign = new long[1];
        TestUsers.runAs(
                AcknowledgementFixtures.CISO,
                () -> campaign[0] = acknowledgements
                        .start(
                                doc.document().id(),
                                new CampaignAudience.Units(List.of(unit)),
                                TestClock.today().plusDays(14),
                                "")
                        .id());
        TestUsers.runAs(
                AcknowledgementFixtures.staff(done, unit),
                () -> acknowledgements.confirm(
                        doc.document().id(), doc.revision().id(), doc.revision().contentHash(), "PAGE"));
        deliverOutbox();
        MAIL.purgeEmailFromAllMailboxes();

        TestUsers.runAs(AcknowledgementFixtures.CISO, () -> acknowledgements.remind(campaign[0]));
        assertThat(deliverOutbox()).isGreaterThanOrEqualTo(1);

        MimeMessage[] received = MAIL.getReceivedMessages();
        List<MimeMessage> toLate = Arrays.stream(received)
                .filter(m -> recipient(m).equals("late@kakuu-kyosai.example.jp"))
                .toList();
        assertThat(toLate).hasSize(1);
        assertThat(toLate.get(0).getSubject()).isEqualTo("【催促・遵守の確認】" + title + "の確認がまだです");
        assertThat(String.valueOf(toLate.get(0).getContent()))
                .contains(title)
                .contains("テスト第1号")
                .contains("令和6年4月1日施行")
                .contains("/policies/acknowledgements");
        assertThat(Arrays.stream(received).map(AcknowledgementMailTests::recipient))
                .doesNotContain("done@kakuu-kyosai.example.jp");
    }
}
