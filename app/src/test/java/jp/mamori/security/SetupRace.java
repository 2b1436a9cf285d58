package jp.mamori.security;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.mamori.Mamori;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs concurrent {@code POST /setup} over real HTTP against one or more application nodes that
 * share a database, as an operator's browsers would: each request first loads the form (for its
 * CSRF token and cookies), then all posts are released at once.
 */
final class SetupRace {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private SetupRace() {}

    /** A node: the whole application on a free port, on the given database. */
    static ConfigurableApplicationContext node(String url, String user, String password) {
        return new SpringApplicationBuilder(Mamori.class)
                .web(WebApplicationType.SERVLET)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + user,
                        "--spring.datasource.password=" + password,
                        "--mamori.mode=test",
                        "--logging.level.jp.mamori=warn");
    }

    static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    /** One attempt: which node, which token, which login. */
    record Attempt(int port, String token, String login) {}

    /** What one attempt got: the status and where it was sent. */
    record Answer(Attempt attempt, int status, String location, String body) {
        boolean created() {
            return status == 302 && location.endsWith("/login");
        }
    }

    /** Loads every form first, then sends all posts at the same moment; returns the answers. */
    static List<Answer> run(List<Attempt> attempts, String password) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        ExecutorService pool = Executors.newFixedThreadPool(attempts.size());
        try {
            CountDownLatch ready = new CountDownLatch(attempts.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Answer>> futures = new ArrayList<>();
            for (Attempt attempt : attempts) {
                futures.add(pool.submit(() -> {
                    String base = "http://localhost:" + attempt.port();
                    HttpResponse<String> form = http.send(
                            HttpRequest.newBuilder(URI.create(base + "/setup")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    Matcher m = CSRF.matcher(form.body());
                    if (!m.find()) {
                        throw new IllegalStateException("no CSRF token on /setup: " + form.statusCode());
                    }
                    String cookies = form.headers().allValues("Set-Cookie").stream()
                            .map(c -> c.split(";", 2)[0])
                            .collect(Collectors.joining("; "));
                    String body = Map.of(
                                    "_csrf",
                                    m.group(1),
                                    "token",
                                    attempt.token(),
                                    "login",
                                    attempt.login(),
                                    "displayName",
                                    "管理者",
                                    "password",
                                    password,
                                    "confirmPassword",
                                    password)
                            .entrySet()
                            .stream()
                            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                            .collect(Collectors.joining("&"));
                    HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(base + "/setup"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body));
                    if (!cookies.isEmpty()) {
                        post.header("Cookie", cookies);
                    }
                    ready.countDown();
                    go.await();
                    HttpResponse<String> answer = http.send(post.build(), HttpResponse.BodyHandlers.ofString());
                    return new Answer(
                            attempt,
                            answer.statusCode(),
                            answer.headers().firstValue("Location").orElse(""),
                            answer.body());
                }));
            }
            if (!ready.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the setup forms did not load in time");
            }
            go.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> f : futures) {
                answers.add(f.get(120, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
