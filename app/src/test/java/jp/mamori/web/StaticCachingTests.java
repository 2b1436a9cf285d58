package jp.mamori.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 12, point 9: static files are linked by content hash and cached, pages are not. */
@MamoriSpringTest
class StaticCachingTests {
    @Autowired
    MockMvc mvc;

    @Test
    void the_style_sheet_is_linked_with_a_content_hash_and_cached_for_a_year() throws Exception {
        var page = mvc.perform(get("/").with(TestUsers.staff()).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(page.getHeader("Cache-Control")).contains("no-store");
        Matcher css = Pattern.compile("/css/mamori-[0-9a-f]{32}\\.css").matcher(page.getContentAsString());
        assertThat(css.find()).as("a hashed style sheet link").isTrue();

        var file = mvc.perform(get(css.group()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(file.getHeader("Cache-Control")).contains("max-age=31536000").doesNotContain("no-store");
        assertThat(file.getContentAsString()).contains("flash");
    }

    @Test
    void the_sign_in_page_links_hashed_images_too() throws Exception {
        String page = mvc.perform(get("/login").accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .containsPattern("/images/mamori-[0-9a-f]{32}\\.svg")
                .doesNotContain("href=\"/css/mamori.css\"");
    }
}
