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
            jp.mamori.audittrail.AuditTrailFixtures.appendThree(c, data.resolve("mamori.key"));
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

    @Test
    void verify_checks_the_anchors_and_names_what_they_do_not_cover(@TempDir Path data) throws Exception {
        assertThat(MamoriLauncherTest.run("audit-trail", "verify", "--data", data.toString())
                        .exitCode())
                .isZero();
        String url = DatabaseOptions.embedded(data).effectiveUrl();
        Path anchors = data.resolve("anchors");
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            jp.mamori.audittrail.AuditTrailFixtures.appendThree(c, data.resolve("mamori.key"));
        }
        MamoriLauncherTest.Run none = MamoriLauncherTest.run("audit-trail", "verify", "--data", data.toString());
        assertThat(none.exitCode()).isZero();
        assertThat(none.out()).contains("アンカーファイルがありません").contains("番号 1〜3");

        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            jp.mamori.audittrail.AuditTrailFixtures.anchor(
                    c,
                    anchors,
                    data.resolve("mamori.key"),
                    java.time.LocalDate.now(jp.mamori.shared.BodyClock.ZONE),
                    2);
        }
        MamoriLauncherTest.Run covered = MamoriLauncherTest.run("audit-trail", "verify", "--data", data.toString());
        assertThat(covered.exitCode()).as(covered.out()).isZero();
        assertThat(covered.out()).contains("アンカー 1 件").contains("番号 3〜3 はまだアンカーで確かめられていません");

        // someone with the database but not the key rewrites entry 2 and recomputes every hash after it
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                Statement s = c.createStatement()) {
            s.executeUpdate("delete from audit_entry where seq = 3");
            s.executeUpdate("update audit_entry set hash = '" + "e".repeat(64) + "' where seq = 2");
            s.executeUpdate("update audit_chain_head set last_seq = 2, last_hash = '" + "e".repeat(64) + "'");
        }
        MamoriLauncherTest.Run broken = MamoriLauncherTest.run("audit-trail", "verify", "--data", data.toString());
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.out()).contains("監査証跡が壊れています").contains("アンカーと一致しません").contains("番号 2");

        // an anchor file from elsewhere (--anchors) that was edited by hand is named too
        Path copy = data.resolve("copy");
        java.nio.file.Files.createDirectories(copy);
        Path file = java.nio.file.Files.list(anchors).findFirst().orElseThrow();
        java.nio.file.Files.writeString(
                copy.resolve(file.getFileName()),
                java.nio.file.Files.readString(file).replace("seq: 2", "seq: 1"));
        MamoriLauncherTest.Run edited = MamoriLauncherTest.run(
                "audit-trail", "verify", "--data", data.toString(), "--anchors", copy.toString());
        assertThat(edited.exitCode()).isEqualTo(1);
        assertThat(edited.out()).contains("署名が一致しません");
    }
}
