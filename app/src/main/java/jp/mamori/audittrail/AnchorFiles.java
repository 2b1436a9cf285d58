package jp.mamori.audittrail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import jp.mamori.shared.KeyFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The anchor files: one small text file a day, {@code audit-anchor-YYYY-MM-DD.txt}, in the anchor
 * folder, each signed (HMAC-SHA256, key derived from the key file) so that a changed or made-up
 * file is recognised. The format is meant to be read by a person too:
 *
 * <pre>
 * # mamori 監査証跡アンカー …
 * format: mamori-audit-anchor-1
 * day: 2026-12-06
 * taken: 2026-12-06T00:00:00.000012Z
 * seq: 1234
 * hash: (64 hex digits)
 * mac: (64 hex digits)
 * </pre>
 *
 * <p>Where: {@code mamori.audit.anchor-dir} (environment {@code MAMORI_ANCHOR_DIR}); start-dev and
 * the commands on an embedded database use {@code <data>/anchors}; otherwise
 * {@code ~/.mamori/anchors}. Tests without a configured folder get a temporary one.
 */
@Component
class AnchorFiles {
    static final String FORMAT = "mamori-audit-anchor-1";
    private static final Pattern NAME = Pattern.compile("audit-anchor-(\\d{4}-\\d{2}-\\d{2})\\.txt");

    private final SecretKeySpec key;
    private final Path folder;

    @org.springframework.beans.factory.annotation.Autowired
    AnchorFiles(
            KeyFile keys,
            @Value("${mamori.audit.anchor-dir:${MAMORI_ANCHOR_DIR:}}") String folder,
            @Value("${mamori.mode:dev}") String mode) {
        this(keys, resolve(folder, mode));
    }

    AnchorFiles(KeyFile keys, Path folder) {
        this.key = new SecretKeySpec(keys.derive("audit-anchor-v1"), "HmacSHA256");
        this.folder = folder.toAbsolutePath();
    }

    private static Path resolve(String folder, String mode) {
        if (!folder.isBlank()) {
            return Path.of(folder);
        }
        if ("test".equals(mode)) {
            try {
                return Files.createTempDirectory("mamori-anchors");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Path.of(System.getProperty("user.home"), ".mamori", "anchors");
    }

    /** The configured anchor folder. */
    Path folder() {
        return folder;
    }

    static String fileName(LocalDate day) {
        return "audit-anchor-" + day + ".txt";
    }

    /** Writes the anchor's file (whole or not at all) and returns its path. */
    Path write(Anchor anchor) {
        try {
            Files.createDirectories(folder);
            Path target = folder.resolve(fileName(anchor.day()));
            Path temporary = Files.createTempFile(folder, ".anchor-", ".tmp");
            Files.writeString(temporary, text(anchor), StandardCharsets.UTF_8);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the anchor file in " + folder, e);
        }
    }

    /** The file's text: the fields, then their MAC. */
    String text(Anchor anchor) {
        return "# mamori 監査証跡アンカー (audit-trail anchor): keep a copy apart from the database.\n"
                + "# mamori audit-trail verify checks the trail against these files.\n"
                + signed(anchor) + "mac: " + mac(anchor) + "\n";
    }

    private static String signed(Anchor anchor) {
        return "format: " + FORMAT + "\n"
                + "day: " + anchor.day() + "\n"
                + "taken: " + anchor.taken() + "\n"
                + "seq: " + anchor.seq() + "\n"
                + "hash: " + anchor.hash() + "\n";
    }

    String mac(Anchor anchor) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(signed(anchor).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }

    /** What one file in the folder held. */
    sealed interface Read {
        Path file();

        /** A well-formed file whose MAC fits. */
        record Valid(Path file, Anchor anchor) implements Read {}

        /** A file that cannot be read, is not in the format, or whose MAC does not fit. */
        record Invalid(Path file, String reason) implements Read {}
    }

    /** Every anchor file of the folder, by day. A folder that does not exist holds none. */
    List<Read> readAll(Path from) {
        if (!Files.isDirectory(from)) {
            return List.of();
        }
        List<Read> reads = new ArrayList<>();
        try (Stream<Path> files = Files.list(from)) {
            files.filter(f -> NAME.matcher(f.getFileName().toString()).matches())
                    .sorted()
                    .forEach(f -> reads.add(read(f)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the anchor folder " + from, e);
        }
        return reads;
    }

    Read read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            return new Read.Invalid(file, "verify.anchor.unreadable");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : text.lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(": ");
            if (colon < 0) {
                return new Read.Invalid(file, "verify.anchor.format");
            }
            fields.put(line.substring(0, colon), line.substring(colon + 2).strip());
        }
        Anchor anchor;
        try {
            if (!FORMAT.equals(fields.get("format"))) {
                return new Read.Invalid(file, "verify.anchor.format");
            }
            anchor = new Anchor(
                    LocalDate.parse(fields.get("day")),
                    Instant.parse(fields.get("taken")),
                    Long.parseLong(fields.get("seq")),
                    String.valueOf(fields.get("hash")));
        } catch (RuntimeException e) {
            return new Read.Invalid(file, "verify.anchor.format");
        }
        String mac = String.valueOf(fields.get("mac"));
        boolean fits = MessageDigest.isEqual(
                mac.getBytes(StandardCharsets.US_ASCII), mac(anchor).getBytes(StandardCharsets.US_ASCII));
        if (!fits) {
            return new Read.Invalid(file, "verify.anchor.mac");
        }
        if (!file.getFileName().toString().equals(fileName(anchor.day()))) {
            return new Read.Invalid(file, "verify.anchor.renamed");
        }
        return new Read.Valid(file, anchor);
    }
}
