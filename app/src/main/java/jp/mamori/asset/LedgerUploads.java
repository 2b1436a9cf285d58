package jp.mamori.asset;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ledgers uploaded on the import page, kept in the database (so any node of a cluster finds them)
 * between the check and the import, for at most {@link #KEPT}, and only for the person who uploaded
 * them. Each upload prunes the expired ones.
 */
@Component
public class LedgerUploads {
    static final Duration KEPT = Duration.ofHours(1);

    /** An upload: its token, the file's name and its bytes. */
    public record Upload(String token, String fileName, byte[] content) {}

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    private final Clock clock;

    LedgerUploads(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** Keeps the file for the person; returns the token that names it. */
    @Transactional
    public String keep(String login, String fileName, byte[] content) {
        jdbc.sql("delete from ast_ledger_upload where uploaded_at < :limit")
                .param("limit", OffsetDateTime.now(clock).minus(KEPT))
                .update();
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        String token = HexFormat.of().formatHex(random);
        jdbc.sql("""
                        insert into ast_ledger_upload (token, login, file_name, content, uploaded_at)
                        values (:t, :l, :f, :c, :at)
                        """)
                .param("t", token)
                .param("l", login)
                .param("f", fileName.length() > 300 ? fileName.substring(0, 300) : fileName)
                .param("c", content)
                .param("at", OffsetDateTime.now(clock))
                .update();
        return token;
    }

    /** The person's upload with this token, if it has not expired. */
    @Transactional(readOnly = true)
    public Optional<Upload> find(String token, String login) {
        return jdbc.sql("""
                        select token, file_name, content from ast_ledger_upload
                        where token = :t and login = :l and uploaded_at >= :limit
                        """)
                .param("t", token)
                .param("l", login)
                .param("limit", OffsetDateTime.now(clock).minus(KEPT))
                .query((rs, n) -> new Upload(rs.getString("token"), rs.getString("file_name"), rs.getBytes("content")))
                .optional();
    }

    @Transactional
    public void discard(String token) {
        jdbc.sql("delete from ast_ledger_upload where token = :t")
                .param("t", token)
                .update();
    }
}
