package jp.mamori.premises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The area register and the entry log: a unit's manager registers a server room with the asset
 * located there, permits one person and one role, records stays; a visitor without escort, an
 * entry without permit and a stay never closed are findings; card-reader CSV imports are all or
 * nothing with errors by line; every change is audited; others are refused.
 */
@MamoriSpringTest
class AreaPagesTests {
    static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    PremisesFixtures fx;
    long unit;
    CurrentUser manager;
    long allowed;
    long admin;
    long stranger;
    String server;

    @BeforeEach
    void data() {
        fx = new PremisesFixtures(jdbc);
        unit = fx.unit("情報政策課");
        manager = fx.manager(unit);
        allowed = fx.person("許可一郎", unit);
        admin = fx.personWith("管理二郎", unit, Role.SYSTEM_ADMINISTRATOR);
        stranger = fx.person("無許可三郎", unit);
        server = fx.assets.informationAsset("基幹系サーバ", unit, "2");
    }

    String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    long register(String code) throws Exception {
        String location = mvc.perform(post("/areas")
                        .param("code", code)
                        .param("name", "サーバ室")
                        .param("level", "RESTRICTED")
                        .param("unitId", Long.toString(unit))
                        .param("description", "本庁舎3階")
                        .param("assets", server)
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).matches("/areas/\\d+");
        long id = Long.parseLong(location.substring("/areas/".length()));
        permit(id, "staffNumber", fx.staffNumber(allowed));
        permit(id, "role", "SYSTEM_ADMINISTRATOR");
        return id;
    }

    void permit(long id, String param, String value) throws Exception {
        mvc.perform(post("/areas/" + id + "/permits")
                        .param(param, value)
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().is3xxRedirection());
    }

    void entry(long id, String... params) throws Exception {
        var request = post("/areas/" + id + "/entries").with(csrf()).with(TestUsers.as(manager));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    @Test
    void
            stays_of_permitted_people_are_clean_and_a_visitor_without_escort_an_unpermitted_entry_and_an_open_stay_are_findings()
                    throws Exception {
        String code = PremisesFixtures.unique("SR");
        long id = register(code);
        String yesterday = TestClock.today().minusDays(1).atTime(9, 0).toString();
        entry(id, "staffNumber", fx.staffNumber(allowed));
        entry(id, "staffNumber", fx.staffNumber(admin));
        entry(id, "visitorName", "来訪花子", "company", "架空保守株式会社", "purpose", "機器保守");
        entry(id, "visitorName", "同行次郎", "company", "架空保守株式会社", "escortStaffNumber", fx.staffNumber(allowed));
        entry(id, "staffNumber", fx.staffNumber(stranger), "enteredAt", yesterday);

        String page = html(get("/areas/" + id).with(TestUsers.as(manager)));
        assertThat(page).contains("基幹系サーバ", "許可一郎", "情報システム管理者", "重要管理区域");
        assertThat(row(page, "許可一郎")).doesNotContain("data-rule");
        assertThat(row(page, "管理二郎")).doesNotContain("data-rule");
        assertThat(row(page, "来訪花子")).contains("data-rule=\"VISITOR_WITHOUT_ESCORT\"");
        assertThat(row(page, "同行次郎")).doesNotContain("data-rule");
        assertThat(row(page, "無許可三郎")).contains("data-rule=\"NOT_AUTHORISED\"", "data-rule=\"NO_EXIT\"");

        mvc.perform(get("/api/v1/areas/" + id + "/entries").param("size", "2").with(TestUsers.as(manager)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(5))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.items.length()").value(2));

        assertThat(jdbc.sql(
                                "select action from audit_entry where subject_type = 'area' and subject_id = :c order by seq")
                        .param("c", code)
                        .query(String.class)
                        .list())
                .containsExactly(
                        "area.registered",
                        "area.permit-granted",
                        "area.permit-granted",
                        "area.entry-recorded",
                        "area.entry-recorded",
                        "area.entry-recorded",
                        "area.entry-recorded",
                        "area.entry-recorded");
    }

    /** The table row of the entry log that names the person. */
    static String row(String page, String who) {
        int at = page.indexOf("data-who=\"" + who);
        assertThat(at).as("row of " + who).isPositive();
        return page.substring(at, page.indexOf("</tr>", at));
    }

    @Test
    void a_card_reader_export_is_imported_whole_and_a_file_with_a_bad_line_imports_nothing_naming_the_line()
            throws Exception {
        String code = PremisesFixtures.unique("SR");
        long id = register(code);
        LocalDateTime morning = TestClock.today().minusDays(1).atTime(8, 58);
        String good = "日時,区域コード,職員番号,入退\n"
                + CSV_TIME.format(morning) + "," + code + "," + fx.staffNumber(allowed) + ",入\n"
                + CSV_TIME.format(morning.plusHours(2)) + "," + code + "," + fx.staffNumber(allowed) + ",出\n";
        String bad = good + "2026/13/45 25:00," + code + ",NOBODY,入\n";
        mvc.perform(multipart("/areas/import")
                        .file(new MockMultipartFile(
                                "file", "bad.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8)))
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .contains("4行目: 日時「2026/13/45 25:00」を読めません")
                        .contains("4行目: 職員番号「NOBODY」の職員はいません"));
        assertThat(count(id)).isZero();

        mvc.perform(multipart("/areas/import")
                        .file(new MockMultipartFile(
                                "file", "good.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8)))
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().is3xxRedirection());
        assertThat(count(id)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from prm_entry where area_id = :a and exited_at is not null")
                        .param("a", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql(
                                "select count(*) from audit_entry where action = 'area.entries-imported' and subject_id = 'good.csv'")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void a_hostile_file_with_an_endless_line_is_refused_without_reading_it_whole() throws Exception {
        byte[] hostile = new byte[5_000_000];
        java.util.Arrays.fill(hostile, (byte) 'A');
        mvc.perform(post("/api/v1/areas/entries/import")
                        .contentType("text/csv")
                        .content(hostile)
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().isBadRequest())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .contains("1行目"));
    }

    long count(long areaId) {
        return jdbc.sql("select count(*) from prm_entry where area_id = :a")
                .param("a", areaId)
                .query(Long.class)
                .single();
    }

    @Test
    void staff_without_rights_may_not_open_or_change_areas_and_an_unknown_area_is_404() throws Exception {
        long id = register(PremisesFixtures.unique("SR"));
        CurrentUser staff = PremisesFixtures.user(stranger, unit);
        mvc.perform(get("/areas").with(TestUsers.as(staff))).andExpect(status().isForbidden());
        mvc.perform(get("/areas/" + id).with(TestUsers.as(staff))).andExpect(status().isForbidden());
        mvc.perform(post("/areas/" + id + "/entries")
                        .param("visitorName", "侵入 者")
                        .with(csrf())
                        .with(TestUsers.as(staff)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/areas/999999999").with(TestUsers.as(manager))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/areas").with(TestUsers.as(manager)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(0));
        byte[] xlsx = mvc.perform(get("/areas/export.xlsx").with(TestUsers.as(manager)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheet("管理区域")).isNotNull();
            assertThat(wb.getSheet("入退室管理簿").getRow(2).getCell(8).getStringCellValue())
                    .isEqualTo("指摘");
        }
    }
}
