package jp.mamori;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import jp.mamori.shared.DatabaseOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mamori audit-trail verify} as an operator runs it, on an embedded database with a trail
 * written by the application: intact → exit 0; a row changed behind the application's back → exit
 * 1 naming the entry.
 */
class AuditTrailVerifyIT {
    @Test
    void verify_finds_a_tampered_row_and_names_it(@TempDir Path data) throws Exception {
        MamoriLauncherTest.Run first = MamoriLauncherTest.run("audit-trail", "verify", "--data", data.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("監査証跡は正常です");

        String url = DatabaseOptions.embedded(data).effectiveUrl();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            jp.mamori.audittrail.AuditTrailFixtures.appendThree(c);
        }
        MamoriLauncherTest.Run intact = MamoriLauncherTest.run("audit-trail", "verify", "--data", data.toString());
        assertThat(intact.exitCode()).isZero();
        assertThat(intact.out()).contains("3 件");

        try (Connection c = DriverManager.getConnection(url, "sa", "");
                Statement s = c.createStatement()) {
            s.executeUpdate("update audit_entry set details = '{\"name\":\"改ざん\"}' where seq = 2");
        }
        MamoriLauncherTest.Run broken = MamoriLauncherTest.run("audit-trail", "verify", "--data", data.toString());
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.out()).contains("番号 2").contains("fixture.second").contains("令和");
    }
}
