package jp.mamori.testing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The application context behind a test's {@link JdbcClient}, so that a module's test data (for
 * instance {@code OrganizationTestData}) can reach that module's services in the right application —
 * the shared H2 one or a PostgreSQL test's own — from the {@code JdbcClient} a test already holds.
 * Registered by {@link MamoriSpringTest} and {@link PostgresApplicationTest}.
 */
public final class TestContexts {
    private static final Map<JdbcClient, ApplicationContext> CONTEXTS = new ConcurrentHashMap<>();

    private TestContexts() {}

    /** The application whose database that client reads and writes. */
    public static ApplicationContext of(JdbcClient jdbc) {
        ApplicationContext context = CONTEXTS.get(jdbc);
        if (context == null) {
            throw new IllegalStateException("no test application context holds this JdbcClient");
        }
        return context;
    }

    /**
     * One key for every test application of the JVM: the applications that share the in-memory
     * database (the shared one and the mail tests') seal the audit chain's head and encrypt TOTP
     * secrets with the same key, as the nodes of one installation do, so entries one appends the other
     * verifies.
     */
    private static final byte[] KEY = new byte[32];

    static {
        new java.security.SecureRandom().nextBytes(KEY);
    }

    /** Notes the context under its JdbcClient once every bean is ready; gives it the JVM's one key. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Registration {
        @Bean
        @org.springframework.context.annotation.Primary
        jp.mamori.shared.KeyFile testKeyFile() {
            return new jp.mamori.shared.KeyFile(KEY);
        }

        @Bean
        SmartInitializingSingleton testContextRegistration(ApplicationContext context, JdbcClient jdbc) {
            return () -> CONTEXTS.put(jdbc, context);
        }
    }
}
