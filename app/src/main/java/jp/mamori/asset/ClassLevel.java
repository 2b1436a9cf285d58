package jp.mamori.asset;

import java.util.List;
import java.util.Locale;

/**
 * One level of one axis in a classification scheme, e.g. 機密性3 or 自治体機密性3A: its code (what is
 * stored), label, rank (higher is more sensitive), whether it must stay off the Internet zone, and
 * its definition and handling rules in Japanese and English.
 */
public record ClassLevel(
        Axis axis,
        String code,
        String label,
        int rank,
        boolean keepOffInternet,
        String definition,
        String definitionEn,
        List<String> handling,
        List<String> handlingEn) {
    public ClassLevel {
        if (code.isBlank() || label.isBlank()) {
            throw new IllegalArgumentException("a class level needs a code and a label");
        }
        if (rank < 1) {
            throw new IllegalArgumentException("the rank of " + label + " must be 1 or more");
        }
        handling = List.copyOf(handling);
        handlingEn = List.copyOf(handlingEn);
    }

    /** The definition in the reader's language (Japanese unless English is asked for). */
    public String definition(Locale locale) {
        return english(locale) ? definitionEn : definition;
    }

    /** The handling rules in the reader's language. */
    public List<String> handling(Locale locale) {
        return english(locale) ? handlingEn : handling;
    }

    /** True when this level is more sensitive than the other (same axis). */
    boolean above(ClassLevel other) {
        return rank > other.rank;
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}
