package jp.mamori;

import java.io.PrintWriter;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import jp.mamori.shared.DatabaseCommand;
import jp.mamori.shared.DatabaseOptions;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The mamori launcher and Spring Boot application. {@code start-dev} and {@code start} run the web
 * application; commands that work on the database start it without the web server; netcheck runs
 * without Spring at all.
 */
@SpringBootApplication
@Command(
        name = "mamori",
        mixinStandardHelpOptions = true,
        version = "mamori 0.1.0",
        description = "mamori — information security management system",
        footer = {"", "  netcheck   ゾーン分離の検査 (rules | flows | init): mamori netcheck --help"},
        subcommands = {
            Mamori.StartDev.class,
            Mamori.Start.class,
            jp.mamori.security.ApiTokenCommand.class,
            jp.mamori.security.AccountCommand.class,
            jp.mamori.audittrail.AuditTrailCommand.class,
            jp.mamori.organization.OrganizationCommands.class,
            jp.mamori.asset.AssetCommands.class,
            jp.mamori.control.catalogue.ControlCommands.class,
            jp.mamori.control.soa.SoaCommands.class,
            jp.mamori.control.exceptions.ExceptionCommands.class,
            jp.mamori.network.ZoneCommands.class
        })
public class Mamori {
    /** Exit code meaning "the server keeps running; do not exit". */
    static final int KEEP_RUNNING = -1;

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("netcheck")) {
            // netcheck is a plain library: run it without starting Spring, so it answers in well under a second
            System.exit(jp.mamori.netcheck.cli.NetcheckCommand.run(
                    java.util.Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        int code = execute(args);
        if (code != KEEP_RUNNING) {
            System.exit(code);
        }
    }

    /** Parses and runs a command line; returns the exit code, or {@link #KEEP_RUNNING} for a server. */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new Mamori());
        cli.setExecutionStrategy(Mamori::runLeaf);
        cli.setParameterExceptionHandler((ex, a) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println(ex.getMessage());
            ex.getCommandLine().usage(err);
            return 2;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println(oneLine(ex));
            return 2;
        });
        if (args.length == 0) {
            cli.usage(cli.getOut());
            return 2;
        }
        return cli.execute(args);
    }

    private static int runLeaf(ParseResult parseResult) {
        Integer help = CommandLine.executeHelpRequest(parseResult);
        if (help != null) {
            return help;
        }
        ParseResult leaf = parseResult;
        while (leaf.hasSubcommand()) {
            leaf = leaf.subcommand();
        }
        Object command = leaf.commandSpec().userObject();
        PrintWriter err = leaf.commandSpec().commandLine().getErr();
        try {
            if (command instanceof DatabaseCommand dbCommand) {
                DatabaseOptions db = dbCommand.database();
                String problem = checkDatabase(db);
                if (problem != null) {
                    err.println(problem);
                    return 2;
                }
                // standard output is the command's (JSON, SARIF, text); the log goes to standard
                // error, and only errors unless --verbose
                Map<String, Object> quiet = Map.of(
                        "mamori.log.target", "System.err", "logging.level.root", db.verbose() ? "info" : "error");
                try (ConfigurableApplicationContext ctx = boot(db, WebApplicationType.NONE, quiet)) {
                    return dbCommand.run(ctx);
                }
            }
            if (command instanceof Callable<?> callable) {
                Object result = callable.call();
                return result instanceof Integer i ? i : 0;
            }
            leaf.commandSpec().commandLine().usage(err);
            return 2;
        } catch (Exception e) {
            err.println(oneLine(e));
            return 2;
        } catch (OutOfMemoryError e) {
            // never exit 1 ("rows with errors") for a file the command could not hold
            err.println("エラー: メモリが足りません。ファイルを分けるか、java の -Xmx を大きくしてください");
            return 2;
        }
    }

    /** The first meaningful line of an error, without a stack trace. */
    static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message =
                root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
        return "エラー: " + message.lines().findFirst().orElse(message);
    }

    /** Checks that the database answers; returns one line saying what to set, or null when fine. */
    static String checkDatabase(DatabaseOptions db) {
        if (!db.external()) {
            // the embedded file: opening it now turns "already in use by another mamori" into one line
            try (var ignored = DriverManager.getConnection(db.effectiveUrl(), "sa", "")) {
                return null;
            } catch (SQLException e) {
                return "組み込みデータベースを開けません (" + db.dataDirectory().toAbsolutePath() + "): "
                        + String.valueOf(e.getMessage()).lines().findFirst().orElse("")
                        + " — ほかの mamori が同じ --data フォルダーを使っていないか確認してください";
            }
        }
        DriverManager.setLoginTimeout(15);
        try (var ignored = DriverManager.getConnection(db.effectiveUrl(), db.user(), db.password())) {
            return null;
        } catch (SQLException e) {
            return "データベースに接続できません (" + db.effectiveUrl() + "): "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse("")
                    + " — --db-url / --db-user / --db-password (または MAMORI_DB_URL / MAMORI_DB_USER / MAMORI_DB_PASSWORD) を確認してください";
        }
    }

    /** Starts the application on the given database. */
    static ConfigurableApplicationContext boot(
            DatabaseOptions db, WebApplicationType type, Map<String, Object> extra, String... profiles) {
        Map<String, Object> props = new HashMap<>();
        props.put("spring.datasource.url", db.effectiveUrl());
        if (db.isH2()) {
            props.put("spring.datasource.username", "sa");
            props.put("spring.datasource.password", "");
        } else {
            if (db.user() != null) {
                props.put("spring.datasource.username", db.user());
            }
            if (db.password() != null) {
                props.put("spring.datasource.password", db.password());
            }
        }
        if (!db.external() && System.getenv("MAMORI_KEY_FILE") == null) {
            // the embedded database keeps its key file beside it (KeyFile; never inside the database)
            props.put("mamori.key-file", db.dataDirectory().toAbsolutePath().resolve("mamori.key"));
        }
        if (!db.external() && System.getenv("MAMORI_ANCHOR_DIR") == null) {
            // and the audit trail's daily anchors too (AnchorFiles; copy them elsewhere as well)
            props.put(
                    "mamori.audit.anchor-dir",
                    db.dataDirectory().toAbsolutePath().resolve("anchors"));
        }
        props.putAll(extra);
        if (System.getenv("MAMORI_DEBUG") == null) {
            // a failed start is reported as one line by the launcher; Spring's own report (with a
            // stack trace) only with MAMORI_DEBUG=1
            props.put("logging.level.org.springframework.boot.SpringApplication", "off");
            props.put("logging.level.org.springframework.boot.diagnostics.LoggingFailureAnalysisReporter", "off");
        }
        // passed as command-line arguments so they win over application.yml, as an operator expects
        String[] args = props.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(Mamori.class)
                .web(type)
                .profiles(profiles)
                .logStartupInfo(type != WebApplicationType.NONE)
                .run(args);
    }

    /** The server this JVM started with start-dev or start (tests stop it through this). */
    static volatile ConfigurableApplicationContext server;

    /** Prints where the server answers, with the port it really got (--port 0 picks a free one). */
    static void announce(ConfigurableApplicationContext ctx, PrintWriter out) {
        server = ctx;
        if (ctx instanceof WebServerApplicationContext web && web.getWebServer() != null) {
            boolean tls = ctx.getEnvironment().getProperty("server.ssl.enabled", Boolean.class, false);
            out.println("mamori を起動しました: " + (tls ? "https" : "http") + "://localhost:"
                    + web.getWebServer().getPort() + "/");
            out.flush();
        }
    }

    /** {@code start-dev}: embedded H2 under ./data, sample organisation, demo sign-in. */
    @Command(name = "start-dev", description = "開発・評価用に起動します (組み込み H2、サンプル組織)")
    static class StartDev implements Callable<Integer> {
        @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default 8080)")
        int port;

        @Option(
                names = "--data",
                paramLabel = "DIR",
                defaultValue = "data",
                description = "Data folder (default ./data)")
        java.nio.file.Path data;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            DatabaseOptions db = DatabaseOptions.embedded(data);
            String problem = checkDatabase(db);
            if (problem != null) {
                spec.commandLine().getErr().println(problem);
                return 2;
            }
            ConfigurableApplicationContext ctx =
                    boot(db, WebApplicationType.SERVLET, Map.of("server.port", port, "mamori.mode", "dev"), "dev");
            announce(ctx, spec.commandLine().getOut());
            return KEEP_RUNNING;
        }
    }

    /** {@code start}: production mode on PostgreSQL only. */
    @Command(name = "start", description = "本番モードで起動します (PostgreSQL 必須)")
    static class Start implements Callable<Integer> {
        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default 8080)")
        int port;

        @Option(
                names = "--tls-keystore",
                paramLabel = "FILE.p12",
                description = "PKCS#12 keystore with the server's certificate and key: serve HTTPS directly"
                        + " (env MAMORI_TLS_KEYSTORE)")
        java.nio.file.@org.jspecify.annotations.Nullable Path tlsKeystore;

        @Option(
                names = "--tls-keystore-password",
                paramLabel = "PASSWORD",
                description = "password of the keystore (env MAMORI_TLS_KEYSTORE_PASSWORD)")
        @org.jspecify.annotations.Nullable
        String tlsKeystorePassword;

        @Option(
                names = "--trusted-proxy",
                paramLabel = "ADDRESS",
                split = ",",
                description = "IP address of a reverse proxy whose Forwarded / X-Forwarded-* headers are believed"
                        + " (repeatable or comma-separated; env MAMORI_TRUSTED_PROXIES)")
        java.util.List<String> trustedProxies = new java.util.ArrayList<>();

        @Spec
        CommandSpec spec;

        /** The server's settings from the options (and their environment variables). */
        Map<String, Object> serverProperties(java.util.function.Function<String, String> env) {
            Map<String, Object> props = new HashMap<>();
            props.put("server.port", port);
            props.put("mamori.mode", "prod");
            java.nio.file.Path keystore = tlsKeystore;
            if (keystore == null && env.apply("MAMORI_TLS_KEYSTORE") != null) {
                keystore = java.nio.file.Path.of(env.apply("MAMORI_TLS_KEYSTORE"));
            }
            if (keystore != null) {
                String password = tlsKeystorePassword != null
                        ? tlsKeystorePassword
                        : java.util.Objects.requireNonNullElse(env.apply("MAMORI_TLS_KEYSTORE_PASSWORD"), "");
                props.put("server.ssl.enabled", true);
                props.put("server.ssl.key-store", "file:" + keystore.toAbsolutePath());
                props.put("server.ssl.key-store-type", "PKCS12");
                props.put("server.ssl.key-store-password", password);
            }
            java.util.List<String> proxies = new java.util.ArrayList<>(trustedProxies);
            String fromEnv = env.apply("MAMORI_TRUSTED_PROXIES");
            if (proxies.isEmpty() && fromEnv != null) {
                proxies.addAll(java.util.Arrays.asList(fromEnv.split(",")));
            }
            if (!proxies.isEmpty()) {
                // mamori's own filter (TrustedProxies) decides, so Tomcat and Spring must not read the headers
                props.put(
                        "mamori.web.trusted-proxies",
                        String.join(",", proxies.stream().map(String::strip).toList()));
            }
            props.put("server.forward-headers-strategy", "none");
            return props;
        }

        /** The warning printed when the server will be reached over plain HTTP, or null. */
        static @org.jspecify.annotations.Nullable String plainHttpWarning(Map<String, Object> props) {
            if (props.containsKey("server.ssl.enabled") || props.containsKey("mamori.web.trusted-proxies")) {
                return null;
            }
            return "警告: HTTPS なしで起動しました（証明書 --tls-keystore も、HTTPS のリバースプロキシ --trusted-proxy も"
                    + " 指定されていません）。本番モードのサインイン用 Cookie は HTTPS でしか保存されないため、この機械以外から"
                    + " http:// で開くとサインインやフォームの送信が 403 で拒否されます。docs/operations.md を参照してください。";
        }

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            if (!database.external()) {
                err.println("起動できません: --db-url (または環境変数 MAMORI_DB_URL) に PostgreSQL の JDBC URL"
                        + " (jdbc:postgresql://ホスト:5432/データベース) を指定してください");
                return 2;
            }
            if (!database.effectiveUrl().startsWith("jdbc:postgresql:")) {
                err.println("起動できません: start は PostgreSQL だけを使います。--db-url に jdbc:postgresql:// で始まる URL を指定してください"
                        + " (組み込み H2 は start-dev 用です)");
                return 2;
            }
            String problem = checkDatabase(database);
            if (problem != null) {
                err.println(problem);
                return 2;
            }
            Map<String, Object> props = serverProperties(System::getenv);
            Object keystore = props.get("server.ssl.key-store");
            if (keystore != null
                    && !java.nio.file.Files.isReadable(
                            java.nio.file.Path.of(keystore.toString().substring(5)))) {
                err.println("起動できません: --tls-keystore のファイルを読めません ("
                        + keystore.toString().substring(5) + ")");
                return 2;
            }
            String warning = plainHttpWarning(props);
            if (warning != null) {
                err.println(warning);
                err.flush();
            }
            ConfigurableApplicationContext ctx = boot(database, WebApplicationType.SERVLET, props, "prod");
            announce(ctx, spec.commandLine().getOut());
            return KEEP_RUNNING;
        }
    }
}
