package jp.mamori.policy;

import jp.mamori.policy.PolicyEvent.PolicyDocumentAccessRefused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes refused reading attempts to the audit trail in a transaction of their own: the request
 * that was refused ends in an error (and may roll back), the trail entry must stay.
 */
@Component
class RefusalLog {
    private final ApplicationEventPublisher events;

    RefusalLog(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(PolicyDocumentAccessRefused refusal) {
        events.publishEvent(refusal);
    }
}
