package jp.mamori.policy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import jp.mamori.shared.NotAllowedException;
import org.jspecify.annotations.Nullable;

/**
 * An acknowledgement campaign (遵守の確認): the people of an {@link CampaignAudience} are asked to
 * read one revision in force and confirm it, optionally by a due date.
 *
 * <p>Lifecycle: a body-wide manager starts it for the revision in force today; it is open while
 * that revision stays in force and nobody closed it. It ends by itself when a newer revision
 * comes into force (the new revision needs its own campaign) or when a manager closes it.
 * Confirmations belong to the revision, not to the campaign: someone who confirmed the revision
 * before counts as confirmed in every campaign for it. Who is targeted is worked out on the day
 * asked (people in post), so leavers drop out and joiners come in.
 *
 * @param lastRemindedOn the day of the last reminder round, or null
 */
public record AcknowledgementCampaign(
        long id,
        long documentId,
        long revisionId,
        CampaignAudience audience,
        @Nullable LocalDate dueOn,
        String note,
        String startedBy,
        OffsetDateTime startedAt,
        @Nullable String closedBy,
        @Nullable OffsetDateTime closedAt,
        @Nullable LocalDate lastRemindedOn) {

    /** The status on a day, given whether the campaign's revision is the one in force then. */
    public enum Status {
        OPEN,
        CLOSED,
        /** A newer revision came into force. */
        SUPERSEDED;

        public String messageKey() {
            return "policy.ack.status." + name();
        }
    }

    public Status status(boolean revisionInForce) {
        if (closedAt != null) {
            return Status.CLOSED;
        }
        return revisionInForce ? Status.OPEN : Status.SUPERSEDED;
    }

    /** True when the due date has passed on the day. */
    public boolean overdueOn(LocalDate day) {
        return dueOn != null && day.isAfter(dueOn);
    }

    /** Closes the campaign; closing a closed one is refused. */
    AcknowledgementCampaign close(String login, OffsetDateTime now) {
        if (closedAt != null) {
            throw new NotAllowedException("policy.ack.error.alreadyClosed");
        }
        return new AcknowledgementCampaign(
                id, documentId, revisionId, audience, dueOn, note, startedBy, startedAt, login, now, lastRemindedOn);
    }
}
