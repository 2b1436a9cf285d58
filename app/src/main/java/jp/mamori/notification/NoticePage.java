package jp.mamori.notification;

import java.util.List;

/** One page of a person's notices, with the totals the page shows. */
public record NoticePage(List<StoredNotice> notices, int page, int size, long total, long unread) {
    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
