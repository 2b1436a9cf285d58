package jp.mamori.shared;

import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every audit event record of the application names its action and kind of subject, no two share an
 * action, and each writes to the trail what it wrote before events were declared by annotations
 * ({@code audit-events.txt}: class → action, subject type, subject id, actor and details of a sample).
 */
class AuditEventsTests {
    @Test
    void every_event_record_names_an_action_and_a_subject_type_and_no_two_share_an_action() {
        List<Class<? extends AuditableEvent>> records = AuditEventCatalogue.records();
        assertThat(records).hasSizeGreaterThan(200);

        Map<String, String> classByAction = new HashMap<>();
        for (Class<? extends AuditableEvent> type : records) {
            AuditableEvent event = AuditEventCatalogue.sample(type);
            assertThat(event.action()).as(type.getName()).isNotBlank();
            assertThat(event.subjectType()).as(type.getName()).isNotBlank();
            assertThat(classByAction.put(event.action(), type.getName()))
                    .as("action %s of %s", event.action(), type.getName())
                    .isNull();
        }
    }

    @Test
    void every_member_of_every_sealed_family_is_a_record_the_catalogue_knows() {
        List<Class<?>> records = List.copyOf(AuditEventCatalogue.records());
        for (Class<?> type : records) {
            for (Class<?> family : type.getInterfaces()) {
                if (family.isSealed()) {
                    assertThat(AuditEventCatalogue.members(family))
                            .as(family.getName())
                            .isSubsetOf(records);
                }
            }
        }
    }

    @Test
    void each_event_writes_the_same_entry_as_before() throws IOException {
        List<String> before;
        try (InputStream in = getClass().getResourceAsStream("audit-events.txt")) {
            before = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
        }
        Set<String> listed = before.stream()
                .map(line -> line.substring(0, line.indexOf(" | ")))
                .collect(toSet());

        List<String> now = AuditEventCatalogue.table()
                .lines()
                .filter(line -> listed.contains(line.substring(0, line.indexOf(" | "))))
                .toList();

        // an event added later need not be listed; one listed must write what it wrote
        assertThat(now).containsExactlyElementsOf(before);
    }
}
