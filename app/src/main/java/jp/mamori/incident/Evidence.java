package jp.mamori.incident;

import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A preserved file (log, screenshot, image of a disk …) as the incident records it: the file itself
 * lives in the evidence store, and its SHA-256 proves later that it was not altered. Once added,
 * evidence is neither changed nor removed.
 *
 * @param sha256 the file's SHA-256 as 64 hexadecimal digits (stored in lower case)
 * @param size the file's size in bytes
 */
public record Evidence(String fileName, String sha256, long size, String addedBy, Instant addedAt) {
    private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

    public Evidence {
        if (fileName.isBlank()) {
            throw new IllegalArgumentException("evidence needs a file name");
        }
        sha256 = sha256.toLowerCase(Locale.ROOT);
        if (!SHA_256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256 in hexadecimal: " + sha256);
        }
        if (size < 0) {
            throw new IllegalArgumentException("a file size cannot be negative: " + size);
        }
        if (addedBy.isBlank()) {
            throw new IllegalArgumentException("evidence names who added it");
        }
    }
}
