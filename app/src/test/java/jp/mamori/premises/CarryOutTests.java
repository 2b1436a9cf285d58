package jp.mamori.premises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Carrying out and bringing in: a 機密性2 asset goes out once the unit's manager approves (never the
 * requester), comes back and is confirmed; a 機密性3 asset is refused by the default settings; a
 * device brought in is checked and permitted; every step is audited.
 */
@MamoriSpringTest
class CarryOutTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    PremisesFixtures fx;
    long unit;
    CurrentUser manager;
    CurrentUser staff;
    String laptop;
    String ledger;

    @BeforeEach
    void data() {
        fx = new PremisesFixtures(jdbc);
        unit = fx.unit("保険課");
        manager = fx.manager(unit);
        staff = PremisesFixtures.user(fx.person("職員持出", unit), unit);
        laptop = fx.assets.informationAsset("説明会用ノートPC", unit, "2");
        ledger = fx.assets.informationAsset("組合員台帳", unit, "3");
    }

    String request(CurrentUser as, String asset, LocalDate out, LocalDate back) throws Exception {
        return mvc.perform(post("/api/v1/carry-outs")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind":"ASSET","assetNumber":"%s","purpose":"出張説明会","destination":"架空町公民館",
                                 "protection":"暗号化したディスク、施錠した鞄","outOn":"%s","dueBack":"%s"}""".formatted(asset, out, back))
                        .with(csrf())
                        .with(TestUsers.as(as)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    long id(String json) {
        return Long.parseLong(json.replaceAll("(?s)^\\{\"id\":(\\d+),.*", "$1"));
    }

    @Test
    void
            a_confidentiality_2_asset_goes_out_with_the_managers_approval_never_the_requesters_and_its_return_is_confirmed()
                    throws Exception {
        LocalDate today = TestClock.today();
        long id = id(request(staff, laptop, today, today.plusDays(2)));
        mvc.perform(post("/api/v1/carry-outs/" + id + "/approve").with(csrf()).with(TestUsers.as(staff)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/carry-outs/" + id + "/approve").with(csrf()).with(TestUsers.as(manager)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("APPROVED"))
                .andExpect(jsonPath("$.approvalNeeded").value("MANAGER"));
        mvc.perform(post("/api/v1/carry-outs/" + id + "/return").with(csrf()).with(TestUsers.as(staff)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/carry-outs/" + id + "/return").with(csrf()).with(TestUsers.as(manager)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("RETURNED"))
                .andExpect(jsonPath("$.returnedLate").value(false));
        mvc.perform(get("/api/v1/carry-outs").param("size", "1").with(TestUsers.as(staff)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.items[0].id").value(id));
        assertThat(jdbc.sql(
                                "select action from audit_entry where subject_type = 'carry-out' and subject_id = :id order by seq")
                        .param("id", Long.toString(id))
                        .query(String.class)
                        .list())
                .containsExactly("carry-out.requested", "carry-out.approved", "carry-out.returned");
    }

    @Test
    void a_confidentiality_3_asset_is_refused_by_the_default_settings_and_nothing_is_recorded() throws Exception {
        long before =
                jdbc.sql("select count(*) from prm_carry_out").query(Long.class).single();
        String answer = mvc.perform(post("/carry-outs")
                        .param("kind", "ASSET")
                        .param("assetNumber", ledger)
                        .param("purpose", "持ち帰り作業")
                        .param("destination", "自宅")
                        .param("protection", "なし")
                        .param("outOn", TestClock.today().toString())
                        .param("dueBack", TestClock.today().plusDays(1).toString())
                        .with(csrf())
                        .with(TestUsers.as(staff))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(answer).contains(ledger + " は 機密性3 のため、設定により持ち出しできません");
        assertThat(jdbc.sql("select count(*) from prm_carry_out")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void a_refusal_needs_a_reason_and_ends_the_request() throws Exception {
        LocalDate today = TestClock.today();
        long id = id(request(staff, laptop, today, today));
        mvc.perform(post("/api/v1/carry-outs/" + id + "/refuse")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"\"}")
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/carry-outs/" + id + "/refuse")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"写しで足りる\"}")
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("REFUSED"));
        mvc.perform(post("/api/v1/carry-outs/" + id + "/approve").with(csrf()).with(TestUsers.as(manager)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/carry-outs/999999999").with(TestUsers.as(manager)))
                .andExpect(status().isNotFound());
    }

    @Test
    void an_outside_device_is_checked_then_permitted_by_a_manager_of_the_requesters_unit() throws Exception {
        String device = PremisesFixtures.unique("保守用PC");
        mvc.perform(post("/bring-ins")
                        .param("kind", "OUTSIDE")
                        .param("device", device)
                        .param("owner", "架空保守株式会社")
                        .param("purpose", "サーバの保守")
                        .param("fromDay", TestClock.today().toString())
                        .param("toDay", TestClock.today().plusDays(3).toString())
                        .with(csrf())
                        .with(TestUsers.as(staff)))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("select id from prm_bring_in where device = :d")
                .param("d", device)
                .query(Long.class)
                .single();
        mvc.perform(post("/bring-ins/" + id + "/check")
                        .param("passed", "true")
                        .param("result", "ウイルス検査で検出なし")
                        .with(csrf())
                        .with(TestUsers.as(staff)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/bring-ins/" + id + "/check")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"passed\":true,\"result\":\"ウイルス検査で検出なし\"}")
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("CHECKED"));
        mvc.perform(post("/api/v1/bring-ins/" + id + "/decide")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"approve\":true}")
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("APPROVED"));
        assertThat(jdbc.sql(
                                "select action from audit_entry where subject_type = 'bring-in' and subject_id = :id order by seq")
                        .param("id", Long.toString(id))
                        .query(String.class)
                        .list())
                .containsExactly("bring-in.requested", "bring-in.checked", "bring-in.decided");
        byte[] xlsx = mvc.perform(get("/carry-outs/export.xlsx").with(TestUsers.as(manager)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheet("持ち込み").getRow(3).getCell(2).getStringCellValue())
                    .isNotBlank();
        }
    }

    @Test
    void the_settings_rules_and_the_ciso_step() {
        PremisesSettings defaults = new PremisesSettings(null, null, null, null, null);
        assertThat(defaults.carryOut(3)).isEqualTo(CarryOutRule.NEVER);
        assertThat(defaults.carryOut(2)).isEqualTo(CarryOutRule.MANAGER);
        assertThat(defaults.carryOut(1)).isEqualTo(CarryOutRule.MANAGER);
        PremisesSettings strict = new PremisesSettings(CarryOutRule.CISO, null, null, null, null);
        assertThat(strict.carryOut(3)).isEqualTo(CarryOutRule.CISO);
        CarryOut needsCiso = carryOut(CarryOutRule.CISO, CarryOut.State.REQUESTED);
        assertThat(needsCiso.approved()).isEqualTo(CarryOut.State.AWAITING_CISO);
        assertThat(carryOut(CarryOutRule.CISO, CarryOut.State.AWAITING_CISO).approved())
                .isEqualTo(CarryOut.State.APPROVED);
        assertThat(carryOut(CarryOutRule.MANAGER, CarryOut.State.REQUESTED).approved())
                .isEqualTo(CarryOut.State.APPROVED);
    }

    static CarryOut carryOut(CarryOutRule rule, CarryOut.State state) {
        LocalDate day = LocalDate.of(2026, 4, 1);
        return new CarryOut(
                1,
                "ASSET",
                "IA-1",
                1,
                3,
                "",
                "",
                "",
                "",
                day,
                day,
                rule,
                state,
                1,
                "a",
                java.time.OffsetDateTime.now(TestClock.INSTANCE),
                null,
                null,
                null,
                null,
                null,
                null);
    }

    @Test
    void a_ciso_approves_the_second_step_of_a_request_the_manager_approved() throws Exception {
        LocalDate today = TestClock.today();
        long id = id(request(staff, laptop, today, today));
        jdbc.sql("update prm_carry_out set approval_needed = 'CISO' where id = :id")
                .param("id", id)
                .update();
        mvc.perform(post("/api/v1/carry-outs/" + id + "/approve").with(csrf()).with(TestUsers.as(manager)))
                .andExpect(jsonPath("$.state").value("AWAITING_CISO"));
        mvc.perform(post("/api/v1/carry-outs/" + id + "/approve").with(csrf()).with(TestUsers.as(manager)))
                .andExpect(status().isForbidden());
        CurrentUser ciso = PremisesFixtures.user(fx.person("CISO試験", unit), unit, new RoleGrant(Role.CISO, null));
        mvc.perform(post("/api/v1/carry-outs/" + id + "/approve").with(csrf()).with(TestUsers.as(ciso)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("APPROVED"));
    }
}
