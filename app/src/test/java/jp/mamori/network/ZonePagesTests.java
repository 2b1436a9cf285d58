package jp.mamori.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The zone model on its pages and API: a 情報セキュリティ責任者 writes the revision in the form and
 * submits it, its author may not approve it, another approver does and it is in force; the API and
 * the zone file show the approved model; each page is refused to those who may not use it; every
 * step is in the audit trail.
 */
@MamoriSpringTest
class ZonePagesTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ZoneModels models;

    @BeforeEach
    void empty() {
        NetworkTestData.reset(jdbc);
    }

    MockHttpServletRequestBuilder form() {
        return post("/zones/edit")
                .param("defaultAccess", "deny")
                .param("note", "初版")
                .param("zones[0].id", "mynumber")
                .param("zones[0].kind", "MY_NUMBER")
                .param("zones[0].name", "マイナンバー利用事務系")
                .param("zones[0].networks", "10.10.0.0/16")
                .param("zones[1].id", "lgwan")
                .param("zones[1].kind", "LGWAN")
                .param("zones[1].networks", "10.20.0.0/16、172.16.0.0/20")
                .param("zones[2].id", "internet")
                .param("zones[2].kind", "INTERNET")
                .param("zones[2].networks", "10.30.0.0/16")
                .param("zones[3].id", "")
                .param("policy[0].from", "mynumber")
                .param("policy[0].to", "*")
                .param("policy[0].access", "deny")
                .param("policy[0].severity", "critical")
                .param("policy[1].from", "lgwan")
                .param("policy[1].to", "internet")
                .param("policy[1].access", "allow-only")
                .param("policy[1].services", "tcp/25, tcp/443")
                .param("relays[0].id", "mail-gw")
                .param("relays[0].method", "MAIL_TEXT")
                .param("relays[0].addresses", "10.30.5.10")
                .param("relays[0].from", "internet")
                .param("relays[0].to", "lgwan")
                .param("relays[0].services", "tcp/25")
                .param("paths[0].id", "PATH-CHUKAN")
                .param("paths[0].from", "10.10.1.5")
                .param("paths[0].to", "10.20.9.9")
                .param("paths[0].services", "tcp/443")
                .param("paths[0].justification", "中間サーバー連携")
                .param("paths[0].owner", "情報政策課長")
                .param("interfaces[0].device", "fw1")
                .param("interfaces[0].name", "port1")
                .param("interfaces[0].zone", "lgwan")
                .with(csrf());
    }

    String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    List<String> audit(String version) {
        return jdbc.sql(
                        "select action from audit_entry where subject_type = 'zone-model' and subject_id = :v order by seq")
                .param("v", version)
                .query(String.class)
                .list();
    }

    @Test
    void a_revision_is_written_submitted_and_approved_by_another_person() throws Exception {
        mvc.perform(form().with(TestUsers.as(NetworkTestData.OFFICER)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/zones/versions/1"));
        ZoneVersion draft = models.version(1);
        assertThat(draft.state()).isEqualTo(ZoneVersionState.DRAFT);
        assertThat(draft.content())
                .contains("networks: [10.20.0.0/16, 172.16.0.0/20]", "expires: 9999-12-31", "fw1: {port1: lgwan}");
        assertThat(html(get("/zones/versions/1").with(TestUsers.as(NetworkTestData.OFFICER))))
                .contains("PATH-CHUKAN", "中間サーバー連携", "作成中");

        // nothing is in force yet: the API says so
        mvc.perform(get("/api/v1/zones").with(TestUsers.as(NetworkTestData.OFFICER)))
                .andExpect(status().isNotFound());

        mvc.perform(post("/zones/versions/1/submit").with(csrf()).with(TestUsers.as(NetworkTestData.OFFICER)))
                .andExpect(status().is3xxRedirection());
        assertThat(models.version(1).state()).isEqualTo(ZoneVersionState.IN_APPROVAL);

        // the officer may not approve at all; a CISO who submitted could not either (checked below)
        mvc.perform(post("/zones/versions/1/approve").with(csrf()).with(TestUsers.as(NetworkTestData.OFFICER)))
                .andExpect(status().isForbidden());
        assertThat(html(get("/zones/versions/1").with(TestUsers.as(NetworkTestData.CISO))))
                .contains("id=\"zone-approve\"");
        mvc.perform(post("/zones/versions/1/approve")
                        .param("comment", "三層分離の方針どおり")
                        .with(csrf())
                        .with(TestUsers.as(NetworkTestData.CISO)))
                .andExpect(status().is3xxRedirection());
        assertThat(models.version(1).state()).isEqualTo(ZoneVersionState.IN_FORCE);

        mvc.perform(get("/api/v1/zones").with(TestUsers.as(NetworkTestData.OFFICER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.approvedBy").value("zone-ciso"))
                .andExpect(jsonPath("$.zones[1].networks[1]").value("172.16.0.0/20"))
                .andExpect(jsonPath("$.policy[1].services[0]").value("tcp/25"))
                .andExpect(jsonPath("$.permittedPaths[0].id").value("PATH-CHUKAN"))
                .andExpect(jsonPath("$.interfaces[0].device").value("fw1"));
        String file = mvc.perform(get("/api/v1/zones/file").with(TestUsers.as(NetworkTestData.OFFICER)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(file).contains("第1版", "- {id: mynumber, kind: MY_NUMBER");
        assertThat(html(get("/zones").with(TestUsers.as(NetworkTestData.OFFICER))))
                .contains("施行中の版: 第1版", "data-zone=\"lgwan\"");

        assertThat(audit("1"))
                .containsSubsequence(
                        "zone-model.draft-saved", "zone-model.submitted", "zone-model.approved", "zone-model.exported");
    }

    @Test
    void whoever_wrote_or_submitted_a_version_cannot_decide_it() throws Exception {
        mvc.perform(form().with(TestUsers.as(NetworkTestData.CISO))).andExpect(status().is3xxRedirection());
        mvc.perform(post("/zones/versions/1/submit").with(csrf()).with(TestUsers.as(NetworkTestData.CISO)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/zones/versions/1/approve").with(csrf()).with(TestUsers.as(NetworkTestData.CISO)))
                .andExpect(status().isForbidden());
        assertThat(html(get("/zones/versions/1").with(TestUsers.as(NetworkTestData.CISO))))
                .doesNotContain("id=\"zone-approve\"")
                .contains("id=\"zone-wait\"");
        // returning needs a reason
        mvc.perform(post("/zones/versions/1/return").with(csrf()).with(TestUsers.as(NetworkTestData.DEPUTY)))
                .andExpect(status().is3xxRedirection());
        assertThat(models.version(1).state()).isEqualTo(ZoneVersionState.IN_APPROVAL);
        mvc.perform(post("/zones/versions/1/return")
                        .param("comment", "中継の宛先を確認してください")
                        .with(csrf())
                        .with(TestUsers.as(NetworkTestData.DEPUTY)))
                .andExpect(status().is3xxRedirection());
        assertThat(models.version(1).state()).isEqualTo(ZoneVersionState.DRAFT);
        assertThat(models.version(1).decision()).isEqualTo("中継の宛先を確認してください");
        assertThat(audit("1")).contains("zone-model.returned");
    }

    @Test
    void a_bad_value_is_shown_with_its_row_and_nothing_is_stored() throws Exception {
        String page =
                html(form().param("zones[1].networks", "10.20.0.0/33").with(TestUsers.as(NetworkTestData.OFFICER)));
        assertThat(page).contains("id=\"zone-errors\"", "ゾーン 2 行目", "10.20.0.0/33");
        assertThat(models.versions()).isEmpty();

        page = html(form().param("policy[1].to", "nowhere").with(TestUsers.as(NetworkTestData.OFFICER)));
        assertThat(page).contains("ポリシー 2 行目", "nowhere");
    }

    @Test
    void the_form_opens_with_the_draft_in_its_tables_and_two_blank_rows_each() throws Exception {
        mvc.perform(form().with(TestUsers.as(NetworkTestData.OFFICER))).andExpect(status().is3xxRedirection());
        String page = html(get("/zones/edit").with(TestUsers.as(NetworkTestData.OFFICER)));
        assertThat(page)
                .contains(
                        "name=\"zones[1].networks\" value=\"10.20.0.0/16, 172.16.0.0/20\"",
                        "name=\"relays[0].addresses\" value=\"10.30.5.10\"",
                        "name=\"policy[1].services\" value=\"tcp/25, tcp/443\"",
                        "name=\"paths[0].justification\" value=\"中間サーバー連携\"",
                        "name=\"interfaces[0].zone\" value=\"lgwan\"",
                        "name=\"zones[4].id\" value=\"\"",
                        "name=\"interfaces[2].device\" value=\"\"")
                .doesNotContain("name=\"zones[5].id\"", "name=\"interfaces[3].device\"");
    }

    @Test
    void pages_and_api_are_refused_to_those_who_may_not_use_them() throws Exception {
        mvc.perform(get("/zones").with(TestUsers.staff())).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/zones").with(TestUsers.staff())).andExpect(status().isForbidden());
        mvc.perform(get("/zones/edit").with(TestUsers.auditor())).andExpect(status().isForbidden());
        mvc.perform(form().with(TestUsers.auditor())).andExpect(status().isForbidden());
        mvc.perform(form().with(TestUsers.staff())).andExpect(status().isForbidden());
        mvc.perform(get("/zones").with(TestUsers.auditor())).andExpect(status().isOk());
        assertThat(models.versions()).isEmpty();
    }
}
