package jp.mamori.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import jp.mamori.shared.Role;
import org.junit.jupiter.api.Test;

/**
 * The audit entries of the control module derived from the event records: the actions, subjects
 * and detail keys stay those the module wrote before the derived pattern.
 */
class ControlEventTest {
    @Test
    void catalogueEventsKeepTheirActionsSubjectsAndDetailKeys() {
        var loaded = new ControlEvent.CatalogueLoaded(1, "system", "soumu", 237);
        assertThat(loaded.action()).isEqualTo("control.catalogue.loaded");
        assertThat(loaded.subjectType()).isEqualTo("control-catalogue");
        assertThat(loaded.subjectId()).isEqualTo("1");
        assertThat(loaded.actor()).isEqualTo("system");
        assertThat(loaded.details()).containsExactly(Map.entry("key", "soumu"), Map.entry("measures", "237"));

        assertThat(new ControlEvent.CatalogueImported(2, "cli:a", 10, "abc").details())
                .containsOnlyKeys("measures", "contentHash");
        assertThat(new ControlEvent.CatalogueDrafted(3, "ciso", 1, "改定").details())
                .containsOnlyKeys("basedOn", "note");
        assertThat(new ControlEvent.CatalogueTailored(3, "ciso", "reworded", "6.3.2", Map.of()).details())
                .containsExactly(Map.entry("change", "reworded"), Map.entry("measure", "6.3.2"));
        assertThat(new ControlEvent.CatalogueTailored(3, "ciso", "notAdopted", "6.3.2", Map.of("reason", "不要"))
                        .details())
                .containsExactly(
                        Map.entry("change", "notAdopted"), Map.entry("measure", "6.3.2"), Map.entry("reason", "不要"));
        assertThat(new ControlEvent.CatalogueSubmitted(3, "ciso", List.of(Role.CHIEF_SECURITY_OFFICER, Role.CISO))
                        .details())
                .containsExactly(Map.entry("chain", "[CHIEF_SECURITY_OFFICER, CISO]"));
        var inForce = new ControlEvent.CatalogueInForce(3, "ciso", 2, Role.CISO, "h");
        assertThat(inForce.action()).isEqualTo("control.catalogue.inForce");
        assertThat(inForce.details())
                .containsExactly(Map.entry("step", "2"), Map.entry("role", "CISO"), Map.entry("contentHash", "h"));
        assertThat(new ControlEvent.CatalogueApproved(3, "cso", 1, Role.CHIEF_SECURITY_OFFICER, "").action())
                .isEqualTo("control.catalogue.approved");
        assertThat(new ControlEvent.CatalogueReturned(3, "ciso", "直して").details())
                .containsExactly(Map.entry("comment", "直して"));
    }

    @Test
    void applicabilityEventsKeepTheirSubjectAndDetailKeys() {
        var recorded = new ControlEvent.SoaRecorded(
                "U:4/2.2.1", "manager", ImplementationStatus.PARTIAL, "山田", "2026-04-01", "", "NONE", "");
        assertThat(recorded.action()).isEqualTo("control.soa.recorded");
        assertThat(recorded.subjectType()).isEqualTo("control-soa");
        assertThat(recorded.subjectId()).isEqualTo("U:4/2.2.1");
        assertThat(recorded.details().keySet())
                .containsExactly("status", "responsible", "lastChecked", "nextCheck", "notApplicable", "reason");
        assertThat(recorded.details()).containsEntry("status", "PARTIAL");
        var approved = new ControlEvent.SoaNotApplicableApproved("U:4/2.2.1", "ciso", "該当なし", "manager");
        assertThat(approved.action()).isEqualTo("control.soa.notApplicableApproved");
        assertThat(approved.details().keySet()).containsExactly("reason", "requestedBy");
    }
}
