package jp.mamori.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import jp.mamori.testing.Html;
import jp.mamori.testing.PostgresApplicationTest;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 12, point 8 on a real PostgreSQL and a real Tomcat: a NUL in a name used to end in a 500
 * (PostgreSQL refuses NUL in text), and a 50 MB upload got Tomcat's English 413 page.
 */
class InputHygienePostgresIT extends PostgresApplicationTest {
    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    @Test
    void a_nul_in_a_form_field_is_a_field_error_not_a_500() throws Exception {
        String page = Html.page(mvc, NewUnit.form("NUL1", "架空\u0000課"));
        assertThat(page).contains("使えない制御文字（U+0000）");
    }

    @Test
    void a_nul_in_json_or_in_a_search_parameter_is_a_400_not_a_500() throws Exception {
        mvc.perform(NewUnit.json("NUL2", "a\\u0000b"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(get("/api/v1/people").param("q", "\u0000").with(TestUsers.staff()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("q"));
    }

    @Test
    void a_50_mb_upload_gets_the_products_413_page_in_japanese() throws Exception {
        String boundary = "mamori-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.xlsx\"\r\n"
                        + "Content-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + 50 * 1024 * 1024 + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/assets/import"))
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .header("Accept", "text/html")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        System.out.println(
                "[413] " + response.statusCode() + " " + response.headers().map() + "\n" + response.body());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("大きすぎます").contains("mamori").doesNotContain("Apache Tomcat");
    }

    @Test
    void a_request_the_container_refuses_gets_a_japanese_page_not_tomcats() throws Exception {
        // a raw request line with a character Tomcat refuses before the application sees it
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.getOutputStream()
                    .write("GET /a|b HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 400");
            assertThat(answer)
                    .contains("リクエストが正しくありません")
                    .doesNotContain("Apache Tomcat")
                    .doesNotContain("Exception");
        }
    }
}
