package jp.mamori.asset;

import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/** Audit event {@code asset.changed}: the details hold each changed field as {@code old → new}. */
public record AssetChanged(String number, String actor, Map<String, String> details) implements AuditableEvent {
    public AssetChanged {
        details = AssetChanges.frozen(details);
    }

    @Override
    public String action() {
        return "asset.changed";
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
