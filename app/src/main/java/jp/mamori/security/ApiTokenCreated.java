package jp.mamori.security;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/** An API token was created (its prefix only, never the token). */
public record ApiTokenCreated(long tokenId, String owner, String name, String prefix, String actor)
        implements AuditableEvent {
    @Override
    public String action() {
        return "api-token.created";
    }

    @Override
    public String subjectType() {
        return "api-token";
    }

    @Override
    public String subjectId() {
        return Long.toString(tokenId);
    }

    @Override
    public Map<String, String> details() {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("owner", owner);
        details.put("name", name);
        details.put("prefix", prefix);
        return details;
    }
}
