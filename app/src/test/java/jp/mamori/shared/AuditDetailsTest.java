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

    @AuditableEvent.SubjectType("user")
    sealed interface AccountEvent extends AuditableEvent {}

    @AuditableEvent.Action("signout")
    record SignedOut(
            @AuditableEvent.Subject @AuditableEvent.Actor String login) implements AccountEvent {}

    @AuditableEvent.Action(value = "account.locked", actor = "system")
    record Blocked(@AuditableEvent.Subject String login, int failedAttempts) implements AccountEvent {}

    @AuditableEvent.SubjectType("api-token")
    @AuditableEvent.Action("api-token.revoked")
    record TokenRevoked(@AuditableEvent.Subject long tokenId, String owner, String actor) implements AccountEvent {}

    record Unnamed(String actor) implements AccountEvent {}

    @Test
    void the_action_and_subject_type_come_from_the_annotations_of_the_record_or_its_family() {
        assertThat(new SignedOut("staff").action()).isEqualTo("signout");
        assertThat(new SignedOut("staff").subjectType()).isEqualTo("user");
        assertThat(new TokenRevoked(7, "staff", "admin").subjectType()).isEqualTo("api-token");
        assertThat(new TokenRevoked(7, "staff", "admin").details()).containsExactly(Map.entry("owner", "staff"));
    }

    @Test
    void the_actor_is_a_marked_component_or_the_fixed_one_the_action_names() {
        SignedOut signedOut = new SignedOut("staff");
        assertThat(signedOut.actor()).isEqualTo("staff");
        assertThat(signedOut.subjectId()).isEqualTo("staff");
        assertThat(signedOut.details()).isEmpty();

        Blocked blocked = new Blocked("staff", 5);
        assertThat(blocked.actor()).isEqualTo("system");
        assertThat(blocked.details()).containsExactly(Map.entry("failedAttempts", "5"));
    }

    @Test
    void a_record_without_an_action_fails_loudly() {
        assertThatThrownBy(new Unnamed("admin")::action)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Unnamed")
                .hasMessageContaining("@AuditableEvent.Action");
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
