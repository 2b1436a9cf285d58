package jp.mamori.control.soa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import jp.mamori.asset.AssetTestData;
import jp.mamori.organization.OrganizationTestData;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
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
 * The statement of applicability: measures follow the unit's assets (a 機密性3 asset brings the
 * 機密性3 measures), status is recorded by the unit's manager, 対象外 waits for approval.
 */
@MamoriSpringTest
class SoaPagesTests {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    long office;
    long section;
    String sectionCode;
    CurrentUser manager;
    CurrentUser otherManager;

    @BeforeEach
    void organisation() {
        office = unit("事務局" + SEQUENCE.incrementAndGet(), null);
        section = unit("保険課" + SEQUENCE.incrementAndGet(), office);
        sectionCode = jdbc.sql("select code from org_unit where id = :id")
                .param("id", section)
                .query(String.class)
                .single();
        manager = TestUsers.user(
                "soa-mgr-" + section,
                new RoleGrant(Role.STAFF, section),
                new RoleGrant(Role.SECURITY_MANAGER, section));
        long elsewhere = unit("年金課" + SEQUENCE.incrementAndGet(), office);
        otherManager = TestUsers.user(
                "soa-other-" + section,
                new RoleGrant(Role.STAFF, elsewhere),
                new RoleGrant(Role.SECURITY_MANAGER, elsewhere));
    }

    long unit(String name, Long parent) {
        return OrganizationTestData.of(jdbc).unit(name, parent);
    }

    /** An information asset of the unit on the LGWAN接続系, registered through the asset module. */
    String asset(long unitId, String confidentiality) {
        return AssetTestData.of(jdbc).informationAsset("試験の資産", unitId, confidentiality);
    }

    String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void a_confidentiality_3_asset_brings_the_confidentiality_3_measures() throws Exception {
        String before = html(get("/soa/units/" + section).param("page", "0").with(TestUsers.as(manager)));
        assertThat(before).contains("data-measure=\"2.1.1\"").doesNotContain("data-measure=\"2.2.12\"");
        String number = asset(section, "3");
        String api = mvc.perform(get("/api/v1/soa")
                        .param("unit", sectionCode)
                        .param("size", "200")
                        .with(TestUsers.as(manager)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(api)
                .contains("\"measureId\":\"2.2.12\"", "\"reason\":\"ASSET\"", "\"exampleAsset\":\"" + number + "\"")
                .doesNotContain("\"measureId\":\"1.1.1\"") // BODY measures belong to the top unit
                .doesNotContain("\"measureId\":\"3.1.1\""); // a SYSTEM measure
        String top = mvc.perform(get("/api/v1/soa")
                        .param(
                                "unit",
                                jdbc.sql("select code from org_unit where id = :id")
                                        .param("id", office)
                                        .query(String.class)
                                        .single())
                        .param("size", "200")
                        .with(TestUsers.ciso()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(top).contains("\"measureId\":\"1.1.1\"", "\"reason\":\"BODY\"");
    }

    @Test
    void only_readers_of_the_unit_see_it() throws Exception {
        mvc.perform(get("/soa/units/" + section).with(TestUsers.as(otherManager)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/soa").param("unit", sectionCode).with(TestUsers.staff()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/soa/units/" + section).with(TestUsers.auditor())).andExpect(status().isOk());
    }

    @Test
    void the_manager_records_status_and_not_applicable_waits_for_approval() throws Exception {
        mvc.perform(post("/soa/units/" + section + "/measures/2.1.1")
                        .param("status", "IMPLEMENTED")
                        .param("responsible", "管理 一郎")
                        .param("lastChecked", "2026-04-01")
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().is3xxRedirection());
        String page = html(get("/soa/units/" + section).with(TestUsers.as(manager)));
        assertThat(page).contains("管理 一郎", "令和9年4月1日"); // ANNUAL: next check a year later
        mvc.perform(post("/soa/units/" + section + "/measures/2.1.2")
                        .param("status", "IMPLEMENTED")
                        .with(csrf())
                        .with(TestUsers.as(otherManager)))
                .andExpect(status().isForbidden());

        mvc.perform(post("/soa/units/" + section + "/measures/5.1.9")
                        .param("status", "NOT_APPLICABLE")
                        .param("notApplicableReason", "")
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from ctl_soa_entry where scope_key = :s and measure_id = '5.1.9'")
                        .param("s", "U:" + section)
                        .query(Long.class)
                        .single())
                .isZero();
        mvc.perform(post("/soa/units/" + section + "/measures/5.1.9")
                        .param("status", "NOT_APPLICABLE")
                        .param("notApplicableReason", "会計年度任用職員を置いていない")
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().is3xxRedirection());
        String api = mvc.perform(get("/api/v1/soa")
                        .param("unit", sectionCode)
                        .param("size", "200")
                        .with(TestUsers.as(manager)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(api).contains("\"measureId\":\"5.1.9\"");
        assertThat(api.substring(api.indexOf("\"measureId\":\"5.1.9\"")))
                .contains("\"status\":\"NOT_IMPLEMENTED\"", "\"notApplicableRequested\":true");
        mvc.perform(post("/soa/units/" + section + "/measures/5.1.9/approve-not-applicable")
                        .with(csrf())
                        .with(TestUsers.as(manager)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/soa/units/" + section + "/measures/5.1.9/approve-not-applicable")
                        .with(csrf())
                        .with(TestUsers.ciso()))
                .andExpect(status().is3xxRedirection());
        String after = mvc.perform(get("/api/v1/soa")
                        .param("unit", sectionCode)
                        .param("status", "NOT_APPLICABLE")
                        .with(TestUsers.as(manager)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(after).contains("\"measureId\":\"5.1.9\"", "\"total\":1");
        assertThat(jdbc.sql("select count(*) from audit_entry where action like 'control.soa.%' and subject_id like :s")
                        .param("s", "U:" + section + "/%")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(3);
    }
}
