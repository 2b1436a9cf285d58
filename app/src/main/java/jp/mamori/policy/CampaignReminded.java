package jp.mamori.policy;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/** Audit event {@code policy.acknowledgement.reminded}. Reminders went to the people of a campaign who had not confirmed: how many and why (button or schedule). */
record CampaignReminded(long campaignId, String actor, Map<String, String> details) implements AuditableEvent {
    CampaignReminded {
        details = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    @Override
    public String action() {
        return "policy.acknowledgement.reminded";
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
