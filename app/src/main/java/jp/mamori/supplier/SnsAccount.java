package jp.mamori.supplier;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An official SNS account of the body: its platform and account, purpose, the 運用手順 it follows (a
 * policy document, named or linked), what may be posted, the responsible person and deputies (people
 * of the directory), who holds the credentials, whether a second factor is on, where it is announced
 * as official, and the last yearly review; incidents (乗っ取り, 誤投稿 …) name it.
 */
public record SnsAccount(
        long id,
        String platform,
        String account,
        String purpose,
        String procedureDocument,
        String postingRules,
        long unitId,
        long responsibleId,
        List<Long> deputies,
        String credentialHolder,
        boolean secondFactor,
        String announcedAt,
        @Nullable LocalDate lastReviewedOn,
        List<LinkedIncident> incidents,
        OffsetDateTime updatedAt,
        String updatedBy)
        implements SupplierRegister.Entry {
    public SnsAccount {
        deputies = List.copyOf(deputies);
        incidents = List.copyOf(incidents);
    }

    /** The day the next yearly review is due: a year after the last one (today when never reviewed). */
    public LocalDate reviewDue(LocalDate today) {
        return lastReviewedOn == null ? today : lastReviewedOn.plusYears(1);
    }

    /** The account as people write it: platform and account name. */
    @Override
    public String label() {
        return platform + " " + account;
    }
}
