package jp.mamori.system;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * The accounts API: a manager requests an account (201), only the system's 管理者 approves it, a
 * leaver's account is listed for removal until its removal is confirmed; bad input is 400 naming the
 * field; those who may not read the system get 403.
 */
@MamoriSpringTest
class SystemAccountApiTests extends SystemAccountsTestCase {
    @BeforeEach
    void data() throws Exception {
        office("住民課", "管理　六郎", "利用　七郎", "住基システム");
        String location = mvc.perform(post("/api/v1/systems")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"assetNumber\":\"" + systemAsset + "\",\"purpose\":\"住民記録\",\"zone\":\"MY_NUMBER\","
                                + "\"administrators\":[\"" + fx.staffNumber(adminPerson) + "\"]}")
                        .with(TestUsers.as(manager)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        systemId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void an_account_is_requested_approved_flagged_and_its_removal_confirmed() throws Exception {
        String name = SystemFixtures.unique("juki");
        String location = mvc.perform(post("/api/v1/systems/" + systemId + "/accounts")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"accountName\":\"" + name + "\",\"kind\":\"NORMAL\",\"holder\":\""
                                + fx.staffNumber(holder) + "\"}")
                        .with(TestUsers.as(manager)))
                .andExpect(status().isCreated())
                .andExpect(
                        header().string("Location", Matchers.startsWith("/api/v1/systems/" + systemId + "/accounts/")))
                .andExpect(jsonPath("$.state").value("REQUESTED"))
                .andExpect(jsonPath("$.holderName").value("利用　七郎"))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        mvc.perform(post("/api/v1/systems/" + systemId + "/accounts/" + id + "/approve")
                        .with(TestUsers.as(manager)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/systems/" + systemId + "/accounts/" + id + "/approve")
                        .with(TestUsers.as(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ACTIVE"));

        // the Excel list of the system's accounts reads back as an account list for the comparison
        byte[] xlsx = mvc.perform(get("/systems/" + systemId + "/accounts.xlsx").with(TestUsers.as(admin)))
                .andExpect(status().isOk())
                .andExpect(
                        header().string("Content-Disposition", Matchers.containsString(systemAsset + "-accounts.xlsx")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        org.assertj.core.api.Assertions.assertThat(
                        AccountList.read(new java.io.ByteArrayInputStream(xlsx)).names())
                .containsExactly(name);
        mvc.perform(get("/systems/" + systemId + "/accounts.xlsx").with(TestUsers.staff()))
                .andExpect(status().isForbidden());

        jdbc.sql("update org_person set in_post_to = :d where id = :id")
                .param("d", TestClock.today().minusDays(10))
                .param("id", holder)
                .update();
        mvc.perform(get("/api/v1/systems/" + systemId + "/accounts").with(TestUsers.as(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.accountName == '" + name + "')].findings[0]")
                        .value("LEAVER_HOLDS_ACCOUNT"));
        mvc.perform(get("/api/v1/systems/accounts/removals").with(TestUsers.as(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.account.accountName == '" + name + "')].assetNumber")
                        .value(systemAsset));

        mvc.perform(post("/api/v1/systems/" + systemId + "/accounts/" + id + "/removal")
                        .with(TestUsers.staff()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/systems/" + systemId + "/accounts/" + id + "/removal")
                        .with(TestUsers.as(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("REMOVED"))
                .andExpect(jsonPath("$.findings").isEmpty());
        mvc.perform(get("/api/v1/systems/accounts/removals").with(TestUsers.as(admin)))
                .andExpect(jsonPath("$[?(@.account.accountName == '" + name + "')]")
                        .isEmpty());
    }

    @Test
    void bad_requests_name_the_field_and_strangers_are_refused() throws Exception {
        mvc.perform(post("/api/v1/systems/" + systemId + "/accounts")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"accountName\":\"\",\"kind\":\"NORMAL\",\"holder\":\"NO-SUCH\"}")
                        .with(TestUsers.as(manager)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItems("accountName", "holder")));
        mvc.perform(get("/api/v1/systems/" + systemId + "/accounts").with(TestUsers.staff()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/systems/999999/accounts/1").with(TestUsers.as(manager)))
                .andExpect(status().isNotFound());
    }

    long approvedAccount(String name) throws Exception {
        String location = mvc.perform(post("/api/v1/systems/" + systemId + "/accounts")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"accountName\":\"" + name + "\",\"kind\":\"NORMAL\",\"holder\":\""
                                + fx.staffNumber(holder) + "\",\"validFrom\":\""
                                // half a year, not a year: on 29 February "a year ago" is 28 February,
                                // and a year from then has already passed (the review is overdue)
                                + TestClock.today().minusMonths(6) + "\"}")
                        .with(TestUsers.as(manager)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post("/api/v1/systems/" + systemId + "/accounts/" + id + "/approve")
                        .with(TestUsers.as(admin)))
                .andExpect(status().isOk());
        return id;
    }

    @Test
    void the_yearly_review_keeps_or_ends_each_account_and_ended_ones_are_listed_for_removal() throws Exception {
        String keep = SystemFixtures.unique("keep");
        String end = SystemFixtures.unique("end");
        approvedAccount(keep);
        long ended = approvedAccount(end);
        String page = mvc.perform(get("/systems/" + systemId).with(TestUsers.as(admin)))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(page)
                .contains("今年度の棚卸しは未実施です", "id=\"account-review-link\"")
                .doesNotContain("data-rule=\"ACCOUNT_REVIEW_OVERDUE\"");
        // an account in use for over a year without a review makes the review overdue
        jdbc.sql("update sys_account set valid_from = :d where system_id = :s and account_name = :n")
                .param("d", TestClock.today().minusYears(2))
                .param("s", systemId)
                .param("n", keep)
                .update();
        page = mvc.perform(get("/systems/" + systemId).with(TestUsers.as(admin)))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(page).contains("data-rule=\"ACCOUNT_REVIEW_OVERDUE\"");
        // only the 管理者 (or a body-wide manager) reviews
        mvc.perform(post("/systems/" + systemId + "/accounts/review")
                        .param("ended", String.valueOf(ended))
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/systems/" + systemId + "/accounts/review")
                        .param("ended", String.valueOf(ended))
                        .param("note", "令和8年度の棚卸し")
                        .with(csrf())
                        .with(TestUsers.as(admin)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/systems/" + systemId + "/accounts/" + ended).with(TestUsers.as(admin)))
                .andExpect(jsonPath("$.validTo")
                        .value(TestClock.today().minusDays(1).toString()))
                .andExpect(jsonPath("$.findings[0]").value("EXPIRED_NOT_REMOVED"));
        mvc.perform(get("/api/v1/systems/accounts/removals").with(TestUsers.as(admin)))
                .andExpect(
                        jsonPath("$[?(@.account.accountName == '" + end + "')]").isNotEmpty())
                .andExpect(jsonPath("$[?(@.account.accountName == '" + keep + "')]")
                        .isEmpty());
        page = mvc.perform(get("/systems/" + systemId).with(TestUsers.as(admin)))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(page)
                .contains("今年度の棚卸し:", "継続 1 件、終了 1 件")
                .doesNotContain("data-rule=\"ACCOUNT_REVIEW_OVERDUE\"");
        org.assertj.core.api.Assertions.assertThat(jdbc.sql(
                                "select count(*) from audit_entry where action = 'system.accounts-reviewed' and subject_id = :a")
                        .param("a", systemAsset)
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
    }
}
