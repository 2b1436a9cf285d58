package jp.mamori.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import jp.mamori.testing.MamoriSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@MamoriSpringTest
class ApiTokenWebTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    ApiTokens tokens;

    SecurityFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new SecurityFixtures(jdbc, accounts);
    }

    @Test
    void an_api_call_without_a_token_gets_401_problem_json() throws Exception {
        mvc.perform(get("/api/v1/units").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void a_token_created_on_the_account_page_is_shown_once_and_works_until_revoked() throws Exception {
        Account staff = fixtures.staff();
        Cookie session = mvc.perform(post("/login")
                        .with(csrf())
                        .param("username", staff.login())
                        .param("password", SecurityFixtures.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getResponse()
                .getCookie(SignInWebTests.SESSION);

        // a new token needs the person again: without the password it is refused on the form
        mvc.perform(post("/account/api-tokens").cookie(session).with(csrf()).param("name", "集計スクリプト"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("本人確認のため")));
        assertThat(jdbc.sql("select count(*) from sec_api_token where account_id = :id")
                        .param("id", staff.id())
                        .query(Long.class)
                        .single())
                .isZero();
        MvcResult created = mvc.perform(post("/account/api-tokens")
                        .cookie(session)
                        .with(csrf())
                        .param("name", "集計スクリプト")
                        .param("confirmation", SecurityFixtures.PASSWORD))
                .andExpect(redirectedUrl("/account"))
                .andReturn();
        String token = (String) created.getFlashMap().get("newToken");
        assertThat(token).startsWith(ApiTokens.PREFIX);
        assertThat(jdbc.sql("select count(*) from sec_api_token where token_hash = :t")
                        .param("t", token)
                        .query(Long.class)
                        .single())
                .as("the token itself is never stored")
                .isZero();
        mvc.perform(get("/account").cookie(session).flashAttr("newToken", token))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(token)));
        mvc.perform(get("/account").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("集計スクリプト")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(token))));

        mvc.perform(get("/api/v1/units")
                        .header("Authorization", "Bearer " + token)
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk());
        ApiToken stored = tokens.of(staff.id()).get(0);
        assertThat(stored.lastUsedAt()).isNotNull();
        assertThat(stored.prefix()).isEqualTo(token.substring(0, ApiTokens.LOOKUP_LENGTH));

        mvc.perform(post("/account/api-tokens/{id}/revoke", stored.id())
                        .cookie(session)
                        .with(csrf()))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(get("/api/v1/units")
                        .header("Authorization", "Bearer " + token)
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void an_unknown_token_gets_401() throws Exception {
        mvc.perform(get("/api/v1/units")
                        .header("Authorization", "Bearer mamori_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void a_staff_member_without_rights_gets_403_problem_json_on_an_api_call_that_needs_them() throws Exception {
        Account staff = fixtures.staff();
        String token = tokens.create(staff.id(), "test", "test").text();
        mvc.perform(post("/api/v1/units")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .accept(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"X1\",\"name\":\"試験課\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void the_api_sets_no_session_cookie() throws Exception {
        Account staff = fixtures.staff();
        String token = tokens.create(staff.id(), "test", "test").text();
        MvcResult result = mvc.perform(get("/api/v1/units")
                        .header("Authorization", "Bearer " + token)
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(result.getResponse().getCookie(SignInWebTests.SESSION)).isNull();
    }

    @Test
    void a_leavers_token_stops_working() throws Exception {
        Account staff = fixtures.staff();
        String token = tokens.create(staff.id(), "test", "test").text();
        fixtures.leave(staff);
        mvc.perform(get("/api/v1/units")
                        .header("Authorization", "Bearer " + token)
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isUnauthorized());
    }
}
