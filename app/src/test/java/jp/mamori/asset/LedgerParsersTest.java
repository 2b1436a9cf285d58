package jp.mamori.asset;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every value form the ledger accepts, and the message for what it refuses. */
class LedgerParsersTest {
    private static final ResourceBundle JA = ResourceBundle.getBundle("i18n/asset-ledger", Locale.JAPANESE);
    private static final ResourceBundle EN = ResourceBundle.getBundle("i18n/asset-ledger", Locale.ENGLISH);

    static final List<LedgerParsers.Choice> ZONES = List.of(
            new LedgerParsers.Choice("MYNUMBER", List.of("マイナンバー利用事務系", "マイナンバー系")),
            new LedgerParsers.Choice("LGWAN", List.of("LGWAN接続系", "LGWAN系")),
            new LedgerParsers.Choice("INTERNET", List.of("インターネット接続系", "インターネット系")),
            new LedgerParsers.Choice("NONE", List.of("なし")),
            new LedgerParsers.Choice("SCHOOL", List.of("校務系", "校務")));

    static final List<LedgerParsers.Choice> RESTRICTIONS = List.of(
            new LedgerParsers.Choice("NO_COPY", List.of("複製禁止")),
            new LedgerParsers.Choice("NO_DISTRIBUTION", List.of("配付禁止")),
            new LedgerParsers.Choice("ENCRYPTION", List.of("暗号化必須")),
            new LedgerParsers.Choice("PARTIES_ONLY", List.of("関係者限り")),
            new LedgerParsers.Choice("PRINT_SCAN", List.of("印刷・スキャン禁止")));

    private static String japanese(LedgerValue<?> value) {
        LedgerValue.Invalid<?> invalid = (LedgerValue.Invalid<?>) value;
        return new MessageFormat(JA.getString(invalid.messageKey()), Locale.JAPANESE)
                .format(invalid.args().toArray());
    }

