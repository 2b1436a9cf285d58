package jp.mamori.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.shared.Wareki;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 本人への通知 recorded on the page and through the API (issue 11 point 2): what each regime allows,
 * who may record, the audit trail, and the report's item 6 that prints the records.
 */
@MamoriSpringTest
class PeopleNoticePagesTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IncidentService incidents;

    @Autowired
    CommissionReports reports;

    IncidentWorld.Person staff;
    IncidentWorld.Person manager;

    /** 保有個人情報 of 500 people: due for a public body (more than 100), not for a business. */
    static final PersonalData FIVE_HUNDRED =
            new PersonalData(true, false, false, 500, false, false, false, false, false, false);

    @BeforeEach
    void organisation() {
        jdbc.sql("delete from inc_regime_choice").update();
        var world = new IncidentWorld(jdbc);
        long section = world.unit("市民課", world.unit("市民部", null));
        staff = world.person("報告 次郎", section);
        manager = world.person("管理 三郎", section, new RoleGrant(Role.SECURITY_MANAGER, section));
    }

    @AfterEach
    void nothingChosen() {
        jdbc.sql("delete from inc_regime_choice").update();
    }

    void business() {
        jdbc.sql("""
                        insert into inc_regime_choice (seq, regime, chosen_by, chosen_at, reason)
                        values (1, 'BUSINESS', 'test', :at, '試験')""").param("at", OffsetDateTime.now(TestClock.INSTANCE)).update();
    }

    IncidentId reported(String title, PersonalData facts) {
        return IncidentServiceTests.as(staff.user(), () -> incidents.report(IncidentWorld.report(title, facts)))
                .incident()
                .id();
    }

    String page(IncidentId id) throws Exception {
        return mvc.perform(get("/incidents/{id}", id.value())
                        .with(TestUsers.as(manager.user()))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    long audited(IncidentId id) {
        return jdbc.sql("select count(*) from audit_entry where action = 'incident.people-notice-recorded'"
                        + " and subject_id = :id")
                .param("id", id.value().toString())
                .query(Long.class)
                .single();
    }

    @Test
    void a_public_body_records_the_notice_by_post_and_then_a_publication_for_the_rest() throws Exception {
        IncidentId id = reported("住民票の写しの誤交付", FIVE_HUNDRED);
        LocalDate today = TestClock.today();
        String before = page(id);
        assertThat(before)
                .contains("id=\"people-notice-form\"", "まだ記録がありません")
                .contains("個人情報保護法第68条第2項、施行規則第45条")
                .contains("value=\"WITHHELD_NON_DISCLOSURE\"");

        mvc.perform(post("/incidents/{id}/people-notices", id.value())
                        .param("way", "NOTIFIED")
                        .param("doneOn", today.toString())
                        .param("method", "POST")
                        .param("people", "480")
                        .param("items", "OVERVIEW", "DATA_ITEMS", "CAUSE", "SECONDARY_DAMAGE", "OTHER")
                        .with(csrf())
                        .with(TestUsers.as(manager.user())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/api/v1/incidents/{id}/people-notices", id.value())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"way\":\"ALTERNATIVE\",\"doneOn\":\"" + today
                                + "\",\"people\":20,\"whyNot\":\"転居先が分からない本人がいるため\","
                                + "\"measure\":\"PUBLICATION\",\"measureText\":\"市ホームページに掲載し、問合せ窓口を設けた\"}")
                        .with(TestUsers.as(manager.user())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.provision").value("法第68条第2項第1号"))
                .andExpect(jsonPath("$.regime").value("PUBLIC_BODY"));

        String after = page(id);
        assertThat(after)
                .contains("id=\"people-notice-table\"", "直接通知した本人 480人（本人の数の概数 500人）")
                .contains("本人に通知した", "法第68条第2項本文", "郵送")
                .contains("通知が困難なため代替措置をとった", "事案の公表", "市ホームページに掲載し、問合せ窓口を設けた")
                .doesNotContain("まだ記録がありません");
        assertThat(audited(id)).isEqualTo(2);

        String item6 = IncidentServiceTests.as(manager.user(), () -> reports.report(id))
                .value("6. 本人への対応の実施状況");
        assertThat(item6)
                .contains("・" + Wareki.japanese(today) + " 本人に通知した（郵送、480人、概要・")
                .contains("［法第68条第2項本文］")
                .contains("事案の公表：市ホームページに掲載し、問合せ窓口を設けた")
                .contains("［法第68条第2項第1号］");
    }

    @Test
    void a_business_may_not_withhold_the_notice_for_non_disclosable_information() throws Exception {
        business();
        IncidentId id = reported("要配慮個人情報の誤送信", IncidentWorld.SENSITIVE);
        assertThat(page(id)).contains("個人情報保護法第26条第2項、施行規則第10条").doesNotContain("value=\"WITHHELD_NON_DISCLOSURE\"");
        mvc.perform(post("/api/v1/incidents/{id}/people-notices", id.value())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"way\":\"WITHHELD_NON_DISCLOSURE\",\"doneOn\":\"" + TestClock.today()
                                + "\",\"whyNot\":\"第78条第1項第2号\"}")
                        .with(TestUsers.as(manager.user())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("way"));
        assertThat(audited(id)).isZero();
    }

    @Test
    void a_public_body_may_not_withhold_a_notice_the_my_number_act_requires() throws Exception {
        // 特定個人情報 of 150 people: due under 番号法 (報告規則 第2条第4号) as well as 施行規則 第43条第4号
        var myNumber150 = new PersonalData(true, false, true, 150, false, false, false, false, false, false);
        IncidentId id = reported("マイナンバーを含む名簿の誤送付", myNumber150);
        assertThat(page(id)).contains("番号法第29条の4第2項").doesNotContain("value=\"WITHHELD_NON_DISCLOSURE\"");
        String withheld = "{\"way\":\"WITHHELD_NON_DISCLOSURE\",\"doneOn\":\"" + TestClock.today()
                + "\",\"whyNot\":\"第78条第1項第2号の情報を含む\"}";
        mvc.perform(post("/api/v1/incidents/{id}/people-notices", id.value())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(withheld)
                        .with(TestUsers.as(manager.user())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("way"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("29")));
        assertThat(audited(id)).isZero();

        // 要配慮 information of five people holding My Numbers: due under 個人情報保護法 alone, so 第68条第2項第2号 stands
        var sensitiveMyNumber5 = new PersonalData(true, true, true, 5, false, false, false, false, false, false);
        IncidentId other = reported("要配慮個人情報の誤送信", sensitiveMyNumber5);
        mvc.perform(post("/api/v1/incidents/{id}/people-notices", other.value())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(withheld)
                        .with(TestUsers.as(manager.user())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.provision").value("法第68条第2項第2号（第78条第1項各号）"));
    }

    @Test
    void the_reporter_may_not_record_and_an_incident_without_a_due_report_takes_no_notice() throws Exception {
        IncidentId id = reported("本人通知の権限", FIVE_HUNDRED);
        mvc.perform(post("/api/v1/incidents/{id}/people-notices", id.value())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"way\":\"NOTIFIED\",\"doneOn\":\"" + TestClock.today()
                                + "\",\"method\":\"EMAIL\",\"people\":1,\"items\":[\"OVERVIEW\"]}")
                        .with(TestUsers.as(staff.user())))
                .andExpect(status().isForbidden());

        business(); // 500 people are not reportable for a business (more than 1,000)
        assertThat(page(id)).doesNotContain("id=\"people-notices\"");
        mvc.perform(post("/api/v1/incidents/{id}/people-notices", id.value())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"way\":\"NOTIFIED\",\"doneOn\":\"" + TestClock.today()
                                + "\",\"method\":\"EMAIL\",\"people\":1,\"items\":[\"OVERVIEW\"]}")
                        .with(TestUsers.as(manager.user())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("way"));
        assertThat(audited(id)).isZero();
    }
}
