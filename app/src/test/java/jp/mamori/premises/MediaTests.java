package jp.mamori.premises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Page;
import jp.mamori.testing.Html;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.util.MultiValueMap;

/**
 * The register of removable media and the disposal records: an unencrypted medium is flagged, a
 * medium is issued and checked (missing, then found) by the unit's managers only; a contractor's
 * disposal needs its certificate, marks the medium disposed and is approved by another manager than
 * the recorder; a disposed asset of kind ① without a record is a finding; all audited and exported.
 */
@MamoriSpringTest
class MediaTests {
    static final byte[] PDF = "%PDF-1.4\n% 架空リサイクル 廃棄証明書\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Media media;

    PremisesFixtures fx;
    long unit;
    CurrentUser manager;
    CurrentUser secondManager;
    CurrentUser staff;
    long holder;

    @BeforeEach
    void data() {
        fx = new PremisesFixtures(jdbc);
        unit = fx.unit("媒体試験課");
        manager = fx.manager(unit);
        secondManager = fx.manager(unit);
        holder = fx.person("媒体保有者", unit);
        staff = PremisesFixtures.user(holder, unit);
    }

    String html(MockHttpServletRequestBuilder request) throws Exception {
        return Html.page(mvc, request);
    }

    long register(String label, String encryption) throws Exception {
        String location = mvc.perform(post("/media")
                        .param("label", label)
                        .param("kind", "USB_MEMORY")
                        .param("unitId", Long.toString(unit))
                        .param("encryption", encryption)
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).matches("/media/\\d+");
        return Long.parseLong(location.substring("/media/".length()));
    }

    List<String> actions(String subjectType, String subject) {
        return jdbc.sql("select action from audit_entry where subject_type = :t and subject_id = :s order by seq")
                .param("t", subjectType)
                .param("s", subject)
                .query(String.class)
                .list();
    }

