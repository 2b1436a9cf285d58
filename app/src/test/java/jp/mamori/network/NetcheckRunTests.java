package jp.mamori.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.Role;
import jp.mamori.system.SystemDraft;
import jp.mamori.system.SystemFixtures;
import jp.mamori.system.SystemZone;
import jp.mamori.system.Systems;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * netcheck runs through the API: a FortiGate configuration of a system's firewall is checked in the
 * background against the approved zone model, stored with the file's SHA-256 and the model version;
 * the next configuration of the same device is compared with it (the My Number → Internet permit
 * added in between is a new finding); the system's 管理者 is notified; bad uploads are refused.
 */
@MamoriSpringTest
class NetcheckRunTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ZoneModels models;

    @Autowired
    NetcheckRuns runs;

    @Autowired
    Systems systems;

    CurrentUser manager;
    long adminPerson;
    String systemNumber;
    ZoneVersion model;

    @BeforeEach
    void data() {
        NetworkTestData.reset(jdbc);
        SystemFixtures fx = new SystemFixtures(jdbc);
        long unit = fx.unit("情報政策課", null);
        manager = fx.manager(unit);
        adminPerson = fx.person(unit, "管理 三郎", null);
        fx.grant(adminPerson, Role.SYSTEM_ADMINISTRATOR, unit);
        String admin = fx.staffNumber(adminPerson);
        systemNumber = fx.asset(unit, "庁内ネットワーク", "NETWORK_SYSTEM_MEDIA", "LGWAN", 2, false);
        TestUsers.runAs(
                manager,
                () -> systems.register(new SystemDraft(
                        systemNumber,
                        "三層分離の基幹ネットワーク",
                        SystemZone.LGWAN,
                        false,
                        "",
                        8,
                        "設定を毎日保存",
                        List.of(admin),
                        List.of(),
                        List.of(),
                        null)));
        model = NetworkTestData.approvedSample(models);
    }

    MockMultipartHttpServletRequestBuilder upload(String resource, String kind) {
        return multipart("/api/v1/netcheck/runs")
                .file(new MockMultipartFile(
                        "file",
                        resource,
                        "text/plain",
                        NetworkTestData.resource(resource).getBytes(StandardCharsets.UTF_8)));
    }

    long start(String resource) throws Exception {
        String location = mvc.perform(upload(resource, "fortigate")
                        .param("kind", "fortigate")
                        .param("system", systemNumber)
                        .with(TestUsers.as(manager)))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/netcheck/runs/")))
                .andExpect(jsonPath("$.sha256").value(sha256(NetworkTestData.resource(resource))))
                .andExpect(jsonPath("$.modelVersion").value(model.number()))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        return awaitFinished(id);
    }

    long awaitFinished(long id) throws InterruptedException {
        for (int i = 0; i < 600 && !runs.get(id).state().finished(); i++) {
            Thread.sleep(100);
        }
        assertThat(runs.get(id).state().finished()).as("run %d finished", id).isTrue();
        return id;
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    JsonNode read(long id) throws Exception {
        String body = mvc.perform(get("/api/v1/netcheck/runs/" + id).with(TestUsers.as(manager)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return JsonMapper.shared().readTree(body);
    }

    @Test
    void a_configuration_is_checked_stored_and_compared_with_the_devices_previous_run() throws Exception {
        long first = start("fgt-midori-before.conf");
        NetcheckRun before = runs.get(first);
        assertThat(before.state()).isEqualTo(NetcheckRun.State.DONE);
        assertThat(before.device()).isEqualTo("FGT-MIDORI-01");
        assertThat(before.previousRunId()).isNull();

        long second = start("fgt-midori-after.conf");
        NetcheckRun after = runs.get(second);
        assertThat(after.state()).isEqualTo(NetcheckRun.State.DONE);
        assertThat(after.previousRunId()).isEqualTo(first);
        assertThat(after.newFindings()).isPositive();

        JsonNode json = read(second);
        List<String> keys = new java.util.ArrayList<>();
        json.propertyNames().forEach(keys::add);
        assertThat(keys).containsExactly("summary", "findings", "unsupported", "run");
        assertThat(json.get("summary").get("violations").asInt()).isEqualTo(after.violations());
        assertThat(json.get("findings").get(0).has("example")).isTrue();
        assertThat(json.get("run").get("sha256").asString())
                .isEqualTo(sha256(NetworkTestData.resource("fgt-midori-after.conf")));
        assertThat(json.get("run").get("previousRun").asLong()).isEqualTo(first);
        JsonNode added = json.get("run").get("new");
        assertThat(added.size()).isEqualTo(after.newFindings());
        boolean myNumberToInternet = false;
        for (JsonNode f : added) {
            if (f.get("kind").asString().equals("VIOLATION")
                    && f.get("rule").asString().equals("7")
                    && f.get("from").asString().equals("mynumber")) {
                myNumberToInternet = true;
                assertThat(f.get("example").get("src").asString()).startsWith("10.10.8.");
            }
        }
        assertThat(myNumberToInternet)
                .as("policy 7 (My Number → Internet) is a new violation")
                .isTrue();

        // the system's 管理者 got a notice for each run
        assertThat(jdbc.sql("select count(*) from ntf_notice where person_id = :p and topic = 'netcheck.run.finished'")
                        .param("p", adminPerson)
                        .query(Long.class)
                        .single())
                .isEqualTo(2L);
        assertThat(jdbc.sql(
                                "select action from audit_entry where subject_type = 'netcheck-run' and subject_id = :id order by seq")
                        .param("id", String.valueOf(second))
                        .query(String.class)
                        .list())
                .containsExactly("netcheck-run.started", "netcheck-run.finished");

        // the page shows the comparison
        String page = mvc.perform(get("/netcheck/runs/" + second).with(TestUsers.as(manager)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"new-findings\"", "data-rule=\"7\"", "前回の検査 #" + first);
    }

    @Test
    void a_file_in_no_known_format_fails_with_its_reason() throws Exception {
        String location = mvc.perform(multipart("/api/v1/netcheck/runs")
                        .file(new MockMultipartFile(
                                "file", "notes.txt", "text/plain", "これは設定ではありません\n".getBytes(StandardCharsets.UTF_8)))
                        .param("kind", "fortigate")
                        .param("system", systemNumber)
                        .with(TestUsers.as(manager)))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        awaitFinished(id);
        NetcheckRun run = runs.get(id);
        assertThat(run.state()).isEqualTo(NetcheckRun.State.FAILED);
        assertThat(run.failure()).contains("notes.txt", "読める行が 1 行もありません");
    }

    @Test
    void bad_uploads_are_refused_naming_the_field() throws Exception {
        mvc.perform(upload("fgt-midori-after.conf", "")
                        .param("system", systemNumber)
                        .with(TestUsers.as(manager)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        mvc.perform(upload("fgt-midori-after.conf", "")
                        .param("kind", "fortigate")
                        .param("system", "IA-NONE")
                        .with(TestUsers.as(manager)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("system"));
        mvc.perform(upload("fgt-midori-after.conf", "")
                        .param("kind", "fortigate")
                        .with(TestUsers.staff()))
                .andExpect(status().isForbidden());
        // a manager of another unit's system may not upload without naming a system they manage
        mvc.perform(upload("fgt-midori-after.conf", "")
                        .param("kind", "fortigate")
                        .with(TestUsers.as(manager)))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from net_check_run")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void an_upload_over_the_limit_is_refused_while_it_streams() {
        long limit = runs.maxBytes();
        InputStream endless = new InputStream() {
            long sent;

            @Override
            public int read() {
                return sent++ <= limit ? 'a' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (sent > limit) {
                    return -1;
                }
                int n = (int) Math.min(len, limit + 1 - sent);
                java.util.Arrays.fill(b, off, off + n, (byte) 'a');
                sent += n;
                return n;
            }
        };
        TestUsers.runAs(
                manager,
                () -> assertThatThrownBy(() -> runs.start(
                                new NetcheckRuns.Upload("big.log", InputKind.FLOWS_CSV, "fw", systemNumber), endless))
                        .isInstanceOfSatisfying(
                                InvalidInputException.class,
                                e -> assertThat(e.problems())
                                        .singleElement()
                                        .satisfies(p ->
                                                assertThat(p.messageKey()).isEqualTo("network.run.error.tooLarge"))));
        assertThat(jdbc.sql("select count(*) from net_check_run")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    long queuedRun(java.time.OffsetDateTime createdAt) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into net_check_run (device, kind, file_name, file_sha256, file_size, model_version, state,
                            progress, created_by, created_at)
                        values ('fw-stale', 'FORTIGATE', 'fw.conf', :h, 10, 1, 'RUNNING', 40, 'test', :t)
                        """).param("h", "0".repeat(64)).param("t", createdAt).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    @Test
    void a_run_left_running_by_a_stopped_server_is_marked_failed_after_an_hour() {
        java.time.OffsetDateTime now = java.time.OffsetDateTime.ofInstant(
                jp.mamori.testing.TestClock.INSTANCE.instant(), java.time.ZoneOffset.UTC);
        long stale = queuedRun(now.minusHours(2));
        long live = queuedRun(now.minusMinutes(5));
        runs.failStale();
        assertThat(runs.get(stale).state()).isEqualTo(NetcheckRun.State.FAILED);
        assertThat(runs.get(stale).failure()).contains("中断");
        assertThat(runs.get(live).state()).isEqualTo(NetcheckRun.State.RUNNING);
    }

    @Test
    void a_flow_log_is_read_as_a_stream_and_its_forbidden_flow_reported() throws Exception {
        String log = "time,src,dst,proto,src_port,dst_port,bytes,packets,action,device,rule\n"
                + "2026-11-20T09:03:00+09:00,10.10.2.30,10.30.9.80,tcp,52311,80,7200,13,permit,fw-core,45\n"
                + "2026-11-20T09:04:00+09:00,10.20.2.30,10.20.9.80,tcp,52312,443,7200,13,permit,fw-core,46\n";
        String location = mvc.perform(multipart("/api/v1/netcheck/runs")
                        .file(new MockMultipartFile(
                                "file", "flows.csv", "text/csv", log.getBytes(StandardCharsets.UTF_8)))
                        .param("kind", "flows-csv")
                        .param("device", "fw-core")
                        .param("system", systemNumber)
                        .with(TestUsers.as(manager)))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.kind").value("flows-csv"))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        long id = awaitFinished(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
        NetcheckRun run = runs.get(id);
        assertThat(run.state()).isEqualTo(NetcheckRun.State.DONE);
        JsonNode json = read(id);
        assertThat(json.get("summary").get("linesRead").asLong()).isEqualTo(2);
        assertThat(json.get("findings").get(0).get("kind").asString()).isEqualTo("FLOW_VIOLATION");
        assertThat(json.get("findings").get(0).get("from").asString()).isEqualTo("mynumber");
        assertThat(json.get("run").get("device").asString()).isEqualTo("fw-core");
    }
}
