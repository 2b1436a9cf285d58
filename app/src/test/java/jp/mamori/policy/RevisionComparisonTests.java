package jp.mamori.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import jp.mamori.policy.RevisionComparison.Kind;
import jp.mamori.policy.RevisionComparison.Row;
import jp.mamori.policy.RevisionComparison.Segment;
import org.junit.jupiter.api.Test;

/** The side-by-side comparison on Japanese text: paragraphs first, then characters inside a changed one. */
class RevisionComparisonTests {
    static String marked(List<Segment> segments) {
        return segments.stream()
                .map(s -> s.changed() ? "[" + s.text() + "]" : s.text())
                .collect(Collectors.joining());
    }

    @Test
    void a_changed_word_in_a_japanese_sentence_is_marked_by_its_characters_only() {
        Row row = RevisionComparison.changed("職員は、パスワードを定期的に変更しなければならない。", "職員は、パスワードを適切に管理しなければならない。");
        assertThat(row.kind()).isEqualTo(Kind.CHANGED);
        assertThat(marked(row.older())).isEqualTo("職員は、パスワードを[定期的に変更]しなければならない。");
        assertThat(marked(row.newer())).isEqualTo("職員は、パスワードを[適切に管理]しなければならない。");
    }

    @Test
    void a_single_changed_digit_in_an_article_number_is_the_only_mark() {
        Row row = RevisionComparison.changed("第3条 情報資産の分類", "第4条 情報資産の分類");
        assertThat(marked(row.older())).isEqualTo("第[3]条 情報資産の分類");
        assertThat(marked(row.newer())).isEqualTo("第[4]条 情報資産の分類");
    }

    @Test
    void characters_outside_the_basic_plane_are_kept_whole() {
        Row row = RevisionComparison.changed("𠮷田課長が承認する。", "𠮷野課長が承認する。");
        assertThat(marked(row.older())).isEqualTo("𠮷[田]課長が承認する。");
        assertThat(marked(row.newer())).isEqualTo("𠮷[野]課長が承認する。");
    }

    @Test
    void unchanged_paragraphs_stay_side_by_side_and_added_ones_have_an_empty_left_side() {
        String older = "# 目的\n\n情報資産を守る。\n\n## 対象\n\n全職員に適用する。";
        String newer = "# 目的\n\n情報資産を守る。\n\n## 対象\n\n全職員に適用する。\n\n委託先にも適用する。";
        List<Row> rows = RevisionComparison.compare(older, newer);
        assertThat(rows).extracting(Row::kind).containsExactly(Kind.SAME, Kind.SAME, Kind.SAME, Kind.SAME, Kind.ADDED);
        assertThat(rows.get(4).older()).isEmpty();
        assertThat(marked(rows.get(4).newer())).isEqualTo("[委託先にも適用する。]");
    }

    @Test
    void a_removed_paragraph_shows_only_on_the_left_and_the_similar_one_is_paired_as_changed() {
        String older = "一 目的\n二 定義\n三 対象範囲";
        String newer = "一 目的\n三 適用範囲";
        List<Row> rows = RevisionComparison.compare(older, newer);
        assertThat(rows).extracting(Row::kind).containsExactly(Kind.SAME, Kind.REMOVED, Kind.CHANGED);
        assertThat(marked(rows.get(1).older())).isEqualTo("[二 定義]");
        assertThat(rows.get(1).newer()).isEmpty();
        assertThat(marked(rows.get(2).older())).isEqualTo("三 [対象]範囲");
        assertThat(marked(rows.get(2).newer())).isEqualTo("三 [適用]範囲");
    }

    @Test
    void similarity_counts_shared_characters_in_order() {
        assertThat(RevisionComparison.similarity("三 対象範囲", "三 適用範囲")).isEqualTo(4.0 * 2 / 12);
        assertThat(RevisionComparison.similarity("あいう", "かきく")).isZero();
        assertThat(RevisionComparison.similarity("", "")).isEqualTo(1.0);
    }

    @Test
    void line_ends_and_trailing_spaces_do_not_count_as_changes() {
        List<Row> rows = RevisionComparison.compare("第1条 目的 \r\n\r\n第2条 定義", "第1条 目的\n\n第2条 定義\n");
        assertThat(rows).extracting(Row::kind).containsOnly(Kind.SAME);
        assertThat(rows).noneMatch(Row::changed);
    }
}
