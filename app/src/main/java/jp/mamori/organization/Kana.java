package jp.mamori.organization;

import java.text.Normalizer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * フリガナ as stored: full-width katakana. Half-width katakana (ｶﾅ) become full-width (カナ), hiragana
 * become katakana, and runs of spaces become one full-width space between family and given name.
 */
final class Kana {
    private static final Pattern KATAKANA = Pattern.compile("[\\p{InKatakana}ー・　]+");

    private Kana() {}

    /** The normalised form; blank stays empty. */
    static String normalise(@Nullable String text) {
        if (text == null) {
            return "";
        }
        // NFKC turns half-width katakana (with their voicing marks) into full-width ones
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        StringBuilder out = new StringBuilder(nfkc.length());
        boolean space = false;
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000') {
                space = true;
                continue;
            }
            if (space) {
                out.append('\u3000');
                space = false;
            }
            // hiragana ぁ..ゖ map to katakana ァ..ヶ at a fixed distance
            out.append(c >= '\u3041' && c <= '\u3096' ? (char) (c + 0x60) : c);
        }
        return out.toString();
    }

    /** True when the (normalised) text is only katakana, the long-vowel mark, middle dot and spaces. */
    static boolean isKatakana(String normalised) {
        return !normalised.isEmpty() && KATAKANA.matcher(normalised).matches();
    }
}
