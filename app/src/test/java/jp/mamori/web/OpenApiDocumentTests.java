package jp.mamori.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Set;
import java.util.TreeSet;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@MamoriSpringTest
class OpenApiDocumentTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    JsonNode document() throws Exception {
        var response = mvc.perform(get("/api/v1/openapi.json").with(TestUsers.admin()))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return json.readTree(response.getContentAsString());
    }

    @Test
    void the_document_is_openapi_3_with_the_api_token_scheme() throws Exception {
        JsonNode doc = document();
        assertThat(doc.path("openapi").asString()).startsWith("3.");
        assertThat(doc.path("info").path("title").asString()).isEqualTo("mamori API");
        assertThat(doc.path("components")
                        .path("securitySchemes")
                        .path("apiToken")
                        .path("scheme")
                        .asString())
                .isEqualTo("bearer");
    }

    @Test
    void every_api_v1_mapping_appears_in_the_document_and_nothing_else() throws Exception {
        Set<String> documented = new TreeSet<>();
        document().path("paths").propertyNames().forEach(documented::add);
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods()
                .forEach((info, method) -> info.getPatternValues().stream()
                        .filter(p -> p.startsWith("/api/v1/"))
                        .filter(p -> !p.startsWith("/api/v1/openapi.json")) // the document itself (JSON and .yaml)
                        .forEach(mapped::add));
        assertThat(mapped).as("the organisation API is mapped").anyMatch(p -> p.startsWith("/api/v1/units"));
        assertThat(documented).containsAll(mapped);
        assertThat(documented).allMatch(p -> p.startsWith("/api/v1/"));
    }
}
