package jp.mamori.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import jp.mamori.testing.MamoriSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** On H2: health answers UP without signing in, and every Flyway migration ran. */
@MamoriSpringTest
class HealthTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void health_is_up_and_public() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void every_migration_ran_successfully() throws IOException {
        assertThat(appliedMigrations(jdbc)).isEqualTo(migrationFiles()).isGreaterThanOrEqualTo(3);
    }

    /**
     * Number of versioned migrations in the application: the SQL files, and the Java migrations
     * (Spring beans named {@code V…__…}, such as the audit trail's head seal, which needs the key file).
     */
    public static long migrationFiles() throws IOException {
        var resolver = new PathMatchingResourcePatternResolver();
        return resolver.getResources("classpath*:db/migration/V*.sql").length
                + resolver.getResources("classpath*:jp/mamori/**/V*__*.class").length;
    }

    /** Number of migrations Flyway recorded as applied successfully. */
    public static long appliedMigrations(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from flyway_schema_history where success = true and version is not null")
                .query(Long.class)
                .single();
    }
}
