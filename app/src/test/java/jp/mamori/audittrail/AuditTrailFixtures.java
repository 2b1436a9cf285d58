package jp.mamori.audittrail;

import java.sql.Connection;
import java.util.Map;
import jp.mamori.shared.AuditableEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** Writes trail entries straight into a migrated database, for command-line tests. */
public final class AuditTrailFixtures {
    private AuditTrailFixtures() {}

    record Fixture(String action) implements AuditableEvent {
        @Override
        public String subjectType() {
            return "fixture";
        }

        @Override
        public String subjectId() {
            return "1";
        }

        @Override
        public String actor() {
            return "fixture-writer";
        }

        @Override
        public Map<String, String> details() {
            return Map.of("name", action);
        }
    }

    /**
     * Appends fixture.first, fixture.second and fixture.third on the connection (auto-commit), the
     * head sealed with the installation's key file.
     */
    public static void appendThree(Connection connection, java.nio.file.Path keyFile) {
        AuditChain chain = new AuditChain(
                new JdbcTemplate(new SingleConnectionDataSource(connection, true)),
                java.time.Clock.systemUTC(),
                new HeadSeal(new jp.mamori.shared.KeyFile(keyFile.toString(), "dev")));
        for (String action : new String[] {"fixture.first", "fixture.second", "fixture.third"}) {
            chain.append(new Fixture(action));
        }
    }

    /** Writes an anchor file for entry {@code seq} (with its hash as stored) as the application would. */
    public static java.nio.file.Path anchor(
            Connection connection,
            java.nio.file.Path folder,
            java.nio.file.Path keyFile,
            java.time.LocalDate day,
            long seq) {
        String hash = JdbcClient.create(new SingleConnectionDataSource(connection, true))
                .sql("select hash from audit_entry where seq = :s")
                .param("s", seq)
                .query(String.class)
                .single();
        return new AnchorFiles(new jp.mamori.shared.KeyFile(keyFile.toString(), "dev"), folder)
                .write(new Anchor(day, java.time.Instant.now(), seq, hash));
    }
}
