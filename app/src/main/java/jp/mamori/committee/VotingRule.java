package jp.mamori.committee;

import java.util.Collection;
import java.util.Optional;

/**
 * How the committee decides, in one place.
 *
 * <ul>
 *   <li>At a meeting: the meeting has a quorum when more than half of the members (chair included)
 *       are present; only members present vote. A matter is carried when more vote for than against;
 *       when the votes are equal the chair's vote decides (可否同数のときは委員長の決するところによる),
 *       so a tie without the chair voting for it is rejected.
 *   <li>In writing (書面決議): every member must answer, and the matter is carried only when all of
 *       them are for it; one vote against or abstaining rejects it.
 * </ul>
 */
final class VotingRule {
    private VotingRule() {}

    /** True when more than half of the members are present. */
    static boolean quorum(int members, int present) {
        return members > 0 && present * 2 > members;
    }

    /** The outcome of a vote at a meeting; {@code chairVote} is empty when the chair did not vote. */
    static Outcome atMeeting(Collection<Vote> votes, Optional<Vote> chairVote) {
        long yes = votes.stream().filter(v -> v == Vote.FOR).count();
        long no = votes.stream().filter(v -> v == Vote.AGAINST).count();
        if (yes != no) {
            return yes > no ? Outcome.CARRIED : Outcome.REJECTED;
        }
        return yes > 0 && chairVote.filter(v -> v == Vote.FOR).isPresent() ? Outcome.CARRIED : Outcome.REJECTED;
    }

    /** The outcome of a written resolution: carried only when every member voted for it. */
    static Outcome inWriting(int members, Collection<Vote> votes) {
        return members > 0 && votes.size() == members && votes.stream().allMatch(v -> v == Vote.FOR)
                ? Outcome.CARRIED
                : Outcome.REJECTED;
    }
}
