package jp.mamori.security;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/** An API token was revoked. */
public record ApiTokenRevoked(long tokenId, String owner, String name, String actor) implements AuditableEvent {
    @Override
    public String action() {
        return "api-token.revoked";
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
        return details;
    }
}
