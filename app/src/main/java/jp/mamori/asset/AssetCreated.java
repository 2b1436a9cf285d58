package jp.mamori.asset;

import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/** Audit event {@code asset.created}: the details hold the values it was given. */
public record AssetCreated(String number, String actor, Map<String, String> details) implements AuditableEvent {
    public AssetCreated {
        details = AssetChanges.frozen(details);
    }

    @Override
    public String action() {
        return "asset.created";
    }

    @Override
    public String subjectType() {
        return "asset";
    }

    @Override
    public String subjectId() {
        return number;
    }
}
