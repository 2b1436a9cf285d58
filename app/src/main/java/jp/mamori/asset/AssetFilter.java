package jp.mamori.asset;

import java.text.Normalizer;
import org.jspecify.annotations.Nullable;

/**
 * Filters and order of the asset list (page and API alike). Every filter is optional.
 *
 * @param unitId the owner unit; the units below it are included
 * @param zoneCode network zone code
 * @param kind ① ② ③
 * @param confidentiality a confidentiality level code of the active scheme (e.g. 3, 3A)
 * @param personalData which personal data the asset must hold
 * @param text words in the 管理番号, name, description, location or custodian
 * @param status in use or disposed; null for both
 * @param sort the order
 */
public record AssetFilter(
        @Nullable Long unitId,
        @Nullable String zoneCode,
        @Nullable AssetKind kind,
        @Nullable String confidentiality,
        @Nullable PersonalData personalData,
        @Nullable String text,
        @Nullable AssetStatus status,
        Sort sort) {
    /** Which personal data an asset must hold to pass the filter. */
    public enum PersonalData {
        ANY,
        PERSONAL,
        SENSITIVE,
        SPECIFIC,
        NONE
    }

    /** Orders of the list; each ends with the 管理番号 so pages are stable. */
    public enum Sort {
        NUMBER,
        NAME,
        CLASS,
        REVIEW,
        UPDATED
    }

    public AssetFilter {
        zoneCode = blankToNull(zoneCode);
        confidentiality = blankToNull(confidentiality);
        text = text == null || text.isBlank()
                ? null
                : Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        if (sort == null) {
            sort = Sort.NUMBER;
        }
    }

    /** Assets in use, by number. */
    static AssetFilter inUse() {
        return new AssetFilter(null, null, null, null, null, null, AssetStatus.IN_USE, Sort.NUMBER);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
