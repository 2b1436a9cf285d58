package jp.mamori.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Closed-network rule: no template, stylesheet, script of ours or rendered page may load anything
 * from another host. Looks at src/href/action/poster/srcset attributes (plain and th:), Thymeleaf
 * link expressions, CSS url() and @import.
 */
@MamoriSpringTest
class NoOutsideHostsTests {
    /** A reference to another host: http://x, https://x or protocol-relative //x, except this machine. */
    private static final String OUTSIDE = "(?:https?:)?//(?!localhost[:/\"']|127\\.0\\.0\\.1[:/\"'])[^\\s\"')]+";

    static final List<Pattern> REFERENCES = List.of(
            Pattern.compile(
                    "(?:\\b(?:th:)?(?:src|href|action|formaction|poster|srcset|data|background)\\s*=\\s*[\"']\\s*)("
                            + OUTSIDE + ")",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("@\\{\\s*(" + OUTSIDE + ")"),
            Pattern.compile("url\\(\\s*[\"']?\\s*(" + OUTSIDE + ")", Pattern.CASE_INSENSITIVE),
            Pattern.compile("@import\\s+[\"']\\s*(" + OUTSIDE + ")", Pattern.CASE_INSENSITIVE));

    @Autowired
    MockMvc mvc;

    static List<String> outsideReferences(String text) {
        List<String> found = new ArrayList<>();
        for (Pattern p : REFERENCES) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                found.add(m.group(1));
            }
        }
        return found;
    }

    @Test
    void the_scanner_catches_outside_references_and_lets_local_ones_pass() {
        assertThat(outsideReferences("<script src=\"https://cdn.example.com/x.js\"></script>"))
                .containsExactly("https://cdn.example.com/x.js");
        assertThat(outsideReferences("<link th:href=\"@{//fonts.example.net/css}\">"))
                .isNotEmpty();
        assertThat(outsideReferences("body { background: url('https://img.example.org/a.png') }"))
                .hasSize(1);
        assertThat(outsideReferences("@import \"//cdn.example.com/a.css\";")).hasSize(1);
        assertThat(outsideReferences("<a href=\"/units\"><img src=\"/images/mamori.svg\">"))
                .isEmpty();
        assertThat(outsideReferences("<a href=\"http://localhost:8080/\">")).isEmpty();
        assertThat(outsideReferences("<svg xmlns=\"http://www.w3.org/2000/svg\">"))
                .isEmpty();
    }

    @Test
    void no_template_or_static_file_references_an_outside_host() throws IOException {
        var resolver = new PathMatchingResourcePatternResolver();
        List<String> problems = new ArrayList<>();
        int scanned = 0;
        for (String pattern : List.of(
                "classpath*:templates/**/*.html",
                "classpath*:static/**/*.html",
                "classpath*:static/**/*.css",
                "classpath*:static/**/*.js",
                "classpath*:static/**/*.svg")) {
            for (Resource r : resolver.getResources(pattern)) {
                scanned++;
                String text = r.getContentAsString(StandardCharsets.UTF_8);
                outsideReferences(text).forEach(ref -> problems.add(r.getFilename() + ": " + ref));
            }
        }
        assertThat(scanned).as("files scanned").isGreaterThan(5);
        assertThat(problems).as("outside references").isEmpty();
    }

    @Test
    void no_rendered_page_references_an_outside_host() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String path : List.of(
                "/", "/login", "/audit-trail", "/units", "/people", "/roles", "/admin/users", "/no-such-page")) {
            String html;
            try {
                html = mvc.perform(get(path).accept(MediaType.TEXT_HTML).with(TestUsers.admin()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8);
            } catch (jakarta.servlet.ServletException e) {
                // a page that fails to render is its module's test's business; here only references count
                continue;
            }
            outsideReferences(html).forEach(ref -> problems.add(path + ": " + ref));
        }
        String home = mvc.perform(get("/").accept(MediaType.TEXT_HTML).with(TestUsers.admin()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        // linked by content hash (/css/mamori-<md5>.css): still the application's own file
        assertThat(home).containsPattern("/css/mamori-[0-9a-f]{32}\\.css").contains("/webjars/htmx.org/");
        assertThat(problems).isEmpty();
    }

    @Test
    void the_stylesheet_script_and_icon_are_served_by_the_application() throws Exception {
        for (String path : List.of("/css/mamori.css", "/images/mamori.svg", "/webjars/htmx.org/dist/htmx.min.js")) {
            int status = mvc.perform(get(path)).andReturn().getResponse().getStatus();
            assertThat(status).as(path).isEqualTo(200);
        }
    }
}
