package jp.mamori.policy;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/** Audit event {@code policy.acknowledgement.campaign-closed}. A manager closed an acknowledgement campaign. */
record CampaignClosed(long campaignId, String actor, Map<String, String> details) implements AuditableEvent {
    CampaignClosed {
        details = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    @Override
    public String action() {
        return "policy.acknowledgement.campaign-closed";
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
