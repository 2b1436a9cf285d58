package jp.mamori.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 12, point 5: HTTPS directly with a keystore, HSTS only on HTTPS, forwarding headers believed
 * only from the trusted proxy, and the notice on pages reached over plain HTTP in production.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"mamori.mode=prod", "mamori.web.trusted-proxies=10.9.8.7", "logging.level.jp.mamori=warn"})
@AutoConfigureMockMvc
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class TransportSecurityIT {
    private static final String HSTS = "Strict-Transport-Security";

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void tls(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory("mamori-tls");
        Path keystore = dir.resolve("server.p12");
        Process keytool = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        "mamori",
                        "-keyalg",
                        "EC",
                        "-dname",
                        "CN=localhost",
                        "-validity",
                        "2",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        keystore.toString(),
                        "-storepass",
                        "test-keystore"))
                .inheritIO()
                .start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).isZero();
        registry.add("server.ssl.enabled", () -> "true");
        registry.add("server.ssl.key-store", () -> "file:" + keystore);
        registry.add("server.ssl.key-store-type", () -> "PKCS12");
        registry.add("server.ssl.key-store-password", () -> "test-keystore");
    }

    @Test
    void https_is_served_directly_with_the_keystore_and_sends_hsts() throws Exception {
        SSLContext trustAll = SSLContext.getInstance("TLS");
        trustAll.init(
                null,
                new TrustManager[] {
                    new X509TrustManager() {
                        @Override
                        public void checkClientTrusted(X509Certificate[] chain, String authType) {}

                        @Override
                        public void checkServerTrusted(X509Certificate[] chain, String authType) {}

                        @Override
                        public X509Certificate[] getAcceptedIssuers() {
                            return new X509Certificate[0];
                        }
                    }
                },
                new SecureRandom());
        HttpResponse<String> response = HttpClient.newBuilder()
                .sslContext(trustAll)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/login"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue(HSTS))
                .hasValueSatisfying(v -> assertThat(v).contains("max-age="));
        assertThat(response.body()).doesNotContain("この接続は HTTPS ではありません");
    }

    @Test
    void x_forwarded_proto_from_the_trusted_proxy_makes_the_request_https() throws Exception {
        var response = mvc.perform(get("/login")
                        .header("X-Forwarded-Proto", "https")
                        .accept(MediaType.TEXT_HTML)
                        .with(r -> {
                            r.setRemoteAddr("10.9.8.7");
                            return r;
                        }))
                .andReturn()
                .getResponse();
        assertThat(response.getHeader(HSTS)).contains("max-age=");
        assertThat(response.getContentAsString()).doesNotContain("この接続は HTTPS ではありません");
        var forwarded = mvc.perform(get("/login")
                        .header("Forwarded", "proto=https;host=mamori.example.lg.jp")
                        .accept(MediaType.TEXT_HTML)
                        .with(r -> {
                            r.setRemoteAddr("10.9.8.7");
                            return r;
                        }))
                .andReturn()
                .getResponse();
        assertThat(forwarded.getHeader(HSTS)).contains("max-age=");
    }

    @Test
    void forwarding_headers_from_anyone_else_are_ignored() throws Exception {
        var response = mvc.perform(get("/login")
                        .header("X-Forwarded-Proto", "https")
                        .header("Forwarded", "proto=https")
                        .header("Host", "mamori.example.lg.jp")
                        .accept(MediaType.TEXT_HTML)
                        .with(r -> {
                            r.setRemoteAddr("192.0.2.66");
                            r.setServerName("mamori.example.lg.jp");
                            return r;
                        }))
                .andReturn()
                .getResponse();
        assertThat(response.getHeader(HSTS)).isNull();
        assertThat(response.getContentAsString()).contains("この接続は HTTPS ではありません");
    }
}
