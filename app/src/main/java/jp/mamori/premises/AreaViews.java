package jp.mamori.premises;

import java.util.List;
import jp.mamori.asset.AssetSummary;
import jp.mamori.shared.Page;
import org.jspecify.annotations.Nullable;

/** What the area pages and the API show: values only, names already looked up. */
public final class AreaViews {
    private AreaViews() {}

    /** An area in the list. */
    public record Line(
            long id,
            String code,
            String name,
            AreaLevel level,
            String unitName,
            int assets,
            int systems,
            int permitsValidToday) {}

    /** A system located in the area. */
    public record LocatedSystem(long id, String assetNumber, String name) {}

    /** A permit with the person's name or the role, and whether it holds today. */
    public record PermitLine(
            Permit permit, String who, @Nullable String staffNumber, boolean validToday) {}

    /** A stay in the entry log with names and its findings. */
    public record EntryLine(Entry entry, String who, String escort, List<EntryRule> findings) {
        public EntryLine {
            findings = List.copyOf(findings);
        }
    }

    /** One area in full, with the stays of the chosen period. */
    public record Details(
            Area area,
            String unitName,
            List<AssetSummary> assets,
            List<LocatedSystem> systems,
            List<PermitLine> permits,
            Page<EntryLine> entries,
            List<EquipmentMove> equipment) {}
}
