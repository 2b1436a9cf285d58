package jp.mamori.asset;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Text normalisation shared by the ledger's parsers and header matching. */
final class LedgerText {
    /** Cells that people fill with a dash to say "nothing". */
    private static final Set<String> DASHES = Set.of("-", "－", "ー", "―", "‐", "—", "–", "−", "ｰ", "/", "／");

    private LedgerText() {}

    /**
     * NFKC (full-width digits and letters become half-width, ① becomes 1, half-width katakana
     * becomes full-width), upper case, and every kind of white space removed. For matching, never
     * for storing.
     */
    static String key(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** True for an empty cell, a cell of spaces, or a lone dash. */
    static boolean isBlank(String text) {
        String s = text.strip();
        return s.isEmpty() || DASHES.contains(s);
    }
}
