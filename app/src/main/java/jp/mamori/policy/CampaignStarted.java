package jp.mamori.policy;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/** Audit event {@code policy.acknowledgement.campaign-started}. An acknowledgement campaign was started: document, revision, audience and due date. */
record CampaignStarted(long campaignId, String actor, Map<String, String> details) implements AuditableEvent {
    CampaignStarted {
        details = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    @Override
    public String action() {
        return "policy.acknowledgement.campaign-started";
    }

    @Override
    public String subjectType() {
        return "policy-acknowledgement-campaign";
    }

    @Override
    public String subjectId() {
        return Long.toString(campaignId);
    }
}
