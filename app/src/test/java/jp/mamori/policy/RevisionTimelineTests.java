package jp.mamori.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import jp.mamori.shared.Role;
import org.junit.jupiter.api.Test;

/** Which revision is in force on a day: the boundaries of 施行日, future dates and ties. */
class RevisionTimelineTests {
    static final OffsetDateTime NOW = RevisionRulesTests.NOW;

    static Revision approved(long id, int number, LocalDate effectiveOn) {
        Revision draft = Revision.draft(
                        1,
                        number,
                        new RevisionDraft(
                                "第" + number + "号", LocalDate.of(2020, 1, 1), null, effectiveOn, "", "", "本文"),
                        "author",
                        1L,
                        "起案",
                        NOW)
                .withId(id);
        return draft.submit(List.of(Role.CISO), null, NOW)
                .approve(new Approver("ciso", 9L, "CISO", Set.of(Role.CISO)), NOW);
    }

    static Revision draft(long id, int number) {
        return Revision.draft(1, number, new RevisionDraft("", null, null, null, "", "", ""), "a", 1L, "a", NOW)
                .withId(id);
    }

    final Revision first = approved(1, 1, LocalDate.of(2024, 1, 1));
    final Revision second = approved(2, 2, LocalDate.of(2025, 4, 1));
    final Revision future = approved(3, 3, LocalDate.of(2099, 4, 1));
    final Revision open = draft(4, 4);
    final RevisionTimeline timeline = new RevisionTimeline(List.of(open, future, second, first));

    @Test
    void nothing_is_in_force_before_the_first_effective_date() {
        assertThat(timeline.inForceOn(LocalDate.of(2023, 12, 31))).isEmpty();
        assertThat(timeline.stateOf(first, LocalDate.of(2023, 12, 31))).isEqualTo(RevisionState.APPROVED);
    }

    @Test
    void a_revision_is_in_force_from_its_effective_date_itself() {
        assertThat(timeline.inForceOn(LocalDate.of(2024, 1, 1))).contains(first);
        assertThat(timeline.stateOf(first, LocalDate.of(2024, 1, 1))).isEqualTo(RevisionState.IN_FORCE);
    }

    @Test
    void the_day_before_the_next_effective_date_the_older_revision_is_still_in_force() {
        assertThat(timeline.inForceOn(LocalDate.of(2025, 3, 31))).contains(first);
        assertThat(timeline.stateOf(second, LocalDate.of(2025, 3, 31))).isEqualTo(RevisionState.APPROVED);
    }

    @Test
    void on_the_next_effective_date_the_older_revision_is_superseded() {
        assertThat(timeline.inForceOn(LocalDate.of(2025, 4, 1))).contains(second);
        assertThat(timeline.stateOf(first, LocalDate.of(2025, 4, 1))).isEqualTo(RevisionState.SUPERSEDED);
        assertThat(timeline.stateOf(second, LocalDate.of(2025, 4, 1))).isEqualTo(RevisionState.IN_FORCE);
    }

    @Test
    void an_approved_revision_with_a_future_effective_date_waits_and_answers_for_future_days() {
        LocalDate today = LocalDate.of(2026, 11, 26);
        assertThat(timeline.stateOf(future, today)).isEqualTo(RevisionState.APPROVED);
        assertThat(timeline.inForceOn(today)).contains(second);
        assertThat(timeline.inForceOn(LocalDate.of(2099, 4, 1))).contains(future);
        assertThat(timeline.stateOf(second, LocalDate.of(2099, 4, 1))).isEqualTo(RevisionState.SUPERSEDED);
    }

    @Test
    void drafts_are_never_in_force_and_keep_their_recorded_state() {
        assertThat(timeline.stateOf(open, LocalDate.of(2099, 12, 31))).isEqualTo(RevisionState.DRAFT);
        assertThat(timeline.open()).contains(open);
        assertThat(timeline.nextNumber()).isEqualTo(5);
    }

    @Test
    void on_equal_effective_dates_the_higher_number_is_in_force() {
        Revision a = approved(10, 1, LocalDate.of(2025, 4, 1));
        Revision b = approved(11, 2, LocalDate.of(2025, 4, 1));
        RevisionTimeline same = new RevisionTimeline(List.of(b, a));
        assertThat(same.inForceOn(LocalDate.of(2025, 4, 1))).contains(b);
        assertThat(same.stateOf(a, LocalDate.of(2025, 4, 1))).isEqualTo(RevisionState.SUPERSEDED);
    }

    @Test
    void the_latest_approved_effective_date_bounds_the_next_revision() {
        assertThat(timeline.latestApprovedEffectiveOn()).contains(LocalDate.of(2099, 4, 1));
        assertThat(new RevisionTimeline(List.of(open)).latestApprovedEffectiveOn())
                .isEmpty();
    }
}
