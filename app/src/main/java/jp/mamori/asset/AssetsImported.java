package jp.mamori.asset;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/**
 * Audit event {@code asset.imported}: an Excel ledger was imported, with what it created, updated and
 * left unchanged. Each created or changed asset has its own {@code asset.created} / {@code
 * asset.changed} entry as well.
 */
public record AssetsImported(String actor, String file, int rows, int created, int updated, int unchanged)
        implements AuditableEvent {
    @Override
    public String action() {
        return "asset.imported";
    }

    @Override
    public String subjectType() {
        return "asset-ledger";
    }

    @Override
    public String subjectId() {
        return "";
    }

    @Override
    public Map<String, String> details() {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("file", file);
        details.put("rows", Integer.toString(rows));
        details.put("created", Integer.toString(created));
        details.put("updated", Integer.toString(updated));
        details.put("unchanged", Integer.toString(unchanged));
        return AssetChanges.frozen(details);
    }
}
