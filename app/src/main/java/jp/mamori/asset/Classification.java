package jp.mamori.asset;

import java.text.Normalizer;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An asset's class (格付け): its level code on each of the three axes, as codes of the scheme the
 * asset was classified under. Codes are folded (NFKC, upper case) and empty when none is chosen.
 */
public record Classification(String confidentiality, String integrity, String availability) {
    public Classification {
        confidentiality = code(confidentiality);
        integrity = code(integrity);
        availability = code(availability);
    }

    static String code(@Nullable String value) {
        return value == null
                ? ""
                : Normalizer.normalize(value, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
    }
}
