package jp.mamori.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import jp.mamori.organization.OrganizationTestData;
import jp.mamori.security.ApiTokens;
import jp.mamori.security.SecurityTestData;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.shared.Wareki;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.MyTasks;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import jp.mamori.training.TrainingTestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The home page and {@code GET /api/v1/me/tasks} end to end, with a course owed as the person's task:
 * the JSON shape, the label in the request's language, a token's caller, the page's row with its
 * 和暦 due date and link, nothing for an account without a person, and the digest choice (audited).
 */
@MamoriSpringTest
class HomeTests {
    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    DigestChoices choices;

    long person;
    CurrentUser staff;
    String course;

    @BeforeEach
    void aPersonOwingACourse() {
        OrganizationTestData org = new OrganizationTestData(context);
        long unit = org.unit("ホーム試験課", null);
        person = org.person("ホーム 一郎", unit);
        staff = new CurrentUser("home-" + person, person, "ホーム 一郎", false, List.of(new RoleGrant(Role.STAFF, unit)));
        course = OrganizationTestData.unique("ホーム研修");
        new TrainingTestData(context).eLearningFor(course, Set.of(unit));
    }

    @Test
    void the_api_answers_the_callers_list_in_one_documented_shape() throws Exception {
        mvc.perform(get("/api/v1/me/tasks").with(TestUsers.as(staff)).header("Accept-Language", "ja"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.asOf").value(TestClock.today().toString()))
                .andExpect(jsonPath("$.complete").value(true))
                .andExpect(jsonPath("$.items[?(@.subject == '" + course + "')].kind")
                        .value("training.course"))
                .andExpect(jsonPath("$.items[?(@.subject == '" + course + "')].label")
                        .value("研修の受講"))
                .andExpect(jsonPath("$.items[?(@.subject == '" + course + "')].dueOn")
                        .value(TrainingTestData.yearEnd().toString()))
                .andExpect(jsonPath("$.items[?(@.subject == '" + course + "')].dueOnWareki")
                        .value(Wareki.japanese(TrainingTestData.yearEnd())))
                .andExpect(jsonPath("$.items[?(@.subject == '" + course + "')].link")
                        .value("/training/mine"));
        MyTasks tasks = MyTasks.of(mvc, staff);
        assertThat(tasks.body().path("total").asInt()).isEqualTo(tasks.items().size());
        assertThat(tasks.body().path("overdue").asLong())
                .isEqualTo(tasks.items().stream()
                        .filter(i -> i.urgency().equals("OVERDUE"))
                        .count());
        assertThat(tasks.body().path("dueSoon").asLong())
                .isEqualTo(tasks.items().stream()
                        .filter(i -> i.urgency().equals("DUE_SOON"))
                        .count());
        assertThat(tasks.items())
                .extracting(MyTasks.Item::urgency)
                .isSortedAccordingTo((a, b) -> Urgency.valueOf(a).compareTo(Urgency.valueOf(b)));

        mvc.perform(get("/api/v1/me/tasks").with(TestUsers.as(staff)).header("Accept-Language", "en"))
                .andExpect(jsonPath("$.items[?(@.subject == '" + course + "')].label")
                        .value("Complete a course"));
    }

    @Test
    void the_api_needs_a_caller_and_a_token_answers_for_its_owner() throws Exception {
        mvc.perform(get("/api/v1/me/tasks").accept(MediaType.APPLICATION_JSON)).andExpect(status().isUnauthorized());

        String login = OrganizationTestData.unique("hometoken");
        new SecurityTestData(context)
                .account(new OrganizationTestData(context).staffNumber(person), login, "home-token-pass-42");
        long account = jdbc.sql("select id from sec_account where login = :l")
                .param("l", login)
                .query(Long.class)
                .single();
        String token = tokens.create(account, "やること取得", "test").text();
        mvc.perform(get("/api/v1/me/tasks").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.subject == '" + course + "')].kind")
                        .value("training.course"));
    }

    @Test
    void an_account_without_a_person_has_an_empty_list() throws Exception {
        mvc.perform(get("/api/v1/me/tasks").with(TestUsers.admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.items").isEmpty());
        String page = html(TestUsers.admin());
        assertThat(page).doesNotContain("id=\"my-work\"");
    }

    @Test
    void the_home_page_lists_the_task_with_its_wareki_due_date_and_link() throws Exception {
        String page = html(TestUsers.as(staff));

        assertThat(page).contains("あなたのやること", "研修の受講", course, Wareki.japanese(TrainingTestData.yearEnd()));
        assertThat(page).contains("href=\"/training/mine\"");
        assertThat(page).contains("href=\"/me/digest\"");
    }

    @Test
    void a_person_stops_and_resumes_the_digest_on_their_own_page_and_each_change_is_audited() throws Exception {
        assertThat(choices.receives(person)).isTrue();
        assertThat(html(TestUsers.as(staff), "/me/digest")).contains("現在、受け取る設定です。");

        mvc.perform(post("/me/digest")
                        .param("receive", "false")
                        .with(TestUsers.as(staff))
                        .with(csrf()))
                .andExpect(redirectedUrl("/me/digest"));
        assertThat(choices.receives(person)).isFalse();
        assertThat(html(TestUsers.as(staff), "/me/digest")).contains("現在、受け取らない設定です。");

        mvc.perform(post("/me/digest")
                        .param("receive", "true")
                        .with(TestUsers.as(staff))
                        .with(csrf()))
                .andExpect(redirectedUrl("/me/digest"));
        assertThat(choices.receives(person)).isTrue();
        assertThat(jdbc.sql("select action from audit_entry where subject_type = 'person' and subject_id = :p"
                                + " and action like 'home.%' order by seq")
                        .param("p", Long.toString(person))
                        .query(String.class)
                        .list())
                .containsExactly("home.digest-stopped", "home.digest-resumed");

        mvc.perform(post("/me/digest")
                        .param("receive", "false")
                        .with(TestUsers.admin())
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    String html(org.springframework.test.web.servlet.request.RequestPostProcessor who) throws Exception {
        return html(who, "/");
    }

    String html(org.springframework.test.web.servlet.request.RequestPostProcessor who, String path) throws Exception {
        return mvc.perform(get(path).with(who).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
