package jp.mamori.policy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The SHA-256 of a revision's canonical content, in lower-case hex: what a member of staff
 * confirms having read. The canonical content is UTF-8 text with {@code \n} line ends:
 *
 * <pre>
 * mamori-policy-revision/1
 * document-id:&lt;documentId&gt;
 * revision:&lt;number&gt;
 * document-number:&lt;文書番号&gt;
 * enacted-on:&lt;ISO date&gt;
 * amended-on:&lt;ISO date or empty&gt;
 * effective-on:&lt;ISO date&gt;
 * --- body
 * &lt;body&gt;
 * --- supplementary-provisions
 * &lt;附則&gt;
 * </pre>
 *
 * Each text is NFC-normalised, CR LF and CR become LF, trailing spaces of each line and trailing
 * blank lines are removed, so the hash does not depend on the editor or the operating system.
 * The document title is not part of it (a typo in a title can be corrected without asking everyone
 * to confirm again).
 */
public final class ContentHash {
    static final String FORMAT = "mamori-policy-revision/1";

    private ContentHash() {}

    public static String of(Revision revision) {
        return sha256(canonical(revision));
    }

    static String canonical(Revision revision) {
        return FORMAT + "\n"
                + "document-id:" + revision.documentId() + "\n"
                + "revision:" + revision.number() + "\n"
                + "document-number:" + text(revision.documentNumber()) + "\n"
                + "enacted-on:" + date(revision.enactedOn()) + "\n"
                + "amended-on:" + date(revision.amendedOn()) + "\n"
                + "effective-on:" + date(revision.effectiveOn()) + "\n"
                + "--- body\n"
                + text(revision.body()) + "\n"
                + "--- supplementary-provisions\n"
                + text(revision.supplementaryProvisions()) + "\n";
    }

    /** The normal form of a text as described above. */
    static String text(String value) {
        String nfc = Normalizer.normalize(value, Normalizer.Form.NFC)
                .replace("\r\n", "\n")
                .replace('\r', '\n');
        StringBuilder out = new StringBuilder(nfc.length());
        for (String line : nfc.split("\n", -1)) {
            out.append(line.stripTrailing()).append('\n');
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '\n') {
            end--;
        }
        return out.substring(0, end);
    }

    private static String date(@Nullable LocalDate date) {
        return date == null ? "" : date.toString();
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
