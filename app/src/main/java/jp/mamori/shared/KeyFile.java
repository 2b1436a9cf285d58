package jp.mamori.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The product's one secret kept outside the database: 32 random bytes in a file (Base64), from
 * which each use derives its own key ({@link #derive}, HMAC-SHA256 of the purpose). Someone with
 * write access to the database alone can therefore neither read what is encrypted with it (TOTP
 * secrets) nor forge what is signed with it.
 *
 * <p>Where: {@code mamori.key-file} (environment {@code MAMORI_KEY_FILE}); {@code start-dev} and
 * the database commands on an embedded database use {@code <data>/mamori.key}; otherwise
 * {@code ~/.mamori/mamori.key}. The file is created (owner-only) when it does not exist. Every node
 * of one installation needs the same file; back it up apart from the database (docs/operations.md).
 * Tests ({@code mamori.mode=test}) without a configured file get a key in memory.
 */
@Component
public class KeyFile {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(KeyFile.class);

    private final byte[] master;
    private final String where;

    @org.springframework.beans.factory.annotation.Autowired
    public KeyFile(
            @Value("${mamori.key-file:${MAMORI_KEY_FILE:}}") String file, @Value("${mamori.mode:dev}") String mode) {
        if (file.isBlank() && "test".equals(mode)) {
            master = new byte[32];
            new SecureRandom().nextBytes(master);
            where = "(memory)";
            return;
        }
        Path path = file.isBlank() ? Path.of(System.getProperty("user.home"), ".mamori", "mamori.key") : Path.of(file);
        master = readOrCreate(path.toAbsolutePath());
        where = path.toAbsolutePath().toString();
    }

    /** For tests: a fixed key. */
    public KeyFile(byte[] master) {
        this.master = master.clone();
        this.where = "(given)";
    }

    /** Where the key comes from (for messages; never the key). */
    public String where() {
        return where;
    }

    /** The 32-byte key for one purpose, e.g. {@code "totp-secret-v1"}. */
    public byte[] derive(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return mac.doFinal(("mamori:" + purpose).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }

    private static byte[] readOrCreate(Path path) {
        try {
            if (!Files.exists(path)) {
                Files.createDirectories(path.getParent());
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                try {
                    Files.writeString(
                            path,
                            Base64.getEncoder().encodeToString(fresh) + "\n",
                            java.nio.file.StandardOpenOption.CREATE_NEW,
                            java.nio.file.StandardOpenOption.WRITE);
                    try {
                        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
                    } catch (UnsupportedOperationException ignored) {
                        // not a POSIX file system: the folder's access rules apply
                    }
                    LOG.info(
                            "created the key file {}: copy it to every node of this installation and keep a copy apart from the database backups",
                            path);
                } catch (FileAlreadyExistsException raced) {
                    // another process made it first: read theirs
                }
            }
            byte[] key = Base64.getDecoder().decode(Files.readString(path).strip());
            if (key.length < 32) {
                throw new IllegalStateException("the key file " + path + " holds fewer than 32 bytes");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the key file " + path, e);
        }
    }
}
