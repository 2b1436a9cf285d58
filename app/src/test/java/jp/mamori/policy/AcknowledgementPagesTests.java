package jp.mamori.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import jp.mamori.policy.web.PolicyWebForTests;
import jp.mamori.shared.CurrentUser;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.OnDay;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The acknowledgement pages and API through MockMvc: own list, confirm, campaign page, Excel. */
@MamoriSpringTest
// the fixtures are a fixed calendar (施行日 2024-04-01 and 2025, approvals dated then): today is set
@OnDay("2026-11-26")
class AcknowledgementPagesTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PolicyRepository documentRows;

    @Autowired
    RevisionRepository revisionRows;

    @Autowired
    Acknowledgements acknowledgements;

    AcknowledgementFixtures fx;
    long unit;
    long person;
    long other;
    CurrentUser staff;
    InForce doc;
    AcknowledgementCampaign campaign;

    @BeforeEach
    void setUp() {
        fx = new AcknowledgementFixtures(jdbc, documentRows, revisionRows);
        unit = fx.unit("画面確認課", null);
        person = fx.person("画面　確子", unit);
        other = fx.person("画面　未了", unit);
        staff = AcknowledgementFixtures.staff(person, unit);
        doc = fx.standard(PolicyTestData.unique("画面対策基準"));
        AtomicReference<AcknowledgementCampaign> started = new AtomicReference<>();
        TestUsers.runAs(
                AcknowledgementFixtures.CISO,
                () -> started.set(acknowledgements.start(
                        doc.document().id(),
                        new CampaignAudience.Units(List.of(unit)),
                        TestClock.today().plusDays(30),
                        "")));
        campaign = started.get();
    }

    String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void a_member_of_staff_sees_what_to_confirm_confirms_it_and_the_campaign_page_shows_the_progress()
            throws Exception {
        String mine = html(get("/policies/acknowledgements").with(TestUsers.as(staff)));
        assertThat(mine).contains(doc.document().title()).contains("確認が必要な文書").contains("テスト第1号");

        mvc.perform(post("/policies/acknowledgements/confirm")
                        .with(csrf())
                        .with(TestUsers.as(staff))
                        .param("documentId", Long.toString(doc.document().id()))
                        .param("revisionId", Long.toString(doc.revision().id()))
                        .param("contentHash", doc.revision().contentHash()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/policies/" + doc.document().id() + "/revisions/"
                        + doc.revision().id()));

        String after = html(get("/policies/acknowledgements").with(TestUsers.as(staff)));
        assertThat(after).contains("確認が必要な文書はありません。").contains("確認済みの文書");

        String page = html(get("/policies/acknowledgements/campaigns/{id}", campaign.id())
                .with(TestUsers.as(AcknowledgementFixtures.CISO)));
        assertThat(page)
                .contains("1 / 2 人（50%）")
                .contains("画面確認課")
                .contains("画面　未了")
                .doesNotContain("画面　確子")
                .contains("未確認者に催促する");
    }

    @Test
    void the_policy_pages_carry_the_confirm_panel_the_print_and_pdf_links_the_import_and_the_export() throws Exception {
        String revisionPath = "/policies/" + doc.document().id() + "/revisions/"
                + doc.revision().id();
        String revision = html(get(revisionPath).with(TestUsers.as(staff)));
        assertThat(revision)
                .contains("id=\"ack-confirm\"")
                .contains(doc.revision().contentHash())
                .contains(revisionPath + "/print")
                .contains(revisionPath + "/pdf");

        String list = html(get("/policies").with(TestUsers.as(staff)));
        assertThat(list).contains("遵守の確認（未確認 1 件）").contains("/policies/export.zip");

        String managerView = html(get(revisionPath).with(TestUsers.as(AcknowledgementFixtures.CISO)));
        assertThat(managerView).contains("0 / 2 人（0%）").contains("確認を依頼する");
        String document =
                html(get("/policies/{id}", doc.document().id()).with(TestUsers.as(AcknowledgementFixtures.CISO)));
        assertThat(document).contains("/policies/" + doc.document().id() + "/import");
        String staffDocument = html(get("/policies/{id}", doc.document().id()).with(TestUsers.as(staff)));
        assertThat(staffDocument).doesNotContain("/policies/" + doc.document().id() + "/import");

        mvc.perform(post("/policies/acknowledgements/confirm")
                        .with(csrf())
                        .with(TestUsers.as(staff))
                        .param("documentId", Long.toString(doc.document().id()))
                        .param("revisionId", Long.toString(doc.revision().id()))
                        .param("contentHash", doc.revision().contentHash()))
                .andExpect(status().is3xxRedirection());
        String confirmed = html(get(revisionPath).with(TestUsers.as(staff)));
        assertThat(confirmed).contains("id=\"ack-confirmed\"").doesNotContain("id=\"ack-confirm\"");
    }

    @Test
    void a_confirmation_without_csrf_is_refused_and_a_staff_member_cannot_open_the_campaign() throws Exception {
        mvc.perform(post("/policies/acknowledgements/confirm")
                        .with(TestUsers.as(staff))
                        .param("documentId", Long.toString(doc.document().id()))
                        .param("revisionId", Long.toString(doc.revision().id()))
                        .param("contentHash", doc.revision().contentHash()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/policies/acknowledgements/campaigns/{id}", campaign.id())
                        .accept(MediaType.TEXT_HTML)
                        .with(TestUsers.as(staff)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/policies/acknowledgements/new")
                        .accept(MediaType.TEXT_HTML)
                        .with(TestUsers.as(staff)))
                .andExpect(status().isForbidden());
    }

    /** The handlers' rule (method security) refuses a member of staff before the service is asked. */
    @Test
    void a_staff_member_may_neither_remind_nor_close_a_campaign() throws Exception {
        mvc.perform(post("/policies/acknowledgements/campaigns/{id}/remind", campaign.id())
                        .with(csrf())
                        .with(TestUsers.as(staff)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/policies/acknowledgements/campaigns/{id}/close", campaign.id())
                        .with(csrf())
                        .with(TestUsers.as(staff)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/policies/acknowledgements/campaigns/{id}", campaign.id())
                        .with(TestUsers.as(AcknowledgementFixtures.CISO)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OPEN"));
    }

    @Test
    void a_manager_starts_a_campaign_through_the_form() throws Exception {
        String form = html(get("/policies/acknowledgements/new").with(TestUsers.as(AcknowledgementFixtures.CISO)));
        assertThat(form).contains(doc.document().title()).contains("会計年度任用職員").contains("画面確認課");

        String location = mvc.perform(post("/policies/acknowledgements/campaigns")
                        .with(csrf())
                        .with(TestUsers.as(AcknowledgementFixtures.CISO))
                        .param("documentId", Long.toString(doc.document().id()))
                        .param("audience", "UNITS")
                        .param("unitIds", Long.toString(unit))
                        .param("dueOn", TestClock.today().plusDays(7).toString()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/policies/acknowledgements/campaigns/");

        String missing = html(post("/policies/acknowledgements/campaigns")
                .with(csrf())
                .with(TestUsers.as(AcknowledgementFixtures.CISO))
                .param("documentId", Long.toString(doc.document().id()))
                .param("audience", "UNITS"));
        assertThat(missing).contains("部署または雇用区分を1つ以上選んでください。");
        // the summary names the field by its label and links to it
        assertThat(missing).contains("<a href=\"#unitIds\">部署（「部署」を選んだとき）：部署または雇用区分を1つ以上選んでください。</a>");
    }

    @Test
    void the_not_confirmed_list_downloads_as_excel_with_japanese_headers() throws Exception {
        byte[] xlsx = mvc.perform(get("/policies/acknowledgements/campaigns/{id}/not-confirmed.xlsx", campaign.id())
                        .with(TestUsers.as(AcknowledgementFixtures.CISO)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", PolicyWebForTests.XLSX))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter text = new DataFormatter();
            assertThat(text.formatCellValue(sheet.getRow(0).getCell(1)))
                    .isEqualTo(doc.document().title());
            assertThat(text.formatCellValue(sheet.getRow(1).getCell(1))).isEqualTo("令和6年4月1日");
            assertThat(text.formatCellValue(sheet.getRow(6).getCell(3))).isEqualTo("氏名");
            List<String> names = List.of(
                    text.formatCellValue(sheet.getRow(7).getCell(3)),
                    text.formatCellValue(sheet.getRow(8).getCell(3)));
            assertThat(names).containsExactlyInAnyOrder("画面　確子", "画面　未了");
            assertThat(sheet.getLastRowNum()).isEqualTo(8);
        }
    }

    @Test
    void the_api_answers_my_status_confirms_with_the_hash_and_refuses_a_wrong_one() throws Exception {
        mvc.perform(get("/api/v1/policies/acknowledgements/mine").with(TestUsers.as(staff)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.toConfirm[0].revisionId")
                        .value(doc.revision().id()))
                .andExpect(jsonPath("$.toConfirm[0].contentHash")
                        .value(doc.revision().contentHash()));

        String url = "/api/v1/policies/" + doc.document().id() + "/revisions/"
                + doc.revision().id() + "/acknowledgements";
        mvc.perform(post(url)
                        .with(csrf())
                        .with(TestUsers.as(staff))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"contentHash\":\"" + "f".repeat(64) + "\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post(url)
                        .with(csrf())
                        .with(TestUsers.as(staff))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"contentHash\":\"" + doc.revision().contentHash() + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.personId").value(person))
                .andExpect(jsonPath("$.contentHash").value(doc.revision().contentHash()))
                .andExpect(jsonPath("$.channel").value("API"));

        mvc.perform(get(url).with(TestUsers.as(staff)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mine.personId").value(person))
                .andExpect(jsonPath("$.campaigns").isEmpty());
        mvc.perform(get(url).with(TestUsers.as(AcknowledgementFixtures.CISO)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.campaigns[0].total.targeted").value(2))
                .andExpect(jsonPath("$.campaigns[0].total.confirmed").value(1))
                .andExpect(jsonPath("$.campaigns[0].total.percent").value(50));
        mvc.perform(get("/api/v1/policies/acknowledgements/campaigns/{id}", campaign.id())
                        .with(TestUsers.as(AcknowledgementFixtures.CISO)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.units[0].name").value("画面確認課"))
                .andExpect(jsonPath("$.notConfirmed[0].personId").value(other));
        mvc.perform(get("/api/v1/policies/acknowledgements/campaigns/{id}", campaign.id())
                        .with(TestUsers.as(staff)))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_openapi_document_lists_the_acknowledgement_endpoints() throws Exception {
        String api = mvc.perform(get("/api/v1/openapi.json").with(TestUsers.staff()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(api)
                .contains("/api/v1/policies/acknowledgements/mine")
                .contains("/api/v1/policies/{documentId}/revisions/{revisionId}/acknowledgements")
                .contains("/api/v1/policies/acknowledgements/campaigns/{campaignId}");
    }
}
