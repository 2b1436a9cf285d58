package jp.mamori.premises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import jp.mamori.security.SecurityTestData;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Approvals of carry-outs, bring-ins and disposal records are sensitive changes: an approver with an
 * authenticator app enrolled must give a fresh code; a missing or wrong one approves nothing (page
 * and API), a right one approves and the audit entry says the code was confirmed.
 */
@MamoriSpringTest
class ApprovalSecondFactorTests {
    static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    PremisesFixtures fx;
    long unit;
    CurrentUser staff;
    CurrentUser approver;

    @BeforeEach
    void data() {
        fx = new PremisesFixtures(jdbc);
        unit = fx.unit("二要素試験課");
        staff = PremisesFixtures.user(fx.person("職員申請", unit), unit);
        long person = fx.personWith("課長 二要素", unit, Role.SECURITY_MANAGER);
        String login = PremisesFixtures.unique("prm-2fa");
        SecurityTestData security = SecurityTestData.of(jdbc);
        security.administrator(login, "課長 二要素", "premises-pass-42");
        security.enrolSecondFactor(login, SECRET);
        approver = new CurrentUser(
                login,
                person,
                "課長 二要素",
                false,
                List.of(new RoleGrant(Role.SECURITY_MANAGER, unit), new RoleGrant(Role.STAFF, unit)));
    }

    /** Requests from an address of their own, so that other tests' failures never throttle these. */
    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    static String currentCode() throws Exception {
        long step = TestClock.INSTANCE.instant().getEpochSecond() / 30;
        return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(SECRET, step);
    }

    String state(String path) throws Exception {
        String json = mvc.perform(get(path).with(TestUsers.as(approver)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return json.replaceAll("(?s).*\"state\":\"([A-Z_]+)\".*", "$1");
    }

    @Test
    void a_carry_out_is_not_approved_with_a_wrong_or_missing_code_and_is_with_the_right_one() throws Exception {
        String laptop = fx.assets.informationAsset("二要素説明会用PC", unit, "2");
        LocalDate today = TestClock.today();
        String json = mvc.perform(post("/api/v1/carry-outs")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind":"ASSET","assetNumber":"%s","purpose":"説明会","destination":"架空町公民館",
                                 "protection":"施錠した鞄","outOn":"%s","dueBack":"%s"}""".formatted(laptop, today, today.plusDays(1)))
                        .with(csrf())
                        .with(TestUsers.as(staff)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        long id = Long.parseLong(json.replaceAll("(?s)^\\{\"id\":(\\d+),.*", "$1"));

        assertThat(mvc.perform(get("/carry-outs/" + id)
                                .with(TestUsers.as(approver))
                                .accept(MediaType.TEXT_HTML))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"confirmation\"");
        mvc.perform(post("/carry-outs/" + id + "/approve")
                        .param("confirmation", "000000")
                        .with(csrf())
                        .with(TestUsers.as(approver))
                        .with(from("10.21.0.1")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/api/v1/carry-outs/" + id + "/approve")
                        .with(csrf())
                        .with(TestUsers.as(approver))
                        .with(from("10.21.0.1")))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/carry-outs/" + id + "/approve")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"confirmation\":\"123\"}")
                        .with(csrf())
                        .with(TestUsers.as(approver))
                        .with(from("10.21.0.1")))
                .andExpect(status().isBadRequest());
        assertThat(state("/api/v1/carry-outs/" + id)).isEqualTo("REQUESTED");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'reauthentication.failed' and actor = :a")
                        .param("a", approver.login())
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(2);

        mvc.perform(post("/api/v1/carry-outs/" + id + "/approve")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"confirmation\":\"" + currentCode() + "\"}")
                        .with(csrf())
                        .with(TestUsers.as(approver))
                        .with(from("10.21.0.1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("APPROVED"));
        assertThat(jdbc.sql("select details from audit_entry where action = 'carry-out.approved' and subject_id = :id")
                        .param("id", Long.toString(id))
                        .query(String.class)
                        .single())
                .contains("secondFactor")
                .contains("true");
    }

    @Test
    void a_bring_in_and_a_disposal_record_are_not_approved_with_a_wrong_code() throws Exception {
        String device = PremisesFixtures.unique("保守用PC");
        mvc.perform(post("/api/v1/bring-ins")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind":"OUTSIDE","device":"%s","owner":"架空保守株式会社","purpose":"保守",
                                 "fromDay":"%s","toDay":"%s"}""".formatted(
                                device, TestClock.today(), TestClock.today().plusDays(2)))
                        .with(csrf())
                        .with(TestUsers.as(staff)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.device").value(device))
                .andExpect(jsonPath("$.requester").value("職員申請"))
                .andExpect(jsonPath("$.state").value("REQUESTED"));
        long bringIn = jdbc.sql("select id from prm_bring_in where device = :d")
                .param("d", device)
                .query(Long.class)
                .single();
        mvc.perform(post("/api/v1/bring-ins/" + bringIn + "/check")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"passed\":true,\"result\":\"ウイルス検査で検出なし\"}")
                        .with(csrf())
                        .with(TestUsers.as(approver))
                        .with(from("10.21.0.2")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("CHECKED"))
                .andExpect(jsonPath("$.checkPassed").value(true));
        mvc.perform(post("/api/v1/bring-ins/" + bringIn + "/decide")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"approve\":true,\"confirmation\":\"000000\"}")
                        .with(csrf())
                        .with(TestUsers.as(approver))
                        .with(from("10.21.0.2")))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/bring-ins/" + bringIn + "/decide")
                        .param("approve", "true")
                        .with(csrf())
                        .with(TestUsers.as(approver))
                        .with(from("10.21.0.2")))
                .andExpect(status().is3xxRedirection());
        assertThat(state("/api/v1/bring-ins/" + bringIn)).isEqualTo("CHECKED");

        CurrentUser recorder = fx.manager(unit);
        String server = fx.assets.systemAsset("二要素旧サーバ", unit);
        String location = mvc.perform(multipart("/api/v1/disposals")
                        .param("assetNumber", server)
                        .param("method", "CERTIFIED_ERASURE")
                        .param("carriedOutBy", "係員 試験")
                        .param("witness", "係長 試験")
                        .param("disposedOn", TestClock.today().toString())
                        .with(csrf())
                        .with(TestUsers.as(recorder)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        mvc.perform(post(location + "/approve")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"confirmation\":\"000000\"}")
                        .with(csrf())
                        .with(TestUsers.as(approver))
                        .with(from("10.21.0.2")))
                .andExpect(status().isBadRequest());
        String id = location.substring(location.lastIndexOf('/') + 1);
        mvc.perform(post("/disposals/" + id + "/approve")
                        .param("confirmation", "999999")
                        .with(csrf())
                        .with(TestUsers.as(approver))
                        .with(from("10.21.0.2")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(location).with(TestUsers.as(approver)))
                .andExpect(jsonPath("$.approved").value(false));
        assertThat(jdbc.sql(
                                "select count(*) from audit_entry where action in ('bring-in.decided', 'media-disposal.approved')"
                                        + " and actor = :a")
                        .param("a", approver.login())
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
