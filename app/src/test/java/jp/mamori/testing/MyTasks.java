package jp.mamori.testing;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jp.mamori.shared.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's work list read through {@code GET /api/v1/me/tasks}, for the tests of each module's
 * task source: the test database is shared, so tests look for their own items ({@link #about}) and
 * never count the whole list.
 */
public final class MyTasks {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One item as the API returns it. */
    public record Item(
            String kind,
            String label,
            String subject,
            @Nullable String dueOn,
            @Nullable String dueOnWareki,
            @Nullable Long daysLeft,
            String urgency,
            String link) {}

    private final JsonNode body;

    private MyTasks(JsonNode body) {
        this.body = body;
    }

    /** The list of that user (in Japanese). */
    public static MyTasks of(MockMvc mvc, CurrentUser user) {
        try {
            String text = mvc.perform(
                            get("/api/v1/me/tasks").with(TestUsers.as(user)).header("Accept-Language", "ja"))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            return new MyTasks(JSON.readTree(text));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public JsonNode body() {
        return body;
    }

    public List<Item> items() {
        List<Item> items = new ArrayList<>();
        for (JsonNode n : body.get("items")) {
            items.add(new Item(
                    n.get("kind").asString(),
                    n.get("label").asString(),
                    n.get("subject").asString(),
                    text(n, "dueOn"),
                    text(n, "dueOnWareki"),
                    n.path("daysLeft").isNumber() ? n.path("daysLeft").asLong() : null,
                    n.get("urgency").asString(),
                    n.get("link").asString()));
        }
        return items;
    }

    private static @Nullable String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isString() ? v.asString() : null;
    }

    /** The items of that kind whose subject contains the text. */
    public List<Item> about(String kind, String subjectPart) {
        return items().stream()
                .filter(i -> i.kind().equals(kind) && i.subject().contains(subjectPart))
                .toList();
    }
}
