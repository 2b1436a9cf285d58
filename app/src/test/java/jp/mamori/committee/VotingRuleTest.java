package jp.mamori.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VotingRuleTest {
    @Test
    void a_meeting_has_a_quorum_only_when_more_than_half_of_the_members_are_present() {
        assertThat(VotingRule.quorum(4, 2)).isFalse();
        assertThat(VotingRule.quorum(4, 3)).isTrue();
        assertThat(VotingRule.quorum(5, 3)).isTrue();
        assertThat(VotingRule.quorum(0, 0)).isFalse();
    }

    @Test
    void more_for_than_against_carries_and_abstentions_do_not_count() {
        assertThat(VotingRule.atMeeting(List.of(Vote.FOR, Vote.FOR, Vote.AGAINST), Optional.empty()))
                .isEqualTo(Outcome.CARRIED);
        assertThat(VotingRule.atMeeting(List.of(Vote.FOR, Vote.AGAINST, Vote.AGAINST, Vote.ABSTAIN), Optional.empty()))
                .isEqualTo(Outcome.REJECTED);
        assertThat(VotingRule.atMeeting(List.of(Vote.ABSTAIN, Vote.ABSTAIN), Optional.empty()))
                .isEqualTo(Outcome.REJECTED);
    }

    @Test
    void a_tie_follows_the_chairs_vote() {
        assertThat(VotingRule.atMeeting(List.of(Vote.FOR, Vote.AGAINST), Optional.of(Vote.FOR)))
                .isEqualTo(Outcome.CARRIED);
        assertThat(VotingRule.atMeeting(List.of(Vote.FOR, Vote.AGAINST), Optional.of(Vote.AGAINST)))
                .isEqualTo(Outcome.REJECTED);
        assertThat(VotingRule.atMeeting(List.of(Vote.FOR, Vote.AGAINST), Optional.empty()))
                .isEqualTo(Outcome.REJECTED);
    }

    @Test
    void a_written_resolution_needs_every_member_for_it() {
        assertThat(VotingRule.inWriting(3, List.of(Vote.FOR, Vote.FOR, Vote.FOR)))
                .isEqualTo(Outcome.CARRIED);
        assertThat(VotingRule.inWriting(3, List.of(Vote.FOR, Vote.FOR))).isEqualTo(Outcome.REJECTED);
        assertThat(VotingRule.inWriting(3, List.of(Vote.FOR, Vote.FOR, Vote.ABSTAIN)))
                .isEqualTo(Outcome.REJECTED);
    }
}
