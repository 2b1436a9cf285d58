package jp.mamori.printing;

import java.util.List;

/**
 * No Japanese font could be found to embed in a PDF. The message names every place looked at and
 * how to fix it (install {@code fonts-ipaexfont} or set {@code mamori.pdf.font}); pages offer the
 * print view instead.
 */
public class FontMissingException extends RuntimeException {
    private final List<String> tried;

    FontMissingException(List<String> tried) {
        super("No Japanese font found for PDF output. Install the Debian package fonts-ipaexfont or set"
                + " mamori.pdf.font to a TrueType font file (.ttf, or .ttc with ',0'). Looked at: "
                + String.join(", ", tried));
        this.tried = List.copyOf(tried);
    }

    /** The font files looked at, in order. */
    public List<String> tried() {
        return tried;
    }
}
