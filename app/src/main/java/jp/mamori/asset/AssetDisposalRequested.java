package jp.mamori.asset;

import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/** Audit event {@code asset.disposal-requested}: the details hold the date, method and who carries it out. */
public record AssetDisposalRequested(String number, String actor, Map<String, String> details)
        implements AuditableEvent {
    public AssetDisposalRequested {
        details = AssetChanges.frozen(details);
    }

    @Override
    public String action() {
        return "asset.disposal-requested";
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
