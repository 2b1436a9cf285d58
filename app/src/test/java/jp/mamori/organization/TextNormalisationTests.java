package jp.mamori.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** フリガナ normalisation and the date forms people type. */
class TextNormalisationTests {
    @Test
    void half_width_katakana_become_full_width_with_their_voicing_marks() {
        assertThat(Kana.normalise("ﾐﾎﾝ ﾀﾛｳ")).isEqualTo("ミホン\u3000タロウ");
        assertThat(Kana.normalise("ｶﾞｯｺｳ ﾊﾟﾊﾟ")).isEqualTo("ガッコウ\u3000パパ");
    }

    @Test
    void hiragana_become_katakana() {
        assertThat(Kana.normalise("しけん はなこ")).isEqualTo("シケン\u3000ハナコ");
    }

    @Test
    void runs_of_spaces_become_one_full_width_space_and_the_ends_are_trimmed() {
        assertThat(Kana.normalise("  ミホン　 　タロウ ")).isEqualTo("ミホン\u3000タロウ");
    }

    @Test
    void katakana_with_the_long_vowel_mark_and_middle_dot_is_accepted() {
        assertThat(Kana.isKatakana(Kana.normalise("スミス・ジョーンズ"))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Taro", "見本", "ミホン1"})
    void latin_letters_kanji_and_digits_are_not_katakana(String text) {
        assertThat(Kana.isKatakana(Kana.normalise(text))).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "2024-04-01, 2024-04-01",
        "2024/4/1, 2024-04-01",
        "2024.04.01, 2024-04-01",
        "２０２４／４／１, 2024-04-01",
        "2024年4月1日, 2024-04-01",
        "令和6年4月1日, 2024-04-01",
        "令和６年４月１日, 2024-04-01",
        "令和元年5月1日, 2019-05-01",
        "平成31年4月30日, 2019-04-30",
        "R6.4.1, 2024-04-01",
        "R06/04/01, 2024-04-01",
        "Ｒ６．４．１, 2024-04-01",
        "h31.4.30, 2019-04-30",
        "S64.1.7, 1989-01-07"
    })
    void the_date_forms_of_spreadsheets_are_read(String text, LocalDate expected) {
        assertThat(DateText.parse(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-30", "令和6年2月30日", "平成32年1月1日", "R6.13.1", "昨日", "", "2024-4"})
    void dates_that_do_not_exist_or_are_not_dates_are_refused(String text) {
        assertThat(DateText.parse(text)).isEmpty();
    }

    @Test
    void a_person_draft_names_every_field_that_is_wrong() {
        var draft = new PersonDraft("", "", "Taro", "not-mail", "", null, null, null);
        assertThat(draft.problems())
                .extracting(p -> p.field())
                .containsExactly("staffNumber", "name", "kana", "email", "category", "unitId", "inPostFrom");
    }

    @Test
    void a_person_draft_normalises_staff_number_and_kana() {
        var draft =
                new PersonDraft("Ａ００１", "見本 太郎", "ﾐﾎﾝ ﾀﾛｳ", " a@example.jp ", "職員", 1L, LocalDate.of(2024, 4, 1), null);
        assertThat(draft.staffNumber()).isEqualTo("A001");
        assertThat(draft.kana()).isEqualTo("ミホン\u3000タロウ");
        assertThat(draft.email()).isEqualTo("a@example.jp");
        assertThat(draft.problems()).isEmpty();
    }
}
