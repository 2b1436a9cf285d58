package jp.mamori.control.catalogue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One condition of a measure's {@code appliesTo}: a small named rule tested against the traits of
 * an asset a unit or system holds. A measure applies where one asset meets every condition of it;
 * a measure without conditions applies everywhere in its scope.
 */
sealed interface Condition {
    /** True when an asset with these traits meets the condition. */
    boolean holdsFor(AssetTraits traits);

    /** The key in the catalogue file. */
    String key();

    /** The value as written in the catalogue file (a number, a boolean or a list of names). */
    Object fileValue();

    /** Message key and argument that say the condition in words. */
    String messageKey();

    String argument();

    /** 機密性N以上: the asset's confidentiality rank is at least N (3 = 機密性3, 自治体機密性3C and above). */
    record ConfidentialityAtLeast(int rank) implements Condition {
        public boolean holdsFor(AssetTraits t) {
            return t.confidentialityRank() >= rank;
        }

        public String key() {
            return "confidentiality";
        }

        public Object fileValue() {
            return rank;
        }

        public String messageKey() {
            return "control.condition.confidentiality";
        }

        public String argument() {
            return Integer.toString(rank);
        }
    }

    /** 完全性N以上. */
    record IntegrityAtLeast(int rank) implements Condition {
        public boolean holdsFor(AssetTraits t) {
            return t.integrityRank() >= rank;
        }

        public String key() {
            return "integrity";
        }

        public Object fileValue() {
            return rank;
        }

        public String messageKey() {
            return "control.condition.integrity";
        }

        public String argument() {
            return Integer.toString(rank);
        }
    }

    /** 可用性N以上. */
    record AvailabilityAtLeast(int rank) implements Condition {
        public boolean holdsFor(AssetTraits t) {
            return t.availabilityRank() >= rank;
        }

        public String key() {
            return "availability";
        }

        public Object fileValue() {
            return rank;
        }

        public String messageKey() {
            return "control.condition.availability";
        }

        public String argument() {
            return Integer.toString(rank);
        }
    }

    /** The asset sits in one of the zones. */
    record InZone(Set<ZoneKind> zones) implements Condition {
        public InZone {
            zones = Set.copyOf(zones);
        }

        public boolean holdsFor(AssetTraits t) {
            return t.zoneKind() != null && zones.contains(t.zoneKind());
        }

        public String key() {
            return "zones";
        }

        public Object fileValue() {
            return zones.stream().sorted().map(Enum::name).toList();
        }

        public String messageKey() {
            return "control.condition.zones";
        }

        public String argument() {
            return String.join("・", (List<String>) fileValue());
        }
    }

    /** The asset is of one of the kinds (①②③). */
    record OfAssetKind(Set<String> kinds) implements Condition {
        static final Set<String> KNOWN = Set.of("NETWORK_SYSTEM_MEDIA", "INFORMATION", "SYSTEM_DOCUMENT");

        public OfAssetKind {
            kinds = Set.copyOf(kinds);
            if (!KNOWN.containsAll(kinds)) {
                throw new IllegalArgumentException("unknown asset kind in " + kinds);
            }
        }

        public boolean holdsFor(AssetTraits t) {
            return kinds.contains(t.kind());
        }

        public String key() {
            return "assetKinds";
        }

        public Object fileValue() {
            return List.copyOf(new TreeSet<>(kinds));
        }

        public String messageKey() {
            return "control.condition.assetKinds";
        }

        public String argument() {
            return String.join("・", (List<String>) fileValue());
        }
    }

    /** The system is declared as one of the types (cloud, outsourced). */
    record OfSystemType(Set<SystemType> types) implements Condition {
        public OfSystemType {
            types = Set.copyOf(types);
        }

        public boolean holdsFor(AssetTraits t) {
            return t.systemTypes().stream().anyMatch(types::contains);
        }

        public String key() {
            return "systemTypes";
        }

        public Object fileValue() {
            return types.stream().sorted().map(Enum::name).toList();
        }

        public String messageKey() {
            return "control.condition.systemTypes";
        }

        public String argument() {
            return String.join("・", (List<String>) fileValue());
        }
    }

    /** The asset holds personal information. */
    record HoldsPersonalInfo() implements Condition {
        public boolean holdsFor(AssetTraits t) {
            return t.personalInfo() || t.specificPersonalInfo();
        }

        public String key() {
            return "personalInfo";
        }

        public Object fileValue() {
            return true;
        }

        public String messageKey() {
            return "control.condition.personalInfo";
        }

        public String argument() {
            return "";
        }
    }

    /** The asset holds 特定個人情報 (My Number). */
    record HoldsSpecificPersonalInfo() implements Condition {
        public boolean holdsFor(AssetTraits t) {
            return t.specificPersonalInfo();
        }

        public String key() {
            return "specificPersonalInfo";
        }

        public Object fileValue() {
            return true;
        }

        public String messageKey() {
            return "control.condition.specificPersonalInfo";
        }

        public String argument() {
            return "";
        }
    }
}
