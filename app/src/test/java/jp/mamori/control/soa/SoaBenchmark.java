package jp.mamori.control.soa;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Timing of the statement of applicability with 50 units × the shipped catalogue (issue 13: a page
 * computed and paged in under 300 ms p95, the export under 5 s). Not part of the test run (the name
 * matches no surefire pattern); run it with {@code scripts/bench-soa.sh}, which first checks that the
 * machine is quiet. Prints one line per figure and writes them to app/target/soa-benchmark.txt.
 */
@MamoriSpringTest
class SoaBenchmark {
    static final int UNITS = Integer.getInteger("soa.units", 50);
    static final int REQUESTS = Integer.getInteger("soa.requests", 300);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SoaExport export;

    long unit(String name, Long parent) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into org_unit (code, name, parent_id, created_at, updated_at) values (:c, :n, :p, :t, :t)")
                .param("c", "SB" + System.nanoTime() % 1_000_000_000L)
                .param("n", name)
                .param("p", parent)
                .param("t", OffsetDateTime.now(ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void asset(long unitId, int n, String kind, String zone, int confidentiality, boolean personal) {
        jdbc.sql("""
                        insert into ast_asset (asset_number, name, kind, description, owner_unit_id, custodian, asset_users,
                            location, form, zone_code, scheme, confidentiality, confidentiality_rank, integrity,
                            availability, personal_info, sensitive_personal_info, specific_personal_info, retention,
                            status, note, created_at, created_by, updated_at, updated_by)
                        values (:n, '計測用の資産', :kind, '', :unit, '', '', '', 'ELECTRONIC', :zone, 'R5-03', :c, :c,
                            '2', '2', :p, false, false, '', 'IN_USE', '', :now, 'bench', :now, 'bench')
                        """)
                .param("n", "IA-SB" + unitId + "-" + n)
                .param("kind", kind)
                .param("unit", unitId)
                .param("zone", zone)
                .param("c", confidentiality)
                .param("p", personal)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    @Test
    void measure() throws Exception {
        long top = unit("計測本部", null);
        List<String> codes = new ArrayList<>();
        for (int u = 1; u < UNITS; u++) {
            long id = unit("計測課" + u, top);
            asset(id, 1, "INFORMATION", "LGWAN", 3, true);
            asset(id, 2, "NETWORK_SYSTEM_MEDIA", u % 2 == 0 ? "MYNUMBER" : "INTERNET", 2, false);
            asset(id, 3, "SYSTEM_DOCUMENT", "LGWAN", 1, false);
            codes.add(jdbc.sql("select code from org_unit where id = :id")
                    .param("id", id)
                    .query(String.class)
                    .single());
        }
        for (int i = 0; i < 50; i++) {
            page(codes.get(i % codes.size()), i % 3);
        }
        long[] times = new long[REQUESTS];
        for (int i = 0; i < REQUESTS; i++) {
            long t0 = System.nanoTime();
            page(codes.get(i % codes.size()), i % 3);
            times[i] = System.nanoTime() - t0;
        }
        java.util.Arrays.sort(times);
        long e0 = System.nanoTime();
        SoaExport.Statement all = export.forCommand(null, null);
        byte[] workbook = export.workbook(all, Locale.JAPANESE);
        long e1 = System.nanoTime();
        List<String> lines = List.of(
                "units: " + UNITS + ", measures in force: 237 (adopted, unit or body level), requests: " + REQUESTS,
                String.format(
                        Locale.ROOT,
                        "GET /api/v1/soa page of 50: p50 %.1f ms, p95 %.1f ms, max %.1f ms",
                        times[REQUESTS / 2] / 1e6,
                        times[(int) (REQUESTS * 0.95)] / 1e6,
                        times[REQUESTS - 1] / 1e6),
                String.format(
                        Locale.ROOT,
                        "export of every unit: %d rows, %d bytes, %.2f s",
                        all.rows().size(),
                        workbook.length,
                        (e1 - e0) / 1e9));
        lines.forEach(System.out::println);
        Files.write(Path.of("target", "soa-benchmark.txt"), lines);
    }

    void page(String code, int page) throws Exception {
        mvc.perform(get("/api/v1/soa")
                        .param("unit", code)
                        .param("page", Integer.toString(page))
                        .param("size", "50")
                        .with(TestUsers.ciso()))
                .andReturn();
    }
}
