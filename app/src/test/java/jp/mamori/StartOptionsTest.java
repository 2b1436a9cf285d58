package jp.mamori;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code mamori start}: TLS and reverse-proxy options become server settings; plain HTTP is announced. */
class StartOptionsTest {
    private static Mamori.Start parse(String... args) {
        Mamori.Start start = new Mamori.Start();
        new CommandLine(start).parseArgs(args);
        return start;
    }

    @Test
    void a_keystore_serves_https_directly_with_its_password_from_the_environment() {
        Map<String, Object> props = parse(
                        "--db-url", "jdbc:postgresql://db/mamori", "--tls-keystore", "/etc/mamori/server.p12")
                .serverProperties(name -> name.equals("MAMORI_TLS_KEYSTORE_PASSWORD") ? "geheim" : null);
        assertThat(props)
                .containsEntry("server.ssl.enabled", true)
                .containsEntry("server.ssl.key-store", "file:/etc/mamori/server.p12")
                .containsEntry("server.ssl.key-store-type", "PKCS12")
                .containsEntry("server.ssl.key-store-password", "geheim");
        assertThat(Mamori.Start.plainHttpWarning(props)).isNull();
    }

    @Test
    void trusted_proxies_are_passed_to_the_filter_and_the_containers_own_reading_is_off() {
        Map<String, Object> props =
                parse("--trusted-proxy", "10.0.0.5,10.0.0.6").serverProperties(name -> null);
        assertThat(props)
                .containsEntry("mamori.web.trusted-proxies", "10.0.0.5,10.0.0.6")
                .containsEntry("server.forward-headers-strategy", "none")
                .doesNotContainKey("server.ssl.enabled");
        assertThat(Mamori.Start.plainHttpWarning(props)).isNull();
        assertThat(parse().serverProperties(n -> n.equals("MAMORI_TRUSTED_PROXIES") ? "192.0.2.1" : null))
                .containsEntry("mamori.web.trusted-proxies", "192.0.2.1");
    }

    @Test
    void without_tls_or_proxy_the_start_warns_that_forms_will_be_refused_over_http() {
        Map<String, Object> props = parse().serverProperties(name -> null);
        assertThat(Mamori.Start.plainHttpWarning(props))
                .contains("HTTPS なし")
                .contains("403")
                .contains("--tls-keystore");
    }
}
