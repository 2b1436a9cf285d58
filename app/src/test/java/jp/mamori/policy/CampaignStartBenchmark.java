package jp.mamori.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import jp.mamori.testing.DatabaseBenchmark;
import jp.mamori.testing.OnDay;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Starting an acknowledgement campaign for {@code bench.people} (2,000) people in post, on H2 or
 * PostgreSQL ({@link DatabaseBenchmark}): a unit with 20 sections, the people made through the
 * organisation's service (one transaction and one audit entry each, timed as well), then a campaign for
 * a document open to all staff and one for a document restricted to the unit (each targeted person's
 * reading right checked); each start resolves the audience, stores the campaign and one notice per
 * person. Then the campaign page's data ({@link Acknowledgements#view}) warm, 10 times. A warm-up round
 * with 40 people runs first.
 */
// the documents' revisions are in force from 2024-04-01: a fixed day keeps the calendar the same
@OnDay("2026-11-26")
class CampaignStartBenchmark extends DatabaseBenchmark {
    static final int PEOPLE = Integer.getInteger("bench.people", 2_000);
    static final String NAME = "acknowledgement campaign";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PolicyRepository documentRows;

    @Autowired
    RevisionRepository revisionRows;

    @Autowired
    Acknowledgements acknowledgements;

    @Test
    void start_a_campaign_for_two_thousand_people() {
        round(40, false);
        round(PEOPLE, true);
    }

    private void round(int people, boolean measured) {
        AcknowledgementFixtures fx = new AcknowledgementFixtures(jdbc, documentRows, revisionRows);
        long top = fx.unit(PolicyTestData.unique("周知計測部"), null);
        List<Long> sections = new ArrayList<>();
        for (int s = 0; s < 20; s++) {
            sections.add(fx.unit(PolicyTestData.unique("周知計測課" + s + "-"), top));
        }
        long p0 = System.nanoTime();
        for (int i = 0; i < people; i++) {
            fx.person("計測 職員" + i, sections.get(i % sections.size()));
        }
        long p1 = System.nanoTime();
        InForce open = fx.standard(PolicyTestData.unique("計測用対策基準"));
        InForce restricted = fx.data.documentInForce(
                PolicyTier.PROCEDURE,
                PolicyTestData.unique("計測用実施手順"),
                Visibility.restricted(Set.of(), Set.of(top)),
                "## 手順\n\n計測用の架空の実施手順。\n");
        CampaignAudience audience = new CampaignAudience.Units(List.of(top));

        long s0 = System.nanoTime();
        AcknowledgementCampaign openCampaign =
                as(() -> acknowledgements.start(open.document().id(), audience, null, "計測"));
        long s1 = System.nanoTime();
        AcknowledgementCampaign restrictedCampaign =
                as(() -> acknowledgements.start(restricted.document().id(), audience, null, "計測"));
        long s2 = System.nanoTime();

        for (AcknowledgementCampaign campaign : List.of(openCampaign, restrictedCampaign)) {
            int targeted = as(() -> acknowledgements.view(campaign.id()))
                    .progress()
                    .total()
                    .targeted();
            if (targeted != people) {
                throw new AssertionError("campaign " + campaign.id() + " targets " + targeted + ", not " + people);
            }
        }
        if (!measured) {
            return;
        }
        figure(NAME, "%,d people created through the organisation service".formatted(people), seconds(p1 - p0));
        figure(NAME, "start, document open to all staff (%,d notices)".formatted(people), seconds(s1 - s0));
        figure(NAME, "start, restricted document (reading right per person)", seconds(s2 - s1));
        figure(NAME, "campaign page data, open document, warm (10)", viewTimes(openCampaign));
        figure(NAME, "campaign page data, restricted document, warm (10)", viewTimes(restrictedCampaign));
        figure(NAME, "load average (1 min) at the end", load());
    }

    private String viewTimes(AcknowledgementCampaign campaign) {
        as(() -> acknowledgements.view(campaign.id()));
        long[] times = new long[10];
        for (int i = 0; i < times.length; i++) {
            long t0 = System.nanoTime();
            as(() -> acknowledgements.view(campaign.id()));
            times[i] = System.nanoTime() - t0;
        }
        return new Timings(times).toString();
    }

    private static <T> T as(Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        TestUsers.runAs(AcknowledgementFixtures.CISO, () -> result.set(work.get()));
        return result.get();
    }
}
