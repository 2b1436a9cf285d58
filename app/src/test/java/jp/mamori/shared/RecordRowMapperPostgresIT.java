package jp.mamori.shared;

import javax.sql.DataSource;
import jp.mamori.testing.EmbeddedPostgresServer;

/** The same rows read on PostgreSQL: its driver gives other types for the same columns than H2's. */
class RecordRowMapperPostgresIT extends RecordRowMapperTest {
    @Override
    DataSource database() {
        return EmbeddedPostgresServer.freshDatabase().dataSource();
    }
}
