package jp.mamori.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@MamoriSpringTest
class ErrorHandlingTests {
    @Autowired
    MockMvc mvc;

    @Test
    void an_unknown_address_gives_the_404_page_in_japanese() throws Exception {
        String html = mvc.perform(
                        get("/no-such-page").accept(MediaType.TEXT_HTML).with(TestUsers.staff()))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("ページが見つかりません").doesNotContain("Exception");
    }

    @Test
    void an_unknown_record_gives_404_never_500() throws Exception {
        mvc.perform(get("/test-errors/not-found").accept(MediaType.TEXT_HTML).with(TestUsers.staff()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("ページが見つかりません")));
    }

    @Test
    void an_unparsable_id_in_the_path_is_a_404() throws Exception {
        mvc.perform(get("/test-errors/things/abc").accept(MediaType.TEXT_HTML).with(TestUsers.staff()))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_forbidden_page_gives_the_403_page() throws Exception {
        mvc.perform(get("/test-errors/forbidden").accept(MediaType.TEXT_HTML).with(TestUsers.staff()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("許可されていません")));
    }

    @Test
    void an_unexpected_failure_gives_the_500_page_without_a_stack_trace() throws Exception {
        // MockMvc does not run the container's error dispatch: call the error path as the container would
        String html = mvc.perform(get("/error")
                        .requestAttr("jakarta.servlet.error.status_code", 500)
                        .requestAttr("jakarta.servlet.error.request_uri", "/somewhere")
                        .accept(MediaType.TEXT_HTML)
                        .with(TestUsers.staff()))
                .andExpect(status().isInternalServerError())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("システムエラー").doesNotContain("at jp.").doesNotContain("Exception");
    }

    @Test
    void english_is_chosen_with_lang_en_and_kept_in_a_cookie() throws Exception {
        var result = mvc.perform(get("/no-such-page")
                        .param("lang", "en")
                        .accept(MediaType.TEXT_HTML)
                        .header("Accept-Language", "ja")
                        .with(TestUsers.staff()))
                .andReturn();
        // unknown addresses never reach the interceptor; use the home page for the switch
        var home = mvc.perform(
                        get("/").param("lang", "en").accept(MediaType.TEXT_HTML).with(TestUsers.staff()))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(home.getResponse().getContentAsString()).contains("What you can do here");
        assertThat(home.getResponse().getCookie("MAMORI_LANG")).isNotNull();
        assertThat(result.getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void the_browser_language_does_not_override_japanese() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "en-US,en")
                        .accept(MediaType.TEXT_HTML)
                        .with(TestUsers.staff()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("ここからできること")));
    }

    @Test
    void api_not_found_is_problem_json() throws Exception {
        mvc.perform(get("/api/v1/test-errors/not-found").with(TestUsers.staff()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.title").value("ページが見つかりません"));
    }

    @Test
    void api_invalid_input_lists_each_field_problem() throws Exception {
        mvc.perform(get("/api/v1/test-errors/invalid").with(TestUsers.staff()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("email"))
                .andExpect(jsonPath("$.errors[0].message").value("パラメーター「email」を指定してください。"));
    }

    @Test
    void api_denied_by_method_security_is_403_problem_json() throws Exception {
        mvc.perform(get("/api/v1/test-errors/forbidden").with(TestUsers.staff()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
    }

    @Test
    void api_unparsable_id_is_404_problem_json() throws Exception {
        mvc.perform(get("/api/v1/test-errors/things/abc").with(TestUsers.staff()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void api_unknown_address_is_problem_json() throws Exception {
        mvc.perform(get("/api/v1/no-such-thing").with(TestUsers.staff()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
