package jp.mamori;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.mamori.testing.EmbeddedPostgresServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;

/** The two run modes started as an operator starts them, on a free port. */
class RunModesIT {
    static final Pattern URL = Pattern.compile("http://localhost:(\\d+)/");

    @AfterEach
    void stop() {
        if (Mamori.server != null) {
            SpringApplication.exit(Mamori.server);
            Mamori.server = null;
        }
    }

    static String health(String port) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @Test
    void start_dev_prints_the_real_url_and_answers_health_up(@TempDir Path data) throws Exception {
        MamoriLauncherTest.Run r = MamoriLauncherTest.run("start-dev", "--port", "0", "--data", data.toString());
        assertThat(r.exitCode()).isEqualTo(Mamori.KEEP_RUNNING);
        Matcher url = URL.matcher(r.out());
        assertThat(url.find()).as("URL printed: %s", r.out()).isTrue();
        assertThat(url.group(1)).isNotEqualTo("0");
        assertThat(health(url.group(1))).contains("UP");
    }

    @Test
    void start_runs_on_postgresql_and_answers_health_up() throws Exception {
        EmbeddedPostgresServer.Database db = EmbeddedPostgresServer.freshDatabase();
        MamoriLauncherTest.Run r = MamoriLauncherTest.run(
                "start", "--port", "0", "--db-url", db.url(), "--db-user", db.user(), "--db-password", db.password());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(Mamori.KEEP_RUNNING);
        Matcher url = URL.matcher(r.out());
        assertThat(url.find()).isTrue();
        assertThat(health(url.group(1))).contains("UP");
    }
}
