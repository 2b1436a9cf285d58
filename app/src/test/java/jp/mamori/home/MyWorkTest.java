package jp.mamori.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.shared.Task;
import jp.mamori.shared.TaskHolder;
import jp.mamori.shared.TaskSource;
import org.junit.jupiter.api.Test;

/** The work list's rules without Spring: urgency on a day, the order of the list, a failing source. */
class MyWorkTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final TaskHolder STAFF = TaskHolder.of(7, List.of(new RoleGrant(Role.STAFF, 1L)), unit -> Set.of(unit));

    static MyWork work(TaskSource... sources) {
        return new MyWork(List.of(sources), null, unit -> Set.of(unit), Clock.systemUTC(), 7);
    }

    @Test
    void a_task_is_overdue_after_its_day_due_soon_within_seven_days_and_later_after_them() {
        assertThat(Urgency.of(TODAY.minusDays(1), TODAY, 7)).isEqualTo(Urgency.OVERDUE);
        assertThat(Urgency.of(TODAY, TODAY, 7)).isEqualTo(Urgency.DUE_SOON);
        assertThat(Urgency.of(TODAY.plusDays(7), TODAY, 7)).isEqualTo(Urgency.DUE_SOON);
        assertThat(Urgency.of(TODAY.plusDays(8), TODAY, 7)).isEqualTo(Urgency.LATER);
        assertThat(Urgency.of(null, TODAY, 7)).isEqualTo(Urgency.LATER);
    }

    @Test
    void the_list_is_most_urgent_first_then_earliest_due_and_tasks_without_a_day_last() {
        TaskSource one = (holder, day) -> List.of(
                new Task("b.later", "後", TODAY.plusDays(30), "/b"),
                new Task("a.none", "期限なし", null, "/a"),
                new Task("a.overdue", "遅れ2", TODAY.minusDays(1), "/a/2"));
        TaskSource two = (holder, day) -> List.of(
                new Task("c.soon", "近い", TODAY.plusDays(2), "/c"),
                new Task("c.overdue", "遅れ1", TODAY.minusDays(5), "/c/1"));

        WorkList list = work(one, two).of(STAFF, TODAY);

        assertThat(list.items()).extracting(WorkItem::subject).containsExactly("遅れ1", "遅れ2", "近い", "後", "期限なし");
        assertThat(list.items()).extracting(WorkItem::daysLeft).containsExactly(-5L, -1L, 2L, 30L, null);
        assertThat(list.count(Urgency.OVERDUE)).isEqualTo(2);
        assertThat(list.count(Urgency.DUE_SOON)).isEqualTo(1);
        assertThat(list.complete()).isTrue();
    }

    @Test
    void a_failing_source_leaves_the_others_and_marks_the_list_incomplete() {
        TaskSource broken = (holder, day) -> {
            throw new IllegalStateException("table missing");
        };
        TaskSource fine = (holder, day) -> List.of(new Task("x.y", "残る", TODAY, "/x"));

        WorkList list = work(broken, fine).of(STAFF, TODAY);

        assertThat(list.items()).extracting(WorkItem::subject).containsExactly("残る");
        assertThat(list.complete()).isFalse();
    }

    @Test
    void a_person_not_in_post_is_asked_nothing() {
        TaskSource any = (holder, day) -> List.of(new Task("x.y", "何か", TODAY, "/x"));

        assertThat(work(any)
                        .of(TaskHolder.of(7, List.of(), unit -> Set.of(unit)), TODAY)
                        .items())
                .isEmpty();
    }

    @Test
    void a_unit_scoped_grant_covers_the_units_below_it_and_a_body_wide_grant_every_unit() {
        TaskHolder manager = TaskHolder.of(
                7,
                List.of(new RoleGrant(Role.SECURITY_MANAGER, 10L), new RoleGrant(Role.CISO, null)),
                unit -> unit == 10L ? Set.of(10L, 11L, 12L) : Set.of(unit));

        assertThat(manager.unitsOf(Role.SECURITY_MANAGER)).containsExactlyInAnyOrder(10L, 11L, 12L);
        assertThat(manager.holdsFor(Role.SECURITY_MANAGER, 12L)).isTrue();
        assertThat(manager.holdsFor(Role.SECURITY_MANAGER, 13L)).isFalse();
        assertThat(manager.holdsFor(Role.CISO, 13L)).isTrue();
        assertThat(manager.unitsOf(Role.SECURITY_OFFICER)).isEmpty();
    }

    @Test
    void a_task_links_only_inside_mamori() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Task("x.y", "外", null, "//evil.example"))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Task("x.y", "外", null, "https://evil.example"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
