package jp.mamori.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestUsers;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every {@code /api/v1} endpoint that takes a JSON body answers a bad body with 400 problem JSON
 * naming the field and what is wrong, in the request's language. The body is read before anything
 * is looked up, so the ids in the paths need not exist.
 */
@MamoriSpringTest
class ApiBadBodyTests {
    private static final String INCIDENT = "/api/v1/incidents/" + UUID.randomUUID();

    @Autowired
    MockMvc mvc;

    static Stream<Arguments> endpoints() {
        return Stream.of(
                Arguments.of("POST", "/api/v1/assets", "{\"ownerUnitId\":\"総務課\"}", "ownerUnitId", "整数"),
                Arguments.of("PUT", "/api/v1/assets/IA-000001", "{\"kind\":\"SOFTWARE\"}", "kind", "SOFTWARE"),
                Arguments.of("POST", "/api/v1/assets/IA-000001/disposal", "{\"date\":\"昨日\"}", "date", "日付"),
                Arguments.of(
                        "POST", "/api/v1/policies/1/revisions", "{\"effectiveOn\":\"令和7年4月1日\"}", "effectiveOn", "日付"),
                Arguments.of(
                        "PUT", "/api/v1/policies/1/revisions/1", "{\"enactedOn\":\"2025-13-01\"}", "enactedOn", "日付"),
                Arguments.of(
                        "POST",
                        "/api/v1/policies/1/revisions/1/reject",
                        "{\"comment\":{\"text\":\"差戻し\"}}",
                        "comment",
                        "文字列"),
                Arguments.of(
                        "POST",
                        "/api/v1/policies/1/revisions/1/acknowledgements",
                        "{\"contentHash\":{}}",
                        "contentHash",
                        "文字列"),
                Arguments.of("POST", "/api/v1/incidents", "{\"threat\":\"ALIENS\"}", "threat", "ALIENS"),
                Arguments.of("POST", INCIDENT + "/triage", "{\"severity\":\"高\"}", "severity", "整数"),
                Arguments.of("POST", INCIDENT + "/contain", "{\"note\":[\"a\",\"b\"]}", "note", "文字列"),
                Arguments.of("POST", INCIDENT + "/eradicate", "{\"note\":{}}", "note", "文字列"),
                Arguments.of("POST", INCIDENT + "/recover", "{\"note\":{}}", "note", "文字列"),
                Arguments.of("POST", INCIDENT + "/close", "{\"cause\":{}}", "cause", "文字列"),
                Arguments.of("POST", INCIDENT + "/not-an-incident", "{\"reason\":{}}", "reason", "文字列"),
                Arguments.of("POST", INCIDENT + "/notes", "{\"note\":{}}", "note", "文字列"),
                Arguments.of(
                        "PUT",
                        INCIDENT + "/personal-data",
                        "{\"facts\":{\"personalInformation\":\"はい\"}}",
                        "facts.personalInformation",
                        "true または false"),
                Arguments.of("POST", INCIDENT + "/checklist", "{\"step\":{}}", "step", "文字列"),
                Arguments.of("PUT", INCIDENT + "/report-facts", "{\"occurredOn\":\"先週\"}", "occurredOn", "日付"),
                Arguments.of("POST", "/api/v1/units", "{\"parentId\":\"本部\"}", "parentId", "整数"),
                Arguments.of("PUT", "/api/v1/units/1", "{\"parentId\":true}", "parentId", "整数"),
                Arguments.of("POST", "/api/v1/people", "{\"unitId\":\"保険課\"}", "unitId", "整数"),
                Arguments.of("PUT", "/api/v1/people/1", "{\"unitId\":[1]}", "unitId", "整数"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void a_bad_value_is_named_by_its_field_in_japanese(
            String method, String path, String body, String field, String hint) throws Exception {
        mvc.perform(request(HttpMethod.valueOf(method), path)
                        .contentType(MediaType.APPLICATION_JSON)
                        .accept(MediaType.APPLICATION_JSON)
                        .locale(Locale.JAPANESE)
                        .content(body)
                        .with(TestUsers.admin()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("リクエストが正しくありません"))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString(hint)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Failed to read"))));
    }

    @Test
    void personal_data_leaving_out_one_answer_names_that_answer() throws Exception {
        String body = """
                {"title":"名簿の誤送信","description":"別の組合員に送った","discoveredAt":"2026-11-26T00:30:00Z",
                 "threat":"UNINTENTIONAL_ERROR",
                 "personalData":{"personalInformation":true,"myNumber":false,"approximatePeople":3,
                   "improperPurposeSuspected":false,"exposedOnWeb":false,"possibleFinancialHarm":false,
                   "myNumberSystemsInvolved":false,"stronglyEncrypted":false}}
                """;
        mvc.perform(request(HttpMethod.POST, "/api/v1/incidents")
                        .contentType(MediaType.APPLICATION_JSON)
                        .locale(Locale.JAPANESE)
                        .content(body)
                        .with(TestUsers.admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("personalData.sensitive"))
                .andExpect(jsonPath("$.errors[0].message").value("値がありません。true または false を指定してください。"));
        mvc.perform(request(HttpMethod.POST, "/api/v1/incidents")
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en-GB,en;q=0.9")
                        .content(body)
                        .with(TestUsers.admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("personalData.sensitive"))
                .andExpect(jsonPath("$.errors[0].message").value("No value given; give true or false."));
    }

    @Test
    void a_body_with_several_bad_fields_names_every_one_of_them() throws Exception {
        String body = """
                {"title":"名簿の誤送信","description":"別の組合員に送った","discoveredAt":"昨日",
                 "threat":"ALIENS",
                 "personalData":{"personalInformation":"はい","myNumber":false,"approximatePeople":"三人",
                   "improperPurposeSuspected":false,"exposedOnWeb":false,"possibleFinancialHarm":false,
                   "myNumberSystemsInvolved":false,"stronglyEncrypted":false},
                 "affectedAssets":["名簿", {"name":"共有フォルダ"}]}
                """;
        String[] fields = {
            "discoveredAt",
            "affectedAssets[1]",
            "threat",
            "personalData.personalInformation",
            "personalData.sensitive",
            "personalData.approximatePeople"
        };
        mvc.perform(request(HttpMethod.POST, "/api/v1/incidents")
                        .contentType(MediaType.APPLICATION_JSON)
                        .locale(Locale.JAPANESE)
                        .content(body)
                        .with(TestUsers.admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(fields.length))
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder(fields)))
                .andExpect(jsonPath("$.errors[?(@.field == 'personalData.sensitive')].message")
                        .value(Matchers.contains("値がありません。true または false を指定してください。")))
                .andExpect(jsonPath("$.errors[?(@.field == 'threat')].message")
                        .value(Matchers.contains(Matchers.containsString("値「ALIENS」は選べません"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'personalData.approximatePeople')].message")
                        .value(Matchers.contains(Matchers.containsString("整数"))));
        mvc.perform(request(HttpMethod.POST, "/api/v1/incidents")
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en-GB,en;q=0.9")
                        .content(body)
                        .with(TestUsers.admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder(fields)))
                .andExpect(jsonPath("$.errors[?(@.field == 'personalData.sensitive')].message")
                        .value(Matchers.contains("No value given; give true or false.")));
    }

    @Test
    void several_bad_fields_of_a_unit_are_named_together() throws Exception {
        mvc.perform(request(HttpMethod.POST, "/api/v1/units")
                        .contentType(MediaType.APPLICATION_JSON)
                        .locale(Locale.JAPANESE)
                        .content("{\"code\":{\"a\":1},\"name\":[\"総務課\"],\"parentId\":\"本部\"}")
                        .with(TestUsers.admin()))
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("code", "name", "parentId")));
    }

    @Test
    void a_body_that_is_not_json_is_named_as_the_whole_body_with_its_place() throws Exception {
        mvc.perform(request(HttpMethod.POST, "/api/v1/units")
                        .contentType(MediaType.APPLICATION_JSON)
                        .locale(Locale.JAPANESE)
                        .content("{\"code\": \"A1\",\n \"name\": }")
                        .with(TestUsers.admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("$"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.startsWith("リクエストの本文を JSON として読めません（2行")));
    }

    @Test
    void an_unknown_choice_lists_the_allowed_values() throws Exception {
        mvc.perform(request(HttpMethod.POST, "/api/v1/incidents")
                        .contentType(MediaType.APPLICATION_JSON)
                        .locale(Locale.JAPANESE)
                        .content("{\"threat\":\"ALIENS\"}")
                        .with(TestUsers.admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value(Matchers.allOf(
                                Matchers.containsString("値「ALIENS」は選べません"),
                                Matchers.containsString("INTENTIONAL_ATTACK"))));
    }
}
