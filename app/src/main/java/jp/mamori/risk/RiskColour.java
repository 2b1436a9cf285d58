package jp.mamori.risk;

import java.util.Locale;

/**
 * The colours a level of the matrix may take: a fixed palette, so pages colour cells with style
 * classes (the Content-Security-Policy refuses inline styles) and the Excel export fills cells with
 * the same tones.
 */
public enum RiskColour {
    GREEN("C8E6C9"),
    YELLOW("FFF59D"),
    ORANGE("FFCC80"),
    RED("EF9A9A"),
    PURPLE("CE93D8"),
    GREY("E0E0E0");

    private final String rgb;

    RiskColour(String rgb) {
        this.rgb = rgb;
    }

    /** The fill as six hexadecimal digits (Excel, PDF). */
    public String rgb() {
        return rgb;
    }

    /** The style class of a cell of this colour ({@code risk-colour--red}). */
    public String cssClass() {
        return "risk-colour--" + name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return "risk.colour." + name();
    }
}
