package jp.mamori.audittrail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Seals the head of a chain written before seals existed (issue 12 point 7), once, while Flyway
 * migrates: the seal needs the key file, which SQL cannot reach. From then on only appends extend
 * the seal; a head whose seal is missing or wrong later is reported by {@code verify}, never
 * repaired. A fresh database has no entries and nothing to seal. (A Spring bean, so Spring Boot
 * hands it to Flyway with the key.)
 */
@Component
class V21_2__Audit_chain_head_seal extends BaseJavaMigration {
    private final HeadSeal seal;

    V21_2__Audit_chain_head_seal(HeadSeal seal) {
        this.seal = seal;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        String current = HeadSeal.GENESIS;
        long last = 0;
        try (PreparedStatement entries =
                connection.prepareStatement("select seq, hash from audit_entry order by seq")) {
            entries.setFetchSize(ChainVerifier.BATCH);
            try (ResultSet rs = entries.executeQuery()) {
                while (rs.next()) {
                    last = rs.getLong(1);
                    current = seal.next(current, last, rs.getString(2));
                }
            }
        }
        if (last == 0) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update audit_chain_head set last_seal = ? where id = 1 and last_seq = ?")) {
            update.setString(1, current);
            update.setLong(2, last);
            update.executeUpdate();
        }
    }
}
