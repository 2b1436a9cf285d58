package jp.mamori.asset;

import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/** Audit event {@code asset.disposal-withdrawn}: the details hold the request withdrawn. */
public record AssetDisposalWithdrawn(String number, String actor, Map<String, String> details)
        implements AuditableEvent {
    public AssetDisposalWithdrawn {
        details = AssetChanges.frozen(details);
    }

    @Override
    public String action() {
        return "asset.disposal-withdrawn";
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
