package jp.mamori.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.mamori.testing.Html;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 12, point 8: text from forms, parameters and JSON bodies goes through one rule
 * ({@code TextInput}): control and bidi characters are field errors in Japanese, invisible-only text
 * is empty, and the stored text is NFC.
 */
@MamoriSpringTest
class InputHygieneTests {
    @Autowired
    MockMvc mvc;

    private static String unique() {
        return "H" + Long.toString(System.nanoTime(), 36).toUpperCase(java.util.Locale.ROOT);
    }

    private String unitForm(String code, String name) throws Exception {
        return Html.page(mvc, NewUnit.form(code, name));
    }

    @Test
    void a_name_of_zero_width_characters_only_is_required_like_an_empty_one() throws Exception {
        assertThat(unitForm(unique(), "\u200B\u200B\uFEFF")).contains("部署名を入力してください。");
    }

    @Test
    void a_bidi_override_in_a_form_field_is_a_field_error_naming_the_character() throws Exception {
        String page = unitForm(unique(), "架空\u202E課");
        assertThat(page).contains("文字の表示順を入れ替える制御文字（U+202E）").doesNotContain("\u202E");
    }

    @Test
    void nul_and_escape_in_a_form_field_are_field_errors() throws Exception {
        assertThat(unitForm(unique(), "架空\u0000課")).contains("使えない制御文字（U+0000）");
        assertThat(unitForm(unique(), "\u001b[2J課")).contains("使えない制御文字（U+001B）");
    }

    @Test
    void a_request_parameter_with_a_control_character_is_a_400_in_japanese() throws Exception {
        mvc.perform(get("/people").param("q", "a\u0000").with(TestUsers.staff()).accept(MediaType.TEXT_HTML))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("使えない制御文字（U+0000）")));
    }

    @Test
    void a_json_body_with_a_lone_surrogate_or_nul_is_a_400_problem_naming_the_field() throws Exception {
        mvc.perform(NewUnit.json(unique(), "\\uD800課"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(
                        jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("壊れた文字（U+D800）")));
        mvc.perform(NewUnit.json(unique(), "a\\u0000b"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    @Test
    void json_text_is_stored_in_nfc() throws Exception {
        mvc.perform(NewUnit.json(unique(), "か\\u3099き課"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("がき課"));
    }

    @Test
    void an_invisible_only_name_in_json_is_reported_as_missing() throws Exception {
        mvc.perform(NewUnit.json(unique(), "\\u200B"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    @Test
    void text_in_a_number_field_of_a_form_record_is_a_field_error_not_a_500() throws Exception {
        // found by the web scan: a form record whose construction failed lost its errors and the page failed
        String page = Html.page(
                mvc,
                Html.form("/policies")
                        .param("tier", "STANDARD")
                        .param("title", "走査で見つかった入力")
                        .param("ownerUnitId", "<script>alert(1)</script>")
                        .param("audience", "ALL_STAFF")
                        .with(TestUsers.ciso()));
        assertThat(page)
                .contains("走査で見つかった入力")
                .contains("この項目の値の形式が正しくありません。")
                .doesNotContain("<script>alert(1)</script>")
                .doesNotContain("Failed to convert");
    }
}
