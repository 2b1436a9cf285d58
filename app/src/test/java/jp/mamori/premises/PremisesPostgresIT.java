package jp.mamori.premises;

import jp.mamori.testing.PostgresApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The premises tables ({@code prm_*}) on a real PostgreSQL: the medium's row is locked while a disposal
 * record is checked ({@code select … for update}), and a second record of a medium whose first waits
 * for approval is refused as on H2.
 */
class PremisesPostgresIT extends PostgresApplicationTest {
    @Test
    void a_second_disposal_record_of_a_medium_waiting_for_approval_is_refused_on_postgresql(
            @Autowired MockMvc mvc, @Autowired JdbcClient jdbc, @Autowired Media media) throws Exception {
        MediaTests.secondDisposalOfAPendingMediumIsRefused(mvc, jdbc, media);
    }
}