    // ---- dates ----------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            令和6年4月1日 | 2024-04-01
            令和６年４月１日 | 2024-04-01
            令和 6年 4月 1日 | 2024-04-01
            令和元年5月1日 | 2019-05-01
            平成元年1月8日 | 1989-01-08
            平成31年4月30日 | 2019-04-30
            R6.4.1 | 2024-04-01
            r6.4.1 | 2024-04-01
            Ｒ６．４．１ | 2024-04-01
            R06/04/01 | 2024-04-01
            R元.5.1 | 2019-05-01
            H31.4.30 | 2019-04-30
            R6年4月1日 | 2024-04-01
            2024/4/1 | 2024-04-01
            ２０２４／４／１ | 2024-04-01
            2024-04-01 | 2024-04-01
            2024.4.1 | 2024-04-01
            2024年4月1日 | 2024-04-01
            20240401 | 2024-04-01
            2024/04/01 0:00:00 | 2024-04-01
            2024-04-01T00:00 | 2024-04-01
            """)
    void dates_are_read_in_every_form_people_type(String text, LocalDate expected) {
        assertThat(LedgerParsers.date(text)).isEqualTo(LedgerValue.given(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "-", "－", "ー"})
    void a_blank_or_a_dash_is_no_date(String text) {
        assertThat(LedgerParsers.date(text)).isInstanceOf(LedgerValue.Blank.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"令和6年2月30日", "平成32年1月1日", "2024/13/1", "R6.2.30", "令和0年1月1日"})
    void a_date_that_does_not_exist_is_named(String text) {
        LedgerValue<LocalDate> value = LedgerParsers.date(text);
        assertThat(value.isInvalid()).isTrue();
        assertThat(japanese(value)).isEqualTo("「" + text + "」という日付はありません");
    }

    @ParameterizedTest
    @ValueSource(strings = {"来年度", "4月1日", "令和6年4月", "2024/4", "45383"})
    void text_that_is_not_a_date_is_refused_with_the_accepted_forms(String text) {
        LedgerValue<LocalDate> value = LedgerParsers.date(text);
        assertThat(value.isInvalid()).isTrue();
        assertThat(japanese(value)).contains("令和6年4月1日", "R6.4.1", "2024/4/1", "2024-04-01");
    }

    // ---- counts ---------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1200 | 1200
            1,200 | 1200
            １，２００ | 1200
            １２００ | 1200
            約1,200件 | 1200
            約１，２００件 | 1200
            およそ300人 | 300
            1200件程度 | 1200
            500名 | 500
            1.2万件 | 12000
            約3万人 | 30000
            3千件 | 3000
            0 | 0
            1 200 | 1200
            """)
    void counts_are_read_with_commas_full_width_digits_and_words_around(String text, int expected) {
        assertThat(LedgerParsers.count(text)).isEqualTo(LedgerValue.given(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "不明"})
    void an_unknown_count_is_blank(String text) {
        assertThat(LedgerParsers.count(text)).isInstanceOf(LedgerValue.Blank.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"多数", "-5", "1.5件", "1200～1500", "99999999999"})
    void a_count_that_is_not_a_whole_number_is_refused(String text) {
        LedgerValue<Integer> value = LedgerParsers.count(text);
        assertThat(value.isInvalid()).isTrue();
        assertThat(japanese(value)).startsWith("件数として読めません").contains("約1,200件");
    }

    // ---- yes / no -------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"有", "有り", "あり", "○", "〇", "◯", "●", "はい", "Yes", "Ｙ", "TRUE", "1", "１", "該当"})
    void yes_is_written_in_many_ways(String text) {
        assertThat(LedgerParsers.yesNo(text)).isEqualTo(LedgerValue.given(true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"無", "無し", "なし", "×", "いいえ", "no", "FALSE", "0", "非該当", "該当なし"})
    void no_is_written_in_many_ways(String text) {
        assertThat(LedgerParsers.yesNo(text)).isEqualTo(LedgerValue.given(false));
    }

    @Test
    void a_blank_flag_is_blank_and_a_word_is_refused() {
        assertThat(LedgerParsers.yesNo(" ")).isInstanceOf(LedgerValue.Blank.class);
        LedgerValue<Boolean> value = LedgerParsers.yesNo("たぶん");
        assertThat(japanese(value)).isEqualTo("「たぶん」は有無として読めません。有／無、あり／なし、○／×、はい／いいえ のどれかで入力してください");
    }

    // ---- kind, form, status ---------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ① | 1
            1 | 1
            １ | 1
            (1) | 1
            ① ネットワーク・システム・機器・媒体 | 1
            ネットワーク | 1
            情報システム | 1
            媒体 | 1
            ② | 2
            2 | 2
            情報 | 2
            ②情報 | 2
            データ | 2
            ③ | 3
            ３ | 3
            システム関連文書 | 3
            仕様書 | 3
            ネットワーク構成図 | 3
            """)
    void kinds_are_read_by_circled_number_number_or_word(String text, int expected) {
        assertThat(LedgerParsers.kindNumber(text)).isEqualTo(LedgerValue.given(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"④", "4", "12", "備品"})
    void an_unknown_kind_is_refused_naming_the_three_kinds(String text) {
        LedgerValue<Integer> value = LedgerParsers.kindNumber(text);
        assertThat(value.isInvalid()).isTrue();
        assertThat(japanese(value)).contains("①", "②", "③");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            電子 | ELECTRONIC
            電子データ | ELECTRONIC
            電磁的記録 | ELECTRONIC
            紙 | PAPER
            紙媒体 | PAPER
            書面 | PAPER
            電子・紙 | BOTH
            紙、電子 | BOTH
            両方 | BOTH
            電子及び紙 | BOTH
            """)
    void forms_are_read(String text, String expected) {
        assertThat(LedgerParsers.form(text)).isEqualTo(LedgerValue.given(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            使用中 | IN_USE
            運用中 | IN_USE
            利用中 | IN_USE
            廃棄済 | DISPOSED
            廃棄済み | DISPOSED
            廃棄 | DISPOSED
            """)
    void statuses_are_read(String text, String expected) {
        assertThat(LedgerParsers.status(text)).isEqualTo(LedgerValue.given(expected));
    }

    @Test
    void an_unknown_form_or_status_names_the_accepted_words() {
        assertThat(japanese(LedgerParsers.form("木簡"))).contains("電子", "紙", "電子・紙");
        assertThat(japanese(LedgerParsers.status("休止"))).contains("使用中", "廃棄済");
    }

    // ---- levels ---------------------------------------------------------------------------------

    private static final List<String> R5_CONFIDENTIALITY = List.of("3", "2", "1");
    private static final List<String> R6_CONFIDENTIALITY = List.of("3A", "3B", "3C", "2", "1");

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            機密性3 | 3
            3 | 3
            ３ | 3
            機密性３ | 3
            機密性 2 | 2
            レベル1 | 1
            1 | 1
            """)
    void levels_of_the_2023_scheme_are_read(String text, String expected) {
        assertThat(LedgerParsers.level(text, "機密性", R5_CONFIDENTIALITY)).isEqualTo(LedgerValue.given(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            3A | 3A
            ３Ａ | 3A
            3a | 3A
            機密性3B | 3B
            自治体機密性3C | 3C
            自治体機密性３Ａ | 3A
            2 | 2
            """)
    void levels_of_the_2024_scheme_are_read(String text, String expected) {
        assertThat(LedgerParsers.level(text, "機密性", R6_CONFIDENTIALITY)).isEqualTo(LedgerValue.given(expected));
    }

    @Test
    void a_level_the_active_scheme_does_not_have_lists_the_ones_it_has() {
        assertThat(japanese(LedgerParsers.level("3A", "機密性", R5_CONFIDENTIALITY)))
                .isEqualTo("「3A」は機密性の格付として読めません。使える値: 3、2、1");
        assertThat(japanese(LedgerParsers.level("3", "機密性", R6_CONFIDENTIALITY)))
                .isEqualTo("「3」は機密性の格付として読めません。使える値: 3A、3B、3C、2、1");
        assertThat(LedgerParsers.level("3", "完全性", List.of("2", "1")).isInvalid())
                .isTrue();
    }

    @Test
    void a_level_of_another_axis_is_refused() {
        LedgerValue<String> value = LedgerParsers.level("完全性2", "機密性", R5_CONFIDENTIALITY);
        assertThat(japanese(value)).isEqualTo("「完全性2」は機密性の格付ではありません（別の観点の格付です）");
        assertThat(LedgerParsers.level("完全性2", "完全性", List.of("2", "1"))).isEqualTo(LedgerValue.given("2"));
    }

    // ---- zones and restrictions -----------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            マイナンバー利用事務系 | MYNUMBER
            マイナンバー系 | MYNUMBER
            個人番号利用事務系 | MYNUMBER
            個人番号系 | MYNUMBER
            LGWAN接続系 | LGWAN
            LGWAN系 | LGWAN
            ＬＧＷＡＮ系 | LGWAN
            lgwan | LGWAN
            インターネット接続系 | INTERNET
            インターネット系 | INTERNET
            ｲﾝﾀｰﾈｯﾄ系 | INTERNET
            なし | NONE
            該当なし | NONE
            校務系 | SCHOOL
            SCHOOL | SCHOOL
            """)
    void zones_are_read_by_full_or_short_name(String text, String expected) {
        assertThat(LedgerParsers.zone(text, ZONES)).isEqualTo(LedgerValue.given(expected));
    }

    @Test
    void a_dash_in_the_zone_column_means_no_network_and_a_blank_cell_says_nothing() {
        assertThat(LedgerParsers.zone("-", ZONES)).isEqualTo(LedgerValue.given("NONE"));
        assertThat(LedgerParsers.zone("－", ZONES)).isEqualTo(LedgerValue.given("NONE"));
        assertThat(LedgerParsers.zone(" ", ZONES)).isInstanceOf(LedgerValue.Blank.class);
    }

    @Test
    void an_unknown_zone_lists_the_zones_of_the_body() {
        assertThat(japanese(LedgerParsers.zone("庁内LAN", ZONES)))
                .isEqualTo("「庁内LAN」はネットワーク区分として読めません。使える値: マイナンバー利用事務系、LGWAN接続系、インターネット接続系、なし、校務系");
    }

    @Test
    void several_restrictions_share_a_cell_with_any_separator() {
        assertThat(LedgerParsers.restrictions("複製禁止、暗号化必須", RESTRICTIONS))
                .isEqualTo(LedgerValue.given(List.of("NO_COPY", "ENCRYPTION")));
        assertThat(LedgerParsers.restrictions("複製禁止,配付禁止／関係者限り", RESTRICTIONS))
                .isEqualTo(LedgerValue.given(List.of("NO_COPY", "NO_DISTRIBUTION", "PARTIES_ONLY")));
        assertThat(LedgerParsers.restrictions("複製禁止・配付禁止\n複製禁止", RESTRICTIONS))
                .isEqualTo(LedgerValue.given(List.of("NO_COPY", "NO_DISTRIBUTION")));
        assertThat(LedgerParsers.restrictions("印刷・スキャン禁止、NO_COPY", RESTRICTIONS))
                .isEqualTo(LedgerValue.given(List.of("PRINT_SCAN", "NO_COPY")));
        assertThat(LedgerParsers.restrictions("なし", RESTRICTIONS)).isInstanceOf(LedgerValue.Blank.class);
    }

    @Test
    void an_unknown_restriction_is_named_with_the_list() {
        assertThat(japanese(LedgerParsers.restrictions("複製禁止、持出禁止", RESTRICTIONS)))
                .startsWith("取扱制限「持出禁止」はありません。使える値: 複製禁止、配付禁止");
    }

    // ---- messages -------------------------------------------------------------------------------

    @Test
    void every_refusal_has_a_japanese_and_an_english_text() {
        Stream.of(
                        LedgerParsers.date("たぶん"),
                        LedgerParsers.date("2024/2/30"),
                        LedgerParsers.count("たぶん"),
                        LedgerParsers.yesNo("たぶん"),
                        LedgerParsers.kindNumber("たぶん"),
                        LedgerParsers.form("たぶん"),
                        LedgerParsers.status("たぶん"),
                        LedgerParsers.level("たぶん", "機密性", R5_CONFIDENTIALITY),
                        LedgerParsers.level("完全性1", "機密性", R5_CONFIDENTIALITY),
                        LedgerParsers.zone("たぶん", ZONES),
                        LedgerParsers.restrictions("たぶん", RESTRICTIONS))
                .map(v -> ((LedgerValue.Invalid<?>) v).messageKey())
                .forEach(key -> {
                    assertThat(JA.getString(key)).isNotBlank();
                    assertThat(EN.getString(key)).isNotBlank();
                });
    }
}
