package jp.mamori.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The link to another page of the list being shown: the same path and filters, another
 * {@code page}. Used by the pager fragment ({@code lists :: pager}), so that a list page does not
 * write its filter parameters out again for its pager links.
 */
@Component("pageLinks")
public class PageLinks {
    /** The current request's path and query with {@code page} set (from 0). */
    public String to(int page) {
        HttpServletRequest request =
                ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        return UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString())
                .replaceQueryParam("page", page)
                .build()
                .toUriString();
    }
}
