package jp.mamori.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The REST API /api/v1/policies: reading with states and hashes, the approval flow, problem answers. */
class PolicyApiTests extends PolicyWebTestCase {
    static final CurrentUser AUTHOR = TestUsers.user("a-author", new RoleGrant(Role.DEPUTY_CISO, null));
    static final CurrentUser CHIEF = TestUsers.user("a-chief", new RoleGrant(Role.CHIEF_SECURITY_OFFICER, null));
    static final CurrentUser CISO = TestUsers.user("a-ciso", new RoleGrant(Role.CISO, null));

    PolicyApiTests() {
        super("a-");
    }

    @Test
    void a_document_lists_its_revisions_with_their_state_today_and_the_revision_in_force() throws Exception {
        InForce doc = data.documentInForce(
                PolicyTier.STANDARD, PolicyTestData.unique("基準"), Visibility.open(Audience.ALL_STAFF), "本文");
        Revision future = data.approvedRevision(doc.document().id(), LocalDate.of(2099, 4, 1), "将来の本文");
        mvc.perform(get("/api/v1/policies/{id}", doc.document().id()).with(TestUsers.as(staff)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tier").value("STANDARD"))
                .andExpect(jsonPath("$.audience").value("ALL_STAFF"))
                .andExpect(jsonPath("$.inForce.id").value(doc.revision().id()))
                .andExpect(jsonPath("$.revisions[0].state").value("IN_FORCE"))
                .andExpect(jsonPath("$.revisions[1].id").value(future.id()))
                .andExpect(jsonPath("$.revisions[1].state").value("APPROVED"))
                .andExpect(jsonPath("$.revisions[1].effectiveOn").value("2099-04-01"));
        mvc.perform(get("/api/v1/policies/{id}/in-force", doc.document().id())
                        .param("on", "2099-04-01")
                        .with(TestUsers.as(staff)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(future.id()))
                .andExpect(jsonPath("$.contentHash").value(future.contentHash()))
                .andExpect(jsonPath("$.body").value("将来の本文"));
        mvc.perform(get("/api/v1/policies/{id}/in-force", doc.document().id())
                        .param("on", "2000-01-01")
                        .with(TestUsers.as(staff)))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_revision_goes_from_draft_through_two_approvals_into_force() throws Exception {
        PolicyDocument doc = data.document(
                PolicyTier.STANDARD, null, PolicyTestData.unique("基準"), unit, Visibility.open(Audience.ALL_STAFF));
        String created = mvc.perform(post("/api/v1/policies/{id}/revisions", doc.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"documentNumber":"7架共第30号","enactedOn":"2025-04-01","effectiveOn":"%s",
                                 "reason":"新規制定","body":"# 目的\\n\\n<b>太字</b>","supplementaryProvisions":"公表の日から施行する。"}
                                """.formatted(TestClock.today()))
                        .with(TestUsers.as(AUTHOR)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("DRAFT"))
                .andExpect(jsonPath("$.bodyHtml").value(org.hamcrest.Matchers.containsString("&lt;b&gt;")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long rid = ((Number) JsonPath.read(created, "$.id")).longValue();
        String base = "/api/v1/policies/" + doc.id() + "/revisions/" + rid;
        mvc.perform(post(base + "/submit").with(TestUsers.as(AUTHOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("IN_APPROVAL"))
                .andExpect(jsonPath("$.approvalChain[0]").value("CHIEF_SECURITY_OFFICER"));
        mvc.perform(post(base + "/approve").with(TestUsers.as(AUTHOR)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
        mvc.perform(post(base + "/approve").with(TestUsers.as(CHIEF)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("IN_APPROVAL"));
        mvc.perform(post(base + "/approve").with(TestUsers.as(CISO)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("IN_FORCE"))
                .andExpect(jsonPath("$.approvals.length()").value(2));
        mvc.perform(put(base)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\":\"改ざん\"}")
                        .with(TestUsers.as(AUTHOR)))
                .andExpect(status().isForbidden());
        mvc.perform(get(base).with(TestUsers.as(staff)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("IN_FORCE"));
    }

    @Test
    void an_incomplete_draft_is_refused_at_submission_with_each_missing_field() throws Exception {
        PolicyDocument doc = data.document(
                PolicyTier.STANDARD, null, PolicyTestData.unique("基準"), unit, Visibility.open(Audience.ALL_STAFF));
        String created = mvc.perform(post("/api/v1/policies/{id}/revisions", doc.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\":\"本文だけ\"}")
                        .with(TestUsers.as(AUTHOR)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long rid = ((Number) JsonPath.read(created, "$.id")).longValue();
        String answer = mvc.perform(post("/api/v1/policies/{id}/revisions/{rid}/submit", doc.id(), rid)
                        .with(TestUsers.as(AUTHOR)))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(answer).contains("documentNumber").contains("enactedOn").contains("effectiveOn");
    }

    @Test
    void a_staff_member_cannot_draft_and_the_api_is_in_the_openapi_document() throws Exception {
        PolicyDocument doc = data.document(
                PolicyTier.STANDARD, null, PolicyTestData.unique("基準"), unit, Visibility.open(Audience.ALL_STAFF));
        mvc.perform(post("/api/v1/policies/{id}/revisions", doc.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\":\"x\"}")
                        .with(TestUsers.as(staff)))
                .andExpect(status().isForbidden());
        String openApi = mvc.perform(get("/api/v1/openapi.json"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(openApi).contains("/api/v1/policies/{id}/in-force").contains("\"policies\"");
    }
}
