package jp.mamori.policy;

import java.time.LocalDate;
import java.util.List;
import jp.mamori.testing.TestContexts;
import jp.mamori.testing.TestUsers;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For journeys of other modules (the home page): a standard open to all staff, in force, with an
 * acknowledgement campaign for one unit, made through this module's fixtures and services.
 */
public final class PolicyHomeFixtures {
    private final AcknowledgementFixtures fixtures;
    private final Acknowledgements acknowledgements;

    public PolicyHomeFixtures(JdbcClient jdbc) {
        ApplicationContext context = TestContexts.of(jdbc);
        this.fixtures = new AcknowledgementFixtures(
                jdbc, context.getBean(PolicyRepository.class), context.getBean(RevisionRepository.class));
        this.acknowledgements = context.getBean(Acknowledgements.class);
    }

    /** A document to confirm by the unit's people by the due day; returns its title (unique). */
    public String toConfirm(long unitId, LocalDate due) {
        String title = PolicyTestData.unique("モバイル端末利用基準");
        InForce doc = fixtures.standard(title);
        TestUsers.runAs(
                AcknowledgementFixtures.CISO,
                () -> acknowledgements.start(
                        doc.document().id(), new CampaignAudience.Units(List.of(unitId)), due, "ホームの確認"));
        return title;
    }
}
