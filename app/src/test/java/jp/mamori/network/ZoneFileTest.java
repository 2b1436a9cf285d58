package jp.mamori.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import jp.mamori.netcheck.zone.ZoneModel;
import org.junit.jupiter.api.Test;

/**
 * netcheck's zone file written from the zone model and read back: what is written is what netcheck
 * reads, reading it back gives the same model, permanent paths and the register's exceptions are
 * told apart, and every problem names its line.
 */
class ZoneFileTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T01:00:00Z"), ZoneId.of("Asia/Tokyo"));

    static String sample() throws IOException {
        try (InputStream in =
                Objects.requireNonNull(ZoneFileTest.class.getResourceAsStream("/network/zones-kaku.yaml"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void the_sample_reads_into_the_model_with_its_permanent_path() throws IOException {
        ZoneFile.Read read = ZoneFile.read("zones-kaku.yaml", sample(), Set.of(), CLOCK);
        assertThat(read.problems()).isEmpty();
        ZoneDocument d = Objects.requireNonNull(read.document());
        assertThat(d.zones())
                .extracting(ZoneDocument.Zone::id)
                .containsExactly("mynumber", "lgwan", "internet", "outside");
        assertThat(d.zones().get(3).networks()).containsExactly("0.0.0.0/0", "::/0");
        assertThat(d.policy()).hasSize(5);
        assertThat(d.policy().get(1).from()).isEqualTo("*");
        assertThat(d.policy().get(3).services()).containsExactly("tcp/25", "tcp/443");
        assertThat(d.paths()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("PATH-1");
            assertThat(p.justification()).isEqualTo("中間サーバー連携");
            assertThat(p.services()).containsExactly("tcp/443");
        });
        assertThat(d.interfaces())
                .hasSize(4)
                .first()
                .isEqualTo(new ZoneDocument.Interface("FGT-MIDORI-01", "port1", "mynumber"));
    }

    @Test
    void what_is_written_reads_back_as_the_same_model_and_netcheck_reads_it() throws IOException {
        ZoneDocument d = Objects.requireNonNull(
                ZoneFile.read("z.yaml", sample(), Set.of(), CLOCK).document());
        Map<String, Object> register = new LinkedHashMap<>();
        register.put("id", "EX-2026-0001");
        register.put("from", List.of("10.20.1.7"));
        register.put("to", List.of("10.30.0.0/16"));
        register.put("services", List.of("tcp/443"));
        register.put("justification", "更新作業: \"臨時\"");
        register.put("owner", "情報政策課長");
        register.put("expires", "2027-01-31");
        ZoneFile.Written w = ZoneFile.write(d, List.of(register), List.of("見出し"));

        ZoneModel model = ZoneModel.parse("z.yaml", w.text(), CLOCK);
        assertThat(model.zones()).hasSize(4);
        assertThat(model.activeExemptions()).extracting(x -> x.id()).containsExactly("PATH-1", "EX-2026-0001");
        assertThat(w.text())
                .contains("expires: 9999-12-31", "to: \"*\"", "\"::/0\"", "justification: \"更新作業: \\\"臨時\\\"\"");

        ZoneFile.Read back = ZoneFile.read("z.yaml", w.text(), Set.of("EX-2026-0001"), CLOCK);
        assertThat(back.problems()).isEmpty();
        assertThat(back.document()).isEqualTo(d);
        assertThat(back.registerExceptions()).containsExactly("EX-2026-0001");
        // each row has its own line
        int zoneLine = w.rows().entrySet().stream()
                .filter(e -> e.getValue().equals("zones[2]"))
                .findFirst()
                .orElseThrow()
                .getKey();
        assertThat(w.text().lines().toList().get(zoneLine - 1)).contains("id: internet");
    }

    @Test
    void a_time_limited_exception_the_register_does_not_hold_is_refused_at_its_line() throws IOException {
        String text = sample().replace(
                        "interfaces:",
                        "  - {id: EX-9, from: 10.20.0.1, to: 10.30.0.1, services: [tcp/22], justification: 保守, owner: 課長, expires: 2027-03-31}\n"
                                + "interfaces:");
        ZoneFile.Read read = ZoneFile.read("z.yaml", text, Set.of(), CLOCK);
        assertThat(read.valid()).isFalse();
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(18);
            assertThat(p.messageKey()).isEqualTo("network.zone.error.limitedException");
            assertThat(p.args()).containsExactly("EX-9");
        });
    }

    @Test
    void netcheck_problems_name_the_line() throws IOException {
        String text = sample().replace("networks: [10.20.0.0/16]", "networks: [10.20.0.0/33]");
        ZoneFile.Read read = ZoneFile.read("z.yaml", text, Set.of(), CLOCK);
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.messageKey()).isEqualTo("network.zone.error.netcheck");
            assertThat(String.valueOf(p.args().get(0))).contains("10.20.0.0/33");
        });
    }

    @Test
    void text_that_is_not_yaml_is_unreadable_with_its_line() {
        assertThatThrownBy(() -> ZoneFile.read("z.yaml", "default: deny\nzones: [\n  {id: a\n", Set.of(), CLOCK))
                .isInstanceOfSatisfying(
                        ZoneFile.Unreadable.class, e -> assertThat(e.line).isGreaterThan(0));
    }

    @Test
    void scalars_are_quoted_only_when_they_must_be() {
        assertThat(ZoneFile.scalar("10.10.0.0/16")).isEqualTo("10.10.0.0/16");
        assertThat(ZoneFile.scalar("tcp/443")).isEqualTo("tcp/443");
        assertThat(ZoneFile.scalar("*")).isEqualTo("\"*\"");
        assertThat(ZoneFile.scalar("yes")).isEqualTo("\"yes\"");
        assertThat(ZoneFile.scalar("2001:db8::/32")).isEqualTo("\"2001:db8::/32\"");
        assertThat(ZoneFile.scalar("a\nb")).isEqualTo("\"a\\nb\"");
    }
}
