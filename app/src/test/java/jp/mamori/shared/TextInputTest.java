package jp.mamori.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one rule for text input (issue 12, point 8). */
class TextInputTest {

    @ParameterizedTest
    @ValueSource(strings = {"架空\u0000課", "\u001b[31m赤", "削除\u007f", "C1\u0085制御", "\u0007"})
    void control_characters_are_refused(String text) {
        assertThatThrownBy(() -> TextInput.clean(text))
                .isInstanceOfSatisfying(
                        TextInput.RefusedException.class,
                        e -> assertThat(e.problem()).isEqualTo(TextInput.Problem.CONTROL_CHARACTER));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u202Eexe.txt", "a\u202Ab", "a\u202Db", "a\u2066b\u2069", "a\u2067b"})
    void bidi_embeddings_overrides_and_isolates_are_refused(String text) {
        assertThatThrownBy(() -> TextInput.clean(text))
                .isInstanceOfSatisfying(
                        TextInput.RefusedException.class,
                        e -> assertThat(e.problem()).isEqualTo(TextInput.Problem.BIDI_CONTROL));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uD800", "a\uDC00b", "末尾\uD83D", "\uFFFD", "\uFFFF"})
    void lone_surrogates_and_replacement_characters_are_refused(String text) {
        assertThatThrownBy(() -> TextInput.clean(text))
                .isInstanceOfSatisfying(
                        TextInput.RefusedException.class,
                        e -> assertThat(e.problem()).isEqualTo(TextInput.Problem.BROKEN_CHARACTER));
    }

    @Test
    void the_refusal_names_the_character() {
        assertThatThrownBy(() -> TextInput.clean("x\u202Ey"))
                .isInstanceOfSatisfying(
                        TextInput.RefusedException.class,
                        e -> assertThat(e.codePointText()).isEqualTo("U+202E"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u200B", "\u200B\u200C\u200D", "\uFEFF", "\u3000 \u2060", " \t\n", ""})
    void invisible_only_text_becomes_empty(String text) {
        assertThat(TextInput.clean(text)).isEmpty();
    }

    @Test
    void tabs_line_breaks_emoji_sequences_and_variation_selectors_are_kept() {
        assertThat(TextInput.clean("一行目\r\n\t二行目")).isEqualTo("一行目\r\n\t二行目");
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        assertThat(TextInput.clean(family)).isEqualTo(family);
        String ivs = "葛\uDB40\uDD00城市"; // 葛 with an ideographic variation selector
        assertThat(TextInput.clean(ivs)).isEqualTo(ivs);
    }

    @Test
    void text_is_normalised_to_nfc() {
        assertThat(TextInput.clean("Cafe\u0301")).isEqualTo("Caf\u00e9");
        assertThat(TextInput.clean("か\u3099")).isEqualTo("が");
    }

    @Test
    void cjk_compatibility_ideographs_in_names_are_kept_as_written() {
        // NFC alone would turn U+FA19 into U+795E
        assertThat(TextInput.clean("\uFA19田 か\u3099")).isEqualTo("\uFA19田 が");
    }
}
