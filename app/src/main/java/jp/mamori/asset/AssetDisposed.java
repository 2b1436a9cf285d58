package jp.mamori.asset;

import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/** Audit event {@code asset.disposed}: the details hold the approved disposal: date, method, requester and approver. */
public record AssetDisposed(String number, String actor, Map<String, String> details) implements AuditableEvent {
    public AssetDisposed {
        details = AssetChanges.frozen(details);
    }

    @Override
    public String action() {
        return "asset.disposed";
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
