package jp.mamori.incident;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * start-dev: the fictional 架空市職員共済組合 states its regime (行政機関等, as a sample decision), so
 * the sample shows the rules of 第68条 without anyone choosing first. Nothing is stored when the
 * setting {@code mamori.incident.regime} is given or a choice exists already.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "mamori.mode", havingValue = "dev")
@ConditionalOnWebApplication
class SampleRegimeSeeder implements ApplicationRunner {
    static final String REASON = "見本：架空市職員共済組合は、根拠法令を確認した結果として行政機関等の規則で報告する（架空の判断）";

    private final JdbcClient jdbc;
    private final IncidentSettings settings;
    private final Clock clock;

    SampleRegimeSeeder(JdbcClient jdbc, IncidentSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (settings.regime() != null) {
            return;
        }
        long stored = jdbc.sql("select count(*) from inc_regime_choice")
                .query(Long.class)
                .single();
        if (stored > 0) {
            return;
        }
        jdbc.sql("""
                        insert into inc_regime_choice (seq, regime, chosen_by, chosen_at, reason)
                        values (1, 'PUBLIC_BODY', 'start-dev', :at, :reason)""")
                .param("at", OffsetDateTime.now(clock))
                .param("reason", REASON)
                .update();
    }
}
