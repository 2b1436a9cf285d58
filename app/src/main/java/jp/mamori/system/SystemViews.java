package jp.mamori.system;

import java.util.List;
import jp.mamori.asset.AssetSummary;
import org.jspecify.annotations.Nullable;

/** What the pages and the API show of systems: a line of the list and a system with everything around it. */
public final class SystemViews {
    private SystemViews() {}

    /** One line of the list. */
    public record Line(
            long id,
            String assetNumber,
            String name,
            @Nullable String unitName,
            SystemZone zone,
            String contractor,
            boolean cloudService,
            String highestConfidentiality,
            List<SystemFinding> findings) {
        public Line {
            findings = List.copyOf(findings);
        }
    }

    /** A person named on a system: 職員番号, name and whether in post today. */
    public record NamedPerson(long id, String staffNumber, String name, boolean inPost) {}

    /**
     * The highest class among the system's own asset and the assets it holds, each axis with the
     * label of an asset that reaches it; empty labels when the system holds nothing in use.
     */
    public record HighestClass(
            int confidentialityRank,
            String confidentiality,
            String integrity,
            String availability,
            boolean personalInfo,
            boolean specificPersonalInfo) {}

    /** A system with its asset, people, held assets, highest class and findings. */
    public record Details(
            RegisteredSystem system,
            String name,
            @Nullable AssetSummary asset,
            @Nullable String unitName,
            List<NamedPerson> administrators,
            List<NamedPerson> staff,
            List<AssetSummary> heldAssets,
            HighestClass highest,
            List<SystemFinding> findings) {
        public Details {
            administrators = List.copyOf(administrators);
            staff = List.copyOf(staff);
            heldAssets = List.copyOf(heldAssets);
            findings = List.copyOf(findings);
        }
    }
}
