package jp.mamori.audittrail;

import java.util.List;

/** One page of audit entries and where it lies among all matches. */
public record EntryPage(List<Entry> entries, int page, int size, long total) {
    public EntryPage {
        entries = List.copyOf(entries);
    }

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }
}
