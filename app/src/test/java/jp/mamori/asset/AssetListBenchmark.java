package jp.mamori.asset;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.mamori.testing.DatabaseBenchmark;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The asset list on H2 or PostgreSQL ({@link DatabaseBenchmark}): fills the register up to
 * {@code bench.assets} assets (20,000; what other benchmarks of the run created counts), spread over 20
 * units, every zone, kind and level, one in 25 disposed (inserted straight into the table: a read
 * benchmark, no history or audit rows), then times the list page ({@code /assets}, HTML, page of 50) and
 * the API list ({@code /api/v1/assets}) in-process with MockMvc as a body-wide auditor: p50, p95 and max
 * of {@code bench.requests} (200) requests after {@code bench.warmup} (30), and the CPU time of the
 * calling thread per request (the whole request on H2; without the database server's work on
 * PostgreSQL).
 */
class AssetListBenchmark extends DatabaseBenchmark {
    static final int ASSETS = Integer.getInteger("bench.assets", 20_000);
    static final int REQUESTS = Integer.getInteger("bench.requests", 200);
    static final int WARMUP = Integer.getInteger("bench.warmup", 30);
    static final String NAME = "asset list";
    private static final Pattern COUNT = Pattern.compile("id=\"asset-count\">([^<]*)<");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate template;

    @Test
    void list_page_and_api_list() throws Exception {
        int before =
                jdbc.sql("select count(*) from ast_asset").query(Integer.class).single();
        long t0 = System.nanoTime();
        int added = fill(ASSETS - before);
        long t1 = System.nanoTime();
        figure(
                NAME,
                "assets in the register (inserted by this benchmark, batch insert time)",
                "%,d (%,d, %s)".formatted(before + added, added, seconds(t1 - t0)));
        String[][] scenarios = {
            {"list page /assets, no filter", "/assets", "html"},
            {"list page /assets, zone LGWAN", "/assets?zone=LGWAN", "html"},
            {"list page /assets, text 台帳", "/assets?q=台帳", "html"},
            {"list page /assets, class order, page 40", "/assets?sort=CLASS&page=40", "html"},
            {"API /api/v1/assets, no filter", "/api/v1/assets?size=50", "json"},
            {"API /api/v1/assets, zone LGWAN", "/api/v1/assets?zone=LGWAN&size=50", "json"}
        };
        MvcResult first = request("/assets", "html");
        Matcher shown = COUNT.matcher(first.getResponse().getContentAsString());
        figure(NAME, "list page shows", shown.find() ? shown.group(1).strip() : "(count not found)");
        for (String[] s : scenarios) {
            for (int i = 0; i < WARMUP; i++) {
                request(s[1], s[2]);
            }
        }
        for (String[] s : scenarios) {
            long[] times = new long[REQUESTS];
            long c0 = cpu();
            for (int i = 0; i < REQUESTS; i++) {
                long r0 = System.nanoTime();
                request(s[1], s[2]);
                times[i] = System.nanoTime() - r0;
            }
            double cpuMs = (cpu() - c0) / 1e6 / REQUESTS;
            figure(NAME, s[0], "%s; CPU %.1f ms/request".formatted(new Timings(times), cpuMs));
        }
        figure(NAME, "load average (1 min) at the end", load());
    }

    private MvcResult request(String path, String kind) throws Exception {
        MvcResult result = mvc.perform(get(path)
                        .accept(kind.equals("html") ? MediaType.TEXT_HTML : MediaType.APPLICATION_JSON)
                        .with(TestUsers.auditor()))
                .andReturn();
        if (result.getResponse().getStatus() != 200) {
            throw new AssertionError(path + " answered " + result.getResponse().getStatus());
        }
        return result;
    }

    private static final String[] KINDS = {"NETWORK_SYSTEM_MEDIA", "INFORMATION", "SYSTEM_DOCUMENT"};
    private static final String[] FORMS = {"ELECTRONIC", "PAPER", "BOTH"};
    private static final String[] ZONES = {"MYNUMBER", "LGWAN", "INTERNET", "NONE"};
    private static final String[] WORDS = {"名簿", "申請書", "台帳", "システム", "端末", "仕様書", "ネットワーク図", "記録", "帳票", "媒体"};

    /** Inserts that many assets (none when not positive) in 20 new units; returns how many. */
    private int fill(int count) {
        if (count <= 0) {
            return 0;
        }
        AssetFixtures fx = new AssetFixtures(jdbc);
        long top = fx.unit(AssetFixtures.unique("一覧計測部"), null);
        List<Long> units = new ArrayList<>();
        for (int u = 0; u < 20; u++) {
            units.add(fx.unit(AssetFixtures.unique("一覧計測課" + u + "-"), top));
        }
        String prefix = "IA-L" + (System.nanoTime() % 1000);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        LocalDate today = TestClock.today();
        List<Object[]> rows = new ArrayList<>();
        for (int x = 1; x <= count; x++) {
            int c = x % 3 + 1;
            rows.add(new Object[] {
                "%s-%06d".formatted(prefix, x),
                "試験" + WORDS[x % 10] + x,
                KINDS[x % 3],
                "性能測定用の架空の資産",
                units.get(x % units.size()),
                "係員",
                "課員",
                "書庫" + (x % 40),
                FORMS[x % 3],
                ZONES[x % 4],
                Integer.toString(c),
                c,
                Integer.toString(x % 2 + 1),
                Integer.toString((x / 2) % 2 + 1),
                x % 2 == 0,
                x % 7 == 0,
                x % 11 == 0,
                x,
                today.plusDays(x % 900 - 300),
                x % 25 == 0 ? "DISPOSED" : "IN_USE",
                now,
                now
            });
            if (rows.size() == 1_000 || x == count) {
                template.batchUpdate("""
                        insert into ast_asset (asset_number, name, kind, description, owner_unit_id, custodian, asset_users,
                            location, form, zone_code, scheme, confidentiality, confidentiality_rank, integrity,
                            availability, personal_info, sensitive_personal_info, specific_personal_info, record_count,
                            retention, next_review, status, note, created_at, created_by, updated_at, updated_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'R5-03', ?, ?, ?, ?, ?, ?, ?, ?, '5年', ?, ?, '', ?, 'bench',
                            ?, 'bench')
                        """, rows);
                rows.clear();
            }
        }
        return count;
    }
}
