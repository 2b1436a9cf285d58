package jp.mamori.testing;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base class for full-stack tests on a real PostgreSQL: the whole application (random port,
 * MockMvc) on a fresh database of the shared embedded server, migrated by Flyway at start. Each
 * test class gets its own database and context (they are not shared), so keep these few and name
 * them {@code *IT}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"mamori.mode=test", "logging.level.jp.mamori=warn"})
@AutoConfigureMockMvc
@Import({TestClock.Configuration.class, TestContexts.Registration.class})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class PostgresApplicationTest {
    protected static EmbeddedPostgresServer.Database database;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        database = EmbeddedPostgresServer.freshDatabase();
        EmbeddedPostgresServer.Database db = database;
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
    }
}
