package jp.mamori.netcheck.model;

/**
 * A line an importer or reader could not use, with the reason. Reported, never dropped silently.
 *
 * @param file the file name as given
 * @param line the 1-based line number (0 when the input has no lines, e.g. a binary record)
 * @param text the line's text, trimmed and shortened to at most 200 characters
 * @param reason why it was not understood, in Japanese
 */
public record Unsupported(String file, int line, String text, String reason) {
    public Unsupported {
        text = text.strip();
        if (text.length() > 200) {
            text = text.substring(0, 200) + "…";
        }
    }
}
