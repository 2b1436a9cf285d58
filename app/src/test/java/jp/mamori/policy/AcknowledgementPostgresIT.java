package jp.mamori.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import jp.mamori.notification.Reminders;
import jp.mamori.testing.PostgresApplicationTest;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The acknowledgement tables on a real PostgreSQL: V7_1 migrates, a campaign with its audience, a
 * confirmation with its hash and the reminders are stored and read back; the reminder day is
 * claimed once.
 */
class AcknowledgementPostgresIT extends PostgresApplicationTest {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    PolicyRepository documentRows;

    @Autowired
    RevisionRepository revisionRows;

    @Autowired
    Acknowledgements acknowledgements;

    @Autowired
    CampaignRepository campaigns;

    @Autowired
    Reminders reminders;

    @Test
    void a_campaign_its_confirmations_and_reminders_are_stored_and_read_back_on_postgresql() {
        AcknowledgementFixtures fx = new AcknowledgementFixtures(jdbc, documentRows, revisionRows);
        long head = fx.unit("本部", null);
        long section = fx.unit("保険課", head);
        long reader = fx.person("確認 一郎", section);
        long late = fx.person("未了 二郎", head);
        InForce doc = fx.standard("情報セキュリティ対策基準");
        LocalDate due = TestClock.today().plusDays(3);

        AtomicReference<AcknowledgementCampaign> started = new AtomicReference<>();
        TestUsers.runAs(
                AcknowledgementFixtures.CISO,
                () -> started.set(acknowledgements.start(
                        doc.document().id(), new CampaignAudience.Units(List.of(head, section)), due, "年度の確認")));
        AcknowledgementCampaign campaign = campaigns.find(started.get().id()).orElseThrow();
        assertThat(campaign.audience()).isEqualTo(new CampaignAudience.Units(List.of(head, section)));
        assertThat(campaign.dueOn()).isEqualTo(due);
        assertThat(campaign.note()).isEqualTo("年度の確認");

        TestUsers.runAs(
                AcknowledgementFixtures.staff(reader, section),
                () -> acknowledgements.confirm(
                        doc.document().id(), doc.revision().id(), doc.revision().contentHash(), "PAGE"));
        var stored = campaigns.confirmation(doc.revision().id(), reader).orElseThrow();
        assertThat(stored.contentHash()).isEqualTo(doc.revision().contentHash()).hasSize(64);
        assertThat(stored.confirmedAt()).isNotNull();

        TestUsers.runAs(AcknowledgementFixtures.CISO, () -> acknowledgements.remind(campaign.id()));
        assertThat(campaigns.lastReminders(campaign.id())).containsOnlyKeys(late);
        assertThat(reminders.claimDay("policy.acknowledgement", Long.toString(campaign.id()), TestClock.today()))
                .isFalse();
        assertThat(reminders.claimDay(
                        "policy.acknowledgement",
                        Long.toString(campaign.id()),
                        TestClock.today().plusDays(1)))
                .isTrue();
        assertThat(reminders.claimDay(
                        "policy.acknowledgement",
                        Long.toString(campaign.id()),
                        TestClock.today().plusDays(1)))
                .isFalse();

        AtomicReference<Acknowledgements.CampaignView> view = new AtomicReference<>();
        TestUsers.runAs(AcknowledgementFixtures.CISO, () -> view.set(acknowledgements.view(campaign.id())));
        assertThat(view.get().progress().total()).isEqualTo(new CampaignProgress.Figures(2, 1));
        assertThat(view.get().progress().pending()).singleElement().satisfies(p -> {
            assertThat(p.personId()).isEqualTo(late);
            assertThat(p.lastRemindedOn()).isEqualTo(TestClock.today());
        });
    }
}