    @Test
    void a_medium_is_registered_issued_and_checked_by_the_units_managers_and_an_unencrypted_one_is_flagged()
            throws Exception {
        String label = PremisesFixtures.unique("USB-");
        String plain = PremisesFixtures.unique("USB-");
        long id = register(label, "ハードウェア暗号化 AES-256");
        long plainId = register(plain, "");
        String list = html(get("/media").param("findings", "true").with(TestUsers.as(manager)));
        assertThat(list).contains("data-medium=\"" + plain + "\"").doesNotContain("data-medium=\"" + label + "\"");
        mvc.perform(get("/api/v1/media/" + plainId).with(TestUsers.as(manager)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.medium.encrypted").value(false))
                .andExpect(jsonPath("$.medium.findings[0]").value("UNENCRYPTED"));

        mvc.perform(post("/media/" + id + "/issue")
                        .param("staffNumber", fx.staffNumber(holder))
                        .with(csrf())
                        .with(TestUsers.as(staff)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/media/" + id + "/issue")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"staffNumber\":\"" + fx.staffNumber(holder) + "\"}")
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.medium.state").value("ISSUED"))
                .andExpect(jsonPath("$.medium.holder").value("媒体保有者"))
                .andExpect(jsonPath("$.medium.issuedOn").value(TestClock.today().toString()))
                .andExpect(jsonPath("$.medium.findings[0]").value("CHECK_OVERDUE"));
        mvc.perform(post("/api/v1/media/" + id + "/issue")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"staffNumber\":\"" + fx.staffNumber(holder) + "\"}")
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().isBadRequest());

        mvc.perform(post("/media/" + id + "/checks")
                        .param("note", "机上に見当たらない")
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/media/" + id).with(TestUsers.as(manager)))
                .andExpect(jsonPath("$.medium.state").value("MISSING"))
                .andExpect(jsonPath("$.medium.findings[0]").value("MISSING"));
        mvc.perform(post("/api/v1/media/" + id + "/checks")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"found\":true,\"note\":\"保有者の引出しで確認\"}")
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.medium.state").value("ISSUED"))
                .andExpect(jsonPath("$.medium.lastCheckedOn")
                        .value(TestClock.today().toString()))
                .andExpect(jsonPath("$.medium.findings").isEmpty())
                .andExpect(jsonPath("$.checks.length()").value(2))
                .andExpect(jsonPath("$.checks[0].found").value(true));
        assertThat(html(get("/media/" + id).with(TestUsers.as(manager)))).contains("媒体保有者", "保有者の引出しで確認", "机上に見当たらない");
        mvc.perform(get("/media/" + id).with(TestUsers.as(PremisesFixtures.user(fx.person("他課", fx.unit("他課")), unit))))
                .andExpect(status().isForbidden());
        assertThat(actions("medium", label))
                .containsExactly("medium.registered", "medium.issued", "medium.checked", "medium.checked");
    }

    MockMultipartFile certificate(byte[] content, String name) {
        return new MockMultipartFile("certificate", name, "application/pdf", content);
    }

    @Test
    void a_contractors_disposal_needs_its_certificate_marks_the_medium_disposed_and_another_manager_approves_it()
            throws Exception {
        String label = PremisesFixtures.unique("HDD-");
        long mediumId = register(label, "BitLocker");
        String noCertificate = mvc.perform(multipart("/disposals")
                        .param("mediumLabel", label)
                        .param("method", "PHYSICAL_DESTRUCTION")
                        .param("contractor", "架空リサイクル株式会社")
                        .param("witness", "課長 試験")
                        .param("disposedOn", TestClock.today().toString())
                        .with(csrf())
                        .with(TestUsers.as(manager))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(noCertificate).contains("委託先が行った廃棄には廃棄証明書を添付してください");
        mvc.perform(multipart("/api/v1/disposals")
                        .file(certificate("not a pdf".getBytes(StandardCharsets.UTF_8), "証明書.pdf"))
                        .param("mediumLabel", label)
                        .param("method", "PHYSICAL_DESTRUCTION")
                        .param("contractor", "架空リサイクル株式会社")
                        .param("witness", "課長 試験")
                        .param("disposedOn", TestClock.today().toString())
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from prm_disposal where medium_id = :m")
                        .param("m", mediumId)
                        .query(Long.class)
                        .single())
                .isZero();

        String location = mvc.perform(multipart("/disposals")
                        .file(certificate(PDF, "廃棄証明書.pdf"))
                        .param("mediumLabel", label)
                        .param("method", "PHYSICAL_DESTRUCTION")
                        .param("contractor", "架空リサイクル株式会社")
                        .param("witness", "課長 試験")
                        .param("disposedOn", TestClock.today().toString())
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).matches("/disposals/\\d+");
        String id = location.substring("/disposals/".length());
        // recorded, not yet approved: the medium is not disposed of yet
        mvc.perform(get("/api/v1/media/" + mediumId).with(TestUsers.as(manager)))
                .andExpect(jsonPath("$.medium.state").value("IN_STOCK"));
        mvc.perform(get("/api/v1/disposals/" + id + "/certificate").with(TestUsers.as(manager)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(result ->
                        assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(PDF));
        mvc.perform(get("/api/v1/disposals/" + id).with(TestUsers.as(manager)))
                .andExpect(jsonPath("$.medium").value(label))
                .andExpect(jsonPath("$.method").value("PHYSICAL_DESTRUCTION"))
                .andExpect(jsonPath("$.certificate").value("/api/v1/disposals/" + id + "/certificate"))
                .andExpect(jsonPath("$.approved").value(false));

        mvc.perform(post("/api/v1/disposals/" + id + "/approve").with(csrf()).with(TestUsers.as(manager)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/disposals/" + id + "/approve").with(csrf()).with(TestUsers.as(staff)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/disposals/" + id + "/approve").with(csrf()).with(TestUsers.as(secondManager)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/disposals/" + id).with(TestUsers.as(manager)))
                .andExpect(jsonPath("$.approved").value(true))
                .andExpect(jsonPath("$.approvedBy").value(secondManager.login()));
        mvc.perform(get("/api/v1/media/" + mediumId).with(TestUsers.as(manager)))
                .andExpect(jsonPath("$.medium.state").value("DISPOSED"));
        assertThat(actions("media-disposal", id)).containsExactly("media-disposal.recorded", "media-disposal.approved");

        byte[] xlsx = mvc.perform(get("/media/export.xlsx").with(TestUsers.as(manager)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(sheetText(book, "廃棄")).contains(label, "架空リサイクル株式会社", "廃棄証明書.pdf", secondManager.login());
            assertThat(sheetText(book, "記録媒体")).contains(label, "廃棄済");
        }
    }

    @Test
    void a_second_disposal_record_of_a_medium_waiting_for_approval_is_refused() throws Exception {
        secondDisposalOfAPendingMediumIsRefused(mvc, jdbc, media);
    }

    /**
     * While a medium's disposal record waits for approval, another record naming the medium is refused
     * on the page and by the API, the medium named in the message, and nothing is written; once the
     * first is approved the medium is disposed of. Shared with {@code PremisesPostgresIT}.
     */
    static void secondDisposalOfAPendingMediumIsRefused(MockMvc mvc, JdbcClient jdbc, Media media) throws Exception {
        PremisesFixtures fx = new PremisesFixtures(jdbc);
        long unit = fx.unit("廃棄重複試験課");
        CurrentUser recorder = fx.manager(unit);
        String label = PremisesFixtures.unique("USB-");
        Media.DisposalDraft draft = new Media.DisposalDraft(
                null, label, "", MediaDisposal.Method.PHYSICAL_DESTRUCTION, "係員 試験", null, "係長 試験", TestClock.today());
        long[] first = new long[1];
        TestUsers.runAs(recorder, () -> {
            media.register(label, Medium.Kind.USB_MEMORY, unit, "");
            first[0] = media.recordDisposal(draft, null).id();
        });
        String refused = "記録媒体 " + label + " には承認待ちの廃棄記録 #" + first[0] + " があります。";
        MultiValueMap<String, String> second = MultiValueMap.fromSingleValue(Map.of(
                "mediumLabel", label,
                "method", "DEGAUSSING",
                "carriedOutBy", "係員 二重",
                "witness", "係長 二重",
                "disposedOn", TestClock.today().toString()));
        java.util.function.Function<String, MockMultipartHttpServletRequestBuilder> again =
                path -> multipart(path).params(second).with(csrf()).with(TestUsers.as(recorder));

        mvc.perform(again.apply("/api/v1/disposals"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("mediumLabel"))
                .andExpect(jsonPath("$.errors[0].message").value(startsWith(refused)));
        mvc.perform(again.apply("/disposals").accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(refused)));
        TestUsers.runAs(
                recorder,
                () -> assertThat(media.disposals(0, Page.MAX_SIZE).items())
                        .filteredOn(l -> l.mediumLabel().equals(label))
                        .extracting(l -> l.disposal().id())
                        .containsExactly(first[0]));

        mvc.perform(post("/api/v1/disposals/" + first[0] + "/approve")
                        .with(csrf())
                        .with(TestUsers.as(fx.manager(unit))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.approved").value(true));
        mvc.perform(again.apply("/api/v1/disposals"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("この記録媒体は廃棄済みです。"));
    }

    static String sheetText(XSSFWorkbook book, String sheet) {
        StringBuilder text = new StringBuilder();
        var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
        book.getSheet(sheet)
                .forEach(row -> row.forEach(
                        cell -> text.append(formatter.formatCellValue(cell)).append('|')));
        return text.toString();
    }

    @Test
    void a_disposed_equipment_asset_without_a_disposal_record_is_a_finding_until_one_is_recorded() throws Exception {
        String server = fx.assets.systemAsset("旧ファイルサーバ", unit);
        mvc.perform(post("/api/v1/assets/" + server + "/disposal")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"" + TestClock.today() + "\",\"method\":\"委託業者による破砕\","
                                + "\"carriedOutBy\":\"架空リサイクル株式会社\"}")
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/assets/" + server + "/disposal/approval")
                        .with(csrf())
                        .with(TestUsers.as(secondManager)))
                .andExpect(status().isOk());
        assertThat(html(get("/disposals").with(TestUsers.as(manager))))
                .contains("data-asset=\"" + server + "\"", "data-rule=\"DISPOSED_WITHOUT_RECORD\"");
        mvc.perform(get("/api/v1/disposals/missing").with(TestUsers.auditor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.assetNumber == '" + server + "')]").exists());

        mvc.perform(multipart("/api/v1/disposals")
                        .param("assetNumber", server)
                        .param("method", "DEGAUSSING")
                        .param("carriedOutBy", "情報政策係 試験")
                        .param("witness", "課長 試験")
                        .param("disposedOn", TestClock.today().toString())
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.assetNumber").value(server))
                .andExpect(jsonPath("$.assetDisposedInRegister").value(true))
                .andExpect(jsonPath("$.certificate").doesNotExist());
        assertThat(html(get("/disposals").with(TestUsers.as(manager)))).doesNotContain("data-asset=\"" + server + "\"");
        mvc.perform(get("/api/v1/disposals/missing").with(TestUsers.auditor()))
                .andExpect(jsonPath("$[?(@.assetNumber == '" + server + "')]").doesNotExist());
        mvc.perform(multipart("/api/v1/disposals")
                        .param("assetNumber", server)
                        .param("method", "DEGAUSSING")
                        .param("carriedOutBy", "試験")
                        .param("witness", "試験")
                        .param("disposedOn", TestClock.today().plusDays(1).toString())
                        .with(csrf())
                        .with(TestUsers.as(staff)))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_list_pages_with_the_shared_pager_and_keeps_its_filter() throws Exception {
        String prefix = PremisesFixtures.unique("PG-");
        for (int i = 0; i < 51; i++) {
            mvc.perform(post("/api/v1/media")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(
                                    "{\"label\":\"%s-%02d\",\"kind\":\"MEMORY_CARD\",\"unitId\":%d,\"encryption\":\"\"}"
                                            .formatted(prefix, i, unit))
                            .with(csrf())
                            .with(TestUsers.as(manager)))
                    .andExpect(status().isCreated());
        }
        String first = html(get("/media?findings=true").with(TestUsers.as(manager)));
        assertThat(first).contains("/media?findings=true&amp;page=1", "1 / 2");
        String second = html(get("/media?findings=true&page=1").with(TestUsers.as(manager)));
        assertThat(second).contains("data-medium=\"" + prefix + "-50\"", "/media?findings=true&amp;page=0");
    }

    @Test
    void staff_without_rights_may_not_open_the_registers() throws Exception {
        mvc.perform(get("/media").with(TestUsers.as(staff))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/disposals").with(TestUsers.as(staff))).andExpect(status().isForbidden());
        mvc.perform(post("/media")
                        .param("label", "X")
                        .param("kind", "USB_MEMORY")
                        .param("unitId", Long.toString(unit))
                        .with(csrf())
                        .with(TestUsers.as(staff)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/media").with(TestUsers.auditor())).andExpect(status().isOk());
    }
}
