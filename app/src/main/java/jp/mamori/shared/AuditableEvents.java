package jp.mamori.shared;

import java.util.List;

/**
 * Several {@link AuditableEvent}s published at once, in the order they happened — what a bulk change
 * (an import of thousands of rows) publishes instead of one event per row. The audit trail appends
 * them inside the publisher's transaction with one read of the chain head and one batch insert; the
 * entries are the same as if each event had been published on its own, in this order.
 */
public record AuditableEvents(List<AuditableEvent> events) {
    public AuditableEvents {
        events = List.copyOf(events);
    }
}
