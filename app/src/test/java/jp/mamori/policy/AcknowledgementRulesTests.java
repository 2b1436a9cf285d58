package jp.mamori.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.mamori.organization.CategorySummary;
import jp.mamori.organization.PersonSummary;
import jp.mamori.organization.UnitSummary;
import org.junit.jupiter.api.Test;

/** Who a campaign targets and how its progress is counted: plain rules, no Spring. */
class AcknowledgementRulesTests {
    // 1 本部 ─ 2 総務課 ─ 4 庶務係
    //        └ 3 情報課
    // 5 監査室 (another top unit)
    static final List<UnitSummary> UNITS = List.of(
            new UnitSummary(1, "100", "本部", null),
            new UnitSummary(2, "110", "総務課", 1L),
            new UnitSummary(4, "111", "庶務係", 2L),
            new UnitSummary(3, "120", "情報課", 1L),
            new UnitSummary(5, "900", "監査室", null));
    static final List<CategorySummary> CATEGORIES =
            List.of(new CategorySummary(10, "職員", true), new CategorySummary(60, "会計年度任用職員", true));

    static PersonSummary person(long id, long unit, long category) {
        return new PersonSummary(id, "S" + id, "職員" + id, "カナ" + id, id + "@example.jp", unit, category, true);
    }

    static final List<PersonSummary> IN_POST =
            List.of(person(101, 1, 10), person(102, 2, 10), person(103, 4, 60), person(104, 3, 60), person(105, 5, 10));

    @Test
    void all_staff_means_everyone_in_post() {
        assertThat(new CampaignAudience.AllStaff().select(IN_POST, UNITS)).hasSize(5);
    }

    @Test
    void a_named_unit_covers_its_sub_units_at_any_depth() {
        var audience = new CampaignAudience.Units(List.of(2L));
        assertThat(audience.select(IN_POST, UNITS))
                .extracting(PersonSummary::id)
                .containsExactly(102L, 103L);
    }

    @Test
    void a_top_unit_covers_the_whole_branch_but_not_other_branches() {
        var audience = new CampaignAudience.Units(List.of(1L));
        assertThat(audience.select(IN_POST, UNITS))
                .extracting(PersonSummary::id)
                .containsExactly(101L, 102L, 103L, 104L);
    }

    @Test
    void overlapping_units_count_each_person_once() {
        var audience = new CampaignAudience.Units(List.of(1L, 2L, 4L, 2L));
        assertThat(audience.ids()).containsExactly(1L, 2L, 4L);
        assertThat(audience.select(IN_POST, UNITS)).hasSize(4);
    }

    @Test
    void employment_categories_select_by_the_persons_category() {
        var audience = new CampaignAudience.Categories(List.of(60L));
        assertThat(audience.select(IN_POST, UNITS))
                .extracting(PersonSummary::id)
                .containsExactly(103L, 104L);
    }

    @Test
    void a_leaver_is_not_targeted_because_only_people_in_post_are_offered() {
        List<PersonSummary> withoutLeaver =
                IN_POST.stream().filter(p -> p.id() != 102).toList();
        assertThat(new CampaignAudience.Units(List.of(2L)).select(withoutLeaver, UNITS))
                .extracting(PersonSummary::id)
                .containsExactly(103L);
    }

    @Test
    void a_campaign_for_units_or_categories_names_at_least_one() {
        assertThatThrownBy(() -> new CampaignAudience.Units(List.of())).hasMessageContaining("at least one unit");
        assertThatThrownBy(() -> new CampaignAudience.Categories(List.of()))
                .hasMessageContaining("at least one category");
    }

    @Test
    void the_stored_kind_reads_back_as_the_same_audience() {
        for (CampaignAudience audience : List.of(
                new CampaignAudience.AllStaff(),
                new CampaignAudience.Units(List.of(3L, 1L)),
                new CampaignAudience.Categories(List.of(60L)))) {
            assertThat(CampaignAudience.of(audience.kind(), audience.ids())).isEqualTo(audience);
        }
    }

    @Test
    void progress_counts_targeted_and_confirmed_per_unit_in_tree_order() {
        CampaignProgress progress = CampaignProgress.of(
                new CampaignAudience.Units(List.of(1L)).select(IN_POST, UNITS),
                Set.of(101L, 103L, 999L),
                UNITS,
                CATEGORIES,
                Map.of(104L, LocalDate.of(2026, 11, 20)));

        assertThat(progress.units())
                .extracting(r -> r.name() + " " + r.figures().confirmed() + "/"
                        + r.figures().targeted() + " " + r.figures().percent() + "%")
                .containsExactly("本部 1/1 100%", "総務課 0/1 0%", "庶務係 1/1 100%", "情報課 0/1 0%");
        assertThat(progress.total()).isEqualTo(new CampaignProgress.Figures(4, 2));
        assertThat(progress.total().percent()).isEqualTo(50);
        assertThat(progress.pending())
                .extracting(CampaignProgress.Pending::personId)
                .containsExactly(102L, 104L);
        assertThat(progress.pending().get(1).categoryName()).isEqualTo("会計年度任用職員");
        assertThat(progress.pending().get(1).lastRemindedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void the_percentage_is_rounded_down_so_100_means_everyone() {
        assertThat(new CampaignProgress.Figures(3, 2).percent()).isEqualTo(66);
        assertThat(new CampaignProgress.Figures(200, 199).percent()).isEqualTo(99);
        assertThat(new CampaignProgress.Figures(0, 0).percent()).isZero();
    }

    @Test
    void a_section_head_sees_only_the_figures_of_their_units() {
        CampaignProgress all = CampaignProgress.of(IN_POST, Set.of(102L, 105L), UNITS, CATEGORIES, Map.of());
        CampaignProgress mine = all.onlyUnits(Set.of(2L, 4L)::contains);
        assertThat(mine.units()).extracting(CampaignProgress.UnitRow::unitId).containsExactly(2L, 4L);
        assertThat(mine.total()).isEqualTo(new CampaignProgress.Figures(2, 1));
        assertThat(mine.pending())
                .extracting(CampaignProgress.Pending::personId)
                .containsExactly(103L);
    }
}
