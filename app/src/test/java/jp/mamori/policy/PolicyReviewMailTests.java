package jp.mamori.policy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import jp.mamori.notification.Reminders;
import jp.mamori.organization.OrganizationTestData;
import jp.mamori.shared.Role;
import jp.mamori.testing.MailTestSupport;
import jp.mamori.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The review reminder travels end to end: a document past its review day → {@link PolicyReviewReminder}
 * → notification outbox → SMTP (GreenMail) → a mail to the owner unit's 情報セキュリティ責任者 with the
 * Japanese subject; a second round on the same day sends nothing.
 */
class PolicyReviewMailTests extends MailTestSupport {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    PolicyRepository documentRows;

    @Autowired
    RevisionRepository revisionRows;

    @Autowired
    PolicyReviews reviews;

    @Autowired
    PolicyReviewReminder reminder;

    @Autowired
    Reminders reminders;

    @Autowired
    ApplicationContext context;

    int deliverOutbox() {
        Integer sent = ReflectionTestUtils.invokeMethod(context.getBean("mailOutbox"), "deliver");
        return sent == null ? 0 : sent;
    }

    @Test
    void the_owner_is_reminded_by_mail_of_an_overdue_review_once_a_day() throws Exception {
        PolicyTestData data = new PolicyTestData(jdbc, documentRows, revisionRows);
        OrganizationTestData org = OrganizationTestData.of(jdbc);
        long unit = data.unit("見直し所管課", null);
        String address = OrganizationTestData.unique("owner") + "@kakuu-kyosai.example.jp";
        long owner = org.person(new OrganizationTestData.PersonSpec("所管 一郎", unit).email(address));
        org.grant(owner, Role.SECURITY_OFFICER, unit);
        String title = PolicyTestData.unique("情報セキュリティ対策基準");
        InForce doc = data.documentInForce(
                PolicyTier.STANDARD,
                title,
                unit,
                Visibility.open(Audience.ALL_STAFF),
                "8架共第5号",
                TestClock.today().minusYears(2),
                "## 第1条\n\n本文。");
        deliverOutbox();
        MAIL.purgeEmailFromAllMailboxes();

        DueReview due = reviews.dueWithin(TestClock.today(), 30).stream()
                .filter(d -> d.documentId() == doc.document().id())
                .findFirst()
                .orElseThrow();
        assertThat(due.overdue(TestClock.today())).isTrue();
        assertThat(reminder.recipients(due)).contains(owner);
        assertThat(reminders.runDue(reminder, TestClock.today())).isPositive();
        assertThat(deliverOutbox()).isGreaterThanOrEqualTo(1);

        List<MimeMessage> toOwner = Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> recipient(m).equals(address))
                .toList();
        assertThat(toOwner).hasSize(1);
        assertThat(toOwner.get(0).getSubject())
                .isEqualTo("【見直し期限超過】" + title + "の見直し期限は" + jp.mamori.shared.Wareki.japanese(due.dueOn()) + "です");
        assertThat(String.valueOf(toOwner.get(0).getContent())).contains(title).contains("12か月ごとに見直します");
        assertThat(jdbc.sql(
                                "select count(*) from audit_entry where action = 'policy.review.reminded' and subject_id = :s")
                        .param("s", Long.toString(doc.document().id()))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // the day is claimed: a second round on the same day does not mail the owner again
        MAIL.purgeEmailFromAllMailboxes();
        reminders.runDue(reminder, TestClock.today());
        deliverOutbox();
        assertThat(Arrays.stream(MAIL.getReceivedMessages()).map(PolicyReviewMailTests::recipient))
                .doesNotContain(address);
    }
}
