package jp.mamori.audittrail;

import jp.mamori.shared.AuditableEvent;
import jp.mamori.shared.AuditableEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Appends every {@link AuditableEvent} synchronously, inside the publisher's transaction: the change
 * and its trail entry commit together or not at all. (Not an after-commit listener on purpose — a
 * change must never be saved without its entry.) {@link AuditableEvents} are appended together, in
 * their order.
 */
@Component
class AuditListener {
    private final AuditChain chain;

    AuditListener(AuditChain chain) {
        this.chain = chain;
    }

    @EventListener
    void on(AuditableEvent event) {
        chain.append(event);
    }

    @EventListener
    void on(AuditableEvents batch) {
        chain.appendAll(batch.events());
    }
}
