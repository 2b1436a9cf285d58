package jp.mamori.control;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the items, the page number (from 0), the page size and the total count. */
public record Page<T>(List<T> items, int page, int size, long total) {
    static final int MAX_SIZE = 200;

    public Page {
        items = List.copyOf(items);
    }

    static int boundedPage(int page) {
        return Math.max(0, page);
    }

    static int boundedSize(int size) {
        return Math.min(MAX_SIZE, Math.max(1, size));
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

    <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
