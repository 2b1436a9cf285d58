package jp.mamori.incident;

import java.util.Collection;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.mamori.asset.AssetSummary;

/**
 * The severity the affected assets' classification suggests at triage (issue 11 point 4): the
 * highest level among their confidentiality, integrity and availability (機密性3 and 自治体機密性3A–3C
 * count as 3), as a severity of the same number. A hint for the person who triages, never a
 * default: they still choose.
 *
 * @param severity the suggested severity
 * @param asset the asset with the highest class (its 管理番号)
 * @param label the label that decided it, e.g. 機密性3
 */
public record SeveritySuggestion(Severity severity, String asset, String label) {
    private static final Pattern LEVEL = Pattern.compile("([1-3])[A-C]?$");

    /** The suggestion for these assets, or empty when none has a class the product can read. */
    public static Optional<SeveritySuggestion> of(Collection<AssetSummary> assets) {
        SeveritySuggestion best = null;
        for (AssetSummary asset : assets) {
            for (String label : new String[] {asset.confidentiality(), asset.integrity(), asset.availability()}) {
                int level = level(label);
                if (level > 0 && (best == null || level > best.severity().level())) {
                    best = new SeveritySuggestion(Severity.of(level), asset.number(), label);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    static int level(String label) {
        Matcher m = LEVEL.matcher(label.strip());
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
