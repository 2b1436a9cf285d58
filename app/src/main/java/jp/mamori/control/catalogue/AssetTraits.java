package jp.mamori.control.catalogue;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a condition of the catalogue is tested against: one kind of asset a unit or system holds
 * (kind, zone, the ranks of its classification, personal data), with an example 管理番号 to show as
 * the reason, and the declared types of the system.
 *
 * @param kind asset kind name (NETWORK_SYSTEM_MEDIA, INFORMATION, SYSTEM_DOCUMENT)
 * @param zoneKind layer of the zone, or null when the asset sits in none of the three
 * @param confidentialityRank rank of the confidentiality level (3 = 機密性3 or higher)
 * @param exampleAsset a 管理番号 holding these traits
 * @param count how many assets hold them
 */
public record AssetTraits(
        String kind,
        @Nullable ZoneKind zoneKind,
        int confidentialityRank,
        int integrityRank,
        int availabilityRank,
        boolean personalInfo,
        boolean specificPersonalInfo,
        String exampleAsset,
        long count,
        Set<SystemType> systemTypes) {
    public AssetTraits {
        systemTypes = Set.copyOf(systemTypes);
    }
}
