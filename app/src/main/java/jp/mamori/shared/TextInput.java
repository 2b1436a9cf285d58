package jp.mamori.shared;

import java.text.Normalizer;

/**
 * The one rule for text that people and programs send: applied to every form field and every
 * string of a JSON body before a handler sees it (the web module's binder and JSON deserializer).
 *
 * <ul>
 *   <li>Refused: control characters other than tab, line feed and carriage return (NUL, ESC, DEL, C1
 *       controls), the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 *       U+2066–U+2069) that make text display in another order than it is stored, lone surrogates,
 *       the replacement character U+FFFD left by undecodable bytes, and the noncharacters
 *       U+FFFE/U+FFFF.
 *   <li>Normalised to NFC, except CJK compatibility ideographs (such as 﨑 or 神 in a person's name):
 *       NFC would replace them by their unified forms, which changes how a name is written.
 *   <li>Text made only of invisible characters (white space, zero-width spaces and joiners, the
 *       byte order mark) becomes empty, so "required" applies to it.
 * </ul>
 */
public final class TextInput {
    private TextInput() {}

    /** Why a text is refused. */
    public enum Problem {
        CONTROL_CHARACTER,
        BIDI_CONTROL,
        BROKEN_CHARACTER
    }

    /** A text that may not be stored; {@link #codePoint()} is the first offending character. */
    public static final class RefusedException extends IllegalArgumentException {
        private final Problem problem;
        private final int codePoint;

        RefusedException(Problem problem, int codePoint) {
            super(problem + " U+" + String.format("%04X", codePoint));
            this.problem = problem;
            this.codePoint = codePoint;
        }

        public Problem problem() {
            return problem;
        }

        public int codePoint() {
            return codePoint;
        }

        /** The character as people read it in a message, e.g. {@code U+202E}. */
        public String codePointText() {
            return String.format("U+%04X", codePoint);
        }
    }

    /**
     * The text as it is stored, or {@link RefusedException}.
     *
     * @param text what was sent
     * @return the normalised text; "" when it has only invisible characters
     */
    public static String clean(String text) {
        check(text);
        if (isInvisible(text)) {
            return "";
        }
        return nfcKeepingCompatibilityIdeographs(text);
    }

    /** Refuses the characters listed in the class comment. */
    public static void check(String text) {
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    throw new RefusedException(Problem.BROKEN_CHARACTER, c);
                }
                i += 2;
                continue;
            }
            if (Character.isLowSurrogate(c)) {
                throw new RefusedException(Problem.BROKEN_CHARACTER, c);
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
                throw new RefusedException(Problem.CONTROL_CHARACTER, c);
            }
            if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
                throw new RefusedException(Problem.BIDI_CONTROL, c);
            }
            if (c == 0xFFFD || c == 0xFFFE || c == 0xFFFF) {
                throw new RefusedException(Problem.BROKEN_CHARACTER, c);
            }
            i++;
        }
    }

    /** True when nothing would be seen: white space and zero-width characters only (or nothing). */
    public static boolean isInvisible(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && !isZeroWidth(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private static boolean isZeroWidth(int cp) {
        return cp == 0x200B // zero width space
                || cp == 0x200C // zero width non-joiner
                || cp == 0x200D // zero width joiner
                || cp == 0x200E // left-to-right mark
                || cp == 0x200F // right-to-left mark
                || cp == 0x2060 // word joiner
                || cp == 0x2061
                || cp == 0x2062
                || cp == 0x2063
                || cp == 0x2064
                || cp == 0xFEFF // byte order mark
                || cp == 0x00AD // soft hyphen
                || cp == 0x034F // combining grapheme joiner
                || cp == 0x061C // Arabic letter mark
                || cp == 0x115F
                || cp == 0x1160
                || cp == 0x3164 // Hangul fillers
                || cp == 0xFFA0
                || cp == 0x180E // Mongolian vowel separator
                || (cp >= 0xFE00 && cp <= 0xFE0F); // variation selectors alone
    }

    private static boolean isCompatibilityIdeograph(int cp) {
        return (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2F800 && cp <= 0x2FA1F);
    }

    /** NFC without refusing anything: for passwords at sign-in, which must match what was stored. */
    public static String nfc(String text) {
        return nfcKeepingCompatibilityIdeographs(text);
    }

    private static String nfcKeepingCompatibilityIdeographs(String text) {
        if (Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int runStart = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isCompatibilityIdeograph(cp)) {
                out.append(Normalizer.normalize(text.substring(runStart, i), Normalizer.Form.NFC));
                out.appendCodePoint(cp);
                runStart = next;
            }
            i = next;
        }
        out.append(Normalizer.normalize(text.substring(runStart), Normalizer.Form.NFC));
        return out.toString();
    }
}
