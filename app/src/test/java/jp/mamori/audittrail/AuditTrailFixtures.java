package jp.mamori.audittrail;

import java.sql.Connection;
import java.util.Map;
import jp.mamori.shared.AuditableEvent;
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

    /** Appends fixture.first, fixture.second and fixture.third on the connection (auto-commit). */
    public static void appendThree(Connection connection) {
        AuditChain chain = new AuditChain(
                JdbcClient.create(new SingleConnectionDataSource(connection, true)), java.time.Clock.systemUTC());
        for (String action : new String[] {"fixture.first", "fixture.second", "fixture.third"}) {
            chain.append(new Fixture(action));
        }
    }
}
