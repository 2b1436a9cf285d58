package jp.mamori.asset;

import java.util.List;

/** A page of a list in the REST API: {@code {"items":[…],"page":0,"size":50,"total":123}}. */
record ApiPage<T>(List<T> items, int page, int size, long total) {
    static <T> ApiPage<T> of(Page<T> page) {
        return new ApiPage<>(page.items(), page.page(), page.size(), page.total());
    }
}
