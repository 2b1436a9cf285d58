package jp.mamori.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The audit entry derived from an event record: subject, actor and details from its components. */
class AuditDetailsTest {
    record Renamed(@AuditableEvent.Subject long unitId, String actor, String name, LocalDate from)
            implements AuditableEvent {
        @Override
        public String action() {
            return "unit.renamed";
        }

        @Override
        public String subjectType() {
            return "unit";
        }
    }

    record Changed(@AuditableEvent.Subject String number, String actor, Map<String, String> changes)
            implements AuditableEvent {
        @Override
        public String action() {
            return "asset.changed";
        }

        @Override
        public String subjectType() {
            return "asset";
        }
    }

    record Locked(String login, int failedAttempts) implements AuditableEvent {
        @Override
        public String action() {
            return "account.locked";
        }

        @Override
        public String subjectType() {
            return "user";
        }
    }

    @Test
    void the_subject_and_actor_are_taken_out_and_every_other_component_is_a_detail_in_order() {
        Renamed event = new Renamed(42, "admin", "保険課", LocalDate.of(2026, 4, 1));

        assertThat(event.subjectId()).isEqualTo("42");
        assertThat(event.actor()).isEqualTo("admin");
        assertThat(event.details()).containsExactly(Map.entry("name", "保険課"), Map.entry("from", "2026-04-01"));
    }

    @Test
    void a_map_component_adds_its_own_entries() {
        Map<String, String> changes = new LinkedHashMap<>();
        changes.put("name", "旧 → 新");
        changes.put("class", "3 → 2");

        Changed event = new Changed("A-0001", "manager", changes);

        assertThat(event.subjectId()).isEqualTo("A-0001");
        assertThat(event.details()).containsExactly(Map.entry("name", "旧 → 新"), Map.entry("class", "3 → 2"));
    }

    @Test
    void an_event_without_a_subject_has_an_empty_subject_and_one_without_an_actor_must_name_it() {
        Locked event = new Locked("staff", 5);

        assertThat(event.subjectId()).isEmpty();
        assertThat(event.details()).containsExactly(Map.entry("login", "staff"), Map.entry("failedAttempts", "5"));
        assertThatThrownBy(event::actor)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("actor");
    }
}
