package jp.mamori.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list: the items, the page number (from 0), the page size and the total count. The
 * REST API returns it as it is: {@code {"items":[…],"page":0,"size":50,"total":123}} (the helper
 * methods below are not properties).
 */
public record Page<T>(List<T> items, int page, int size, long total) {
    /** The largest page anyone may ask for. */
    public static final int MAX_SIZE = 200;

    public Page {
        items = List.copyOf(items);
    }

    /** The page and size a request asked for, kept within bounds. */
    public static int[] bounds(int page, int size) {
        return new int[] {Math.max(0, page), Math.min(MAX_SIZE, Math.max(1, size))};
    }

    /** The requested page of a list already read whole (kept within bounds as {@link #bounds} does). */
    public static <T> Page<T> slice(List<T> all, int page, int size) {
        int[] b = bounds(page, size);
        int from = (int) Math.min(all.size(), (long) b[0] * b[1]);
        return new Page<>(all.subList(from, Math.min(all.size(), from + b[1])), b[0], b[1], all.size());
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
