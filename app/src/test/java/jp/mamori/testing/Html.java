package jp.mamori.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Pages and forms through MockMvc as a browser asks for them.
 *
 * <pre>{@code
 * String page = Html.page(mvc, Html.form("/units").param("code", "").with(TestUsers.ciso()));
 * mvc.perform(Html.form("/units/{id}", id).param("name", name).with(TestUsers.ciso()))
 *         .andExpect(status().isFound());
 * }</pre>
 */
public final class Html {
    private Html() {}

    /** A form post as a browser sends it (with its CSRF token, asking for HTML): add the fields and the user. */
    public static MockHttpServletRequestBuilder form(String path, Object... uriVariables) {
        return post(path, uriVariables).with(csrf()).accept(MediaType.TEXT_HTML);
    }

    /**
     * The HTML the request is answered with, after checking that it is a 200: a page, or a posted form
     * shown again with its problems.
     */
    public static String page(MockMvc mvc, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
