package jp.mamori.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import jp.mamori.testing.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The first administrator is created exactly once: twelve concurrent {@code POST /setup} over HTTP,
 * spread over two application nodes that share one fresh database, with each node's own setup
 * token. Run on PostgreSQL (embedded) and on H2 (one in-memory database shared by both nodes of this
 * JVM). Before the setup claim (V11_1) this created several administrators.
 */
class SetupRaceIT {
    static final int ATTEMPTS = 12;

    @Test
    void twelve_concurrent_setups_on_two_postgresql_nodes_create_one_administrator() throws Exception {
        EmbeddedPostgresServer.Database db = EmbeddedPostgresServer.freshDatabase();
        race(db.url(), db.user(), db.password());
    }

    @Test
    void twelve_concurrent_setups_on_two_h2_nodes_create_one_administrator() throws Exception {
        String url = "jdbc:h2:mem:setup-race-" + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        race(url, "sa", "");
    }

    private static void race(String url, String user, String password) throws Exception {
        try (ConfigurableApplicationContext first = SetupRace.node(url, user, password);
                ConfigurableApplicationContext second = SetupRace.node(url, user, password)) {
            String tokenA = first.getBean(SetupTokens.class).issueIfNoAccounts().orElseThrow();
            String tokenB =
                    second.getBean(SetupTokens.class).issueIfNoAccounts().orElseThrow();
            List<SetupRace.Attempt> attempts = new ArrayList<>();
            for (int i = 0; i < ATTEMPTS; i++) {
                boolean onFirst = i % 2 == 0;
                attempts.add(new SetupRace.Attempt(
                        SetupRace.port(onFirst ? first : second), onFirst ? tokenA : tokenB, "root" + i));
            }
            List<SetupRace.Answer> answers = SetupRace.run(attempts, "a-long-first-secret-4");

            assertThat(answers).filteredOn(SetupRace.Answer::created).hasSize(1);
            // the others are told on the form that the setup is done (no error page, no 500)
            assertThat(answers).filteredOn(a -> !a.created()).allSatisfy(a -> {
                assertThat(a.status()).as(a.attempt().login()).isEqualTo(200);
                assertThat(a.body()).contains("初期設定はすでに完了しています");
            });
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from sec_account")
                            .query(Long.class)
                            .single())
                    .isEqualTo(1L);
            assertThat(jdbc.sql("select count(*) from audit_entry where action = 'account.created'")
                            .query(Long.class)
                            .single())
                    .isEqualTo(1L);
            assertThat(jdbc.sql("select count(*) from sec_setup_token")
                            .query(Long.class)
                            .single())
                    .isZero();
            assertThat(first.getBean(SetupTokens.class).open()).isFalse();
            assertThat(second.getBean(SetupTokens.class).open()).isFalse();
        }
    }
}
