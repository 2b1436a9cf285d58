package jp.mamori.audittrail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import jp.mamori.shared.KeyFile;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A trail written before the seal existed is sealed once by V21_2, and then verifies as intact. */
class HeadSealMigrationTest {
    @Test
    void an_unsealed_trail_of_an_earlier_version_is_sealed_by_the_migration() {
        String url = "jdbc:h2:mem:seal-migration-" + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        var ds = new DriverManagerDataSource(url, "sa", "");
        HeadSeal seal = new HeadSeal(new KeyFile(new byte[32]));
        Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration")
                .target("20.2")
                .load()
                .migrate();
        JdbcClient jdbc = JdbcClient.create(ds);
        // three entries as the earlier version wrote them: hashes, no seal
        String previous = ChainHash.GENESIS;
        Instant time = ChainHash.storable(Instant.parse("2026-04-01T00:00:00Z"));
        for (long seq = 1; seq <= 3; seq++) {
            String hash = ChainHash.of(seq, time, "old", "old.entry", "thing", "1", "{}", previous);
            jdbc.sql("""
                            insert into audit_entry (seq, occurred_at, actor, action, subject_type, subject_id, details,
                                previous_hash, hash)
                            values (:seq, :time, 'old', 'old.entry', 'thing', '1', '{}', :previous, :hash)
                            """)
                    .param("seq", seq)
                    .param("time", java.time.OffsetDateTime.ofInstant(time, java.time.ZoneOffset.UTC))
                    .param("previous", previous)
                    .param("hash", hash)
                    .update();
            jdbc.sql("update audit_chain_head set last_seq = :seq, last_hash = :hash")
                    .param("seq", seq)
                    .param("hash", hash)
                    .update();
            previous = hash;
        }

        Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration")
                .javaMigrations(new V21_2__Audit_chain_head_seal(seal))
                .load()
                .migrate();

        assertThat(jdbc.sql("select last_seal from audit_chain_head")
                        .query(String.class)
                        .single())
                .hasSize(64);
        assertThat(new ChainVerifier(new AuditEntries(jdbc), seal).verify()).isEqualTo(new Verification.Intact(3));
        // with another key file the same trail does not fit its seal
        HeadSeal other = new HeadSeal(new KeyFile(new byte[] {
            1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29,
            30, 31, 32
        }));
        assertThat(new ChainVerifier(new AuditEntries(jdbc), other).verify())
                .isEqualTo(new Verification.Broken(3, null, null, "verify.reason.seal"));
    }
}
