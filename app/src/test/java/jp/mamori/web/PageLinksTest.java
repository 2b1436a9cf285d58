package jp.mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The pager's links keep the list's path and filters and change only the page. */
class PageLinksTest {
    @AfterEach
    void forget() {
        RequestContextHolder.resetRequestAttributes();
    }

    private static void request(String uri, String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        request.setQueryString(query);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @Test
    void the_page_is_replaced_and_the_filters_kept() {
        request("/risks", "state=ASSESSED&q=%E7%81%AB%E7%81%BD&page=3&sort=RESIDUAL");
        assertThat(new PageLinks().to(4)).isEqualTo("/risks?state=ASSESSED&q=%E7%81%AB%E7%81%BD&sort=RESIDUAL&page=4");
    }

    @Test
    void a_list_without_a_query_gets_only_the_page() {
        request("/exceptions", null);
        assertThat(new PageLinks().to(1)).isEqualTo("/exceptions?page=1");
    }
}
