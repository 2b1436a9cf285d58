package jp.mamori.incident;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.OnDay;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The REST API /api/v1/incidents: report, read, visibility, transitions, deadlines, problems. */
@MamoriSpringTest
// the report is discovered on 2026-01-30 and its deadlines counted across the month end: today is set
@OnDay("2026-02-01")
class IncidentApiTests {
    static final String FACTS = """
            {"personalInformation":true,"sensitive":false,"myNumber":true,"approximatePeople":101,
             "improperPurposeSuspected":false,"exposedOnWeb":false,"possibleFinancialHarm":false,
             "stronglyEncrypted":false,"myNumberSystemsInvolved":false}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    IncidentWorld.Person staff;
    IncidentWorld.Person colleague;
    IncidentWorld.Person csirt;

    @BeforeEach
    void organisation() {
        var world = new IncidentWorld(jdbc);
        long section = world.unit("保険課", null);
        staff = world.person("報告 花子", section);
        colleague = world.person("同僚 次郎", section);
        csirt = world.person("対応 四郎", section, new RoleGrant(Role.CSIRT, null));
    }

    String report(IncidentWorld.Person who) throws Exception {
        String body = """
                {"title":"マイナンバーを含む名簿の誤送信","description":"101人分の名簿を誤ってメール送信",
                 "discoveredAt":"2026-01-30T01:00:00Z","discoveredBy":"送信者本人","affectedAssets":["メール"],
                 "threat":"UNINTENTIONAL_ERROR","personalData":%s}""".formatted(FACTS);
        String json = mvc.perform(post("/api/v1/incidents")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(TestUsers.as(who.user())))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/incidents/")))
                .andExpect(jsonPath("$.state").value("REPORTED"))
                .andExpect(jsonPath("$.reference").isNotEmpty())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(json, "$.id");
    }

    @Test
    void a_report_is_read_back_with_its_reasons_and_deadlines_counted_across_the_month_end() throws Exception {
        String id = report(staff);
        mvc.perform(get("/api/v1/incidents/{id}/deadlines", id).with(TestUsers.as(staff.user())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reportDue").value(true))
                .andExpect(jsonPath("$.reasons[*].rule").value(hasItem("myNumberHeadCount")))
                .andExpect(jsonPath("$.reasons[0].source").isNotEmpty())
                .andExpect(jsonPath("$.discoveredOn").value("2026-01-30"))
                .andExpect(jsonPath("$.preliminaryReportDue").value("2026-02-01"))
                .andExpect(jsonPath("$.finalReportDue").value("2026-02-28"));
        mvc.perform(get("/api/v1/incidents/{id}", id).with(TestUsers.as(staff.user())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("マイナンバーを含む名簿の誤送信"))
                .andExpect(jsonPath("$.timeline[0].step").value("REPORT"))
                .andExpect(jsonPath("$.escalations[0].role").value("SECURITY_MANAGER"));
    }

    @Test
    void another_staff_member_gets_404_and_does_not_see_it_in_the_list() throws Exception {
        String id = report(staff);
        mvc.perform(get("/api/v1/incidents/{id}", id).with(TestUsers.as(colleague.user())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/incidents").with(TestUsers.as(colleague.user())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", not(hasItem(id))));
        mvc.perform(get("/api/v1/incidents").with(TestUsers.as(csirt.user())))
                .andExpect(jsonPath("$[*].id", hasItem(id)));
        mvc.perform(get("/api/v1/incidents/mine").with(TestUsers.as(staff.user())))
                .andExpect(jsonPath("$[*].id", hasItem(id)));
    }

    @Test
    void csirt_takes_the_steps_and_a_step_out_of_order_is_refused() throws Exception {
        String id = report(staff);
        var as = TestUsers.as(csirt.user());
        mvc.perform(post("/api/v1/incidents/{id}/close", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cause\":\"x\",\"recurrencePrevention\":\"y\"}")
                        .with(as))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/incidents/{id}/triage", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"severity\":4,\"priority\":\"HIGH\",\"note\":\"緊急\"}")
                        .with(as))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("TRIAGED"))
                .andExpect(jsonPath("$.severity").value(4))
                .andExpect(jsonPath("$.escalations[*].role").value(hasItem("CISO")));
        for (String step : new String[] {"contain", "eradicate", "recover"}) {
            mvc.perform(post("/api/v1/incidents/{id}/" + step, id)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"note\":\"" + step + "\"}")
                            .with(as))
                    .andExpect(status().isOk());
        }
        mvc.perform(post("/api/v1/incidents/{id}/close", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cause\":\"\",\"recurrencePrevention\":\"\"}")
                        .with(as))
                .andExpect(status().isBadRequest());
        // the due reports are recorded as submitted first: closing with one outstanding is refused
        mvc.perform(post("/api/v1/incidents/{id}/close", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cause\":\"宛先の確認不足\",\"recurrencePrevention\":\"送信前の二人確認\"}")
                        .with(as))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("outstandingReason"));
        for (String kind : new String[] {"PRELIMINARY", "FINAL"}) {
            mvc.perform(post("/api/v1/incidents/{id}/submissions", id)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(
                                    "{\"kind\":\"" + kind + "\",\"submittedAt\":\""
                                            + jp.mamori.testing.TestClock.INSTANCE
                                                    .instant()
                                                    .minusSeconds(60)
                                            + "\",\"submittedBy\":\"CSIRT\",\"channel\":\"PPC_FORM\",\"receiptNumber\":\"R-1\"}")
                            .with(as))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.kind").value(kind))
                    .andExpect(jsonPath("$.sha256").value(org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}")));
        }
        mvc.perform(get("/api/v1/incidents/{id}/submissions", id).with(as))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2));
        mvc.perform(post("/api/v1/incidents/{id}/close", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cause\":\"宛先の確認不足\",\"recurrencePrevention\":\"送信前の二人確認\"}")
                        .with(as))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("CLOSED"))
                .andExpect(jsonPath("$.cause").value("宛先の確認不足"));
    }

    @Test
    void the_reporter_cannot_triage_and_a_report_without_title_names_the_field() throws Exception {
        String id = report(staff);
        mvc.perform(post("/api/v1/incidents/{id}/triage", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"severity\":1,\"priority\":\"LOW\"}")
                        .with(TestUsers.as(staff.user())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/incidents")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"description\":\"x\",\"discoveredAt\":\"2026-01-30T01:00:00Z\"}")
                        .with(TestUsers.as(staff.user())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("title")));
    }

    @Test
    void the_api_is_in_the_openapi_document() throws Exception {
        mvc.perform(get("/api/v1/openapi.json").with(TestUsers.staff()))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$.paths['/api/v1/incidents/{id}/deadlines']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/incidents/{id}/triage']").exists());
    }
}
