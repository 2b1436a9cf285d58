package jp.mamori;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import jp.mamori.shared.DatabaseOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mamori org import} through the launcher: options, exit codes, and the data really written. */
class OrganizationCommandLineTests {
    @TempDir
    Path dir;

    @Test
    void missing_units_option_is_bad_usage_without_starting_the_application() {
        assertThat(Mamori.execute("org", "import", "--data", dir.toString())).isEqualTo(2);
    }

    @Test
    void a_shift_jis_import_through_the_launcher_loads_the_embedded_database_and_seeds_nothing() throws Exception {
        Charset sjis = Charset.forName("windows-31j");
        Path units = dir.resolve("units.csv");
        Files.writeString(units, "部署コード,部署名,上位部署コード\r\nK1,架空課,\r\n", sjis);
        Path people = dir.resolve("people.csv");
        Files.writeString(
                people,
                "職員番号,氏名,フリガナ,メールアドレス,雇用区分,所属部署コード,着任日,離任日\r\n"
                        + "K0001,見本 太郎,ﾐﾎﾝ ﾀﾛｳ,taro@example.jp,職員,K1,令和6年4月1日,\r\n",
                sjis);
        Path data = dir.resolve("data");

        int code = Mamori.execute(
                "org", "import", "--data", data.toString(), "--units", units.toString(), "--people", people.toString());

        assertThat(code).isZero();
        String url = DatabaseOptions.embedded(data).effectiveUrl();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                ResultSet rs = c.createStatement()
                        .executeQuery(
                                "select p.kana, u.name, (select count(*) from org_unit) from org_person p join org_unit u on u.id = p.unit_id")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("ミホン\u3000タロウ");
            assertThat(rs.getString(2)).isEqualTo("架空課");
            // the dev sample organisation is seeded by start-dev only, never by a command
            assertThat(rs.getLong(3)).isEqualTo(1);
        }
    }
}
