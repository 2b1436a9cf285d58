package jp.mamori.incident;

import static jp.mamori.incident.IncidentFixtures.CSIRT;
import static jp.mamori.incident.IncidentFixtures.REPORTER;
import static jp.mamori.incident.IncidentFixtures.SHA;
import static jp.mamori.incident.IncidentFixtures.hour;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import jp.mamori.incident.IncidentEvent.IncidentNoteAdded;
import jp.mamori.incident.IncidentEvent.IncidentReported;
import jp.mamori.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The incident aggregate's own rules, beyond the transition table. */
class IncidentTest {

    @Test
    void a_report_starts_reported_with_one_timeline_entry_and_an_incident_reported_event() {
        Incident incident = IncidentFixtures.reported();

        assertThat(incident.state()).isEqualTo(IncidentState.REPORTED);
        assertThat(incident.timeline()).singleElement().satisfies(entry -> {
            assertThat(entry.step()).isEqualTo(IncidentStep.REPORT);
            assertThat(entry.by()).isEqualTo(REPORTER);
            assertThat(entry.at()).isEqualTo(IncidentFixtures.REPORTED);
        });
        assertThat(incident.events()).singleElement().isInstanceOfSatisfying(IncidentReported.class, event -> {
            assertThat(event.action()).isEqualTo("incident.reported");
            assertThat(event.subjectType()).isEqualTo("incident");
            assertThat(event.actor()).isEqualTo(REPORTER);
            assertThat(event.details())
                    .containsEntry("title", "共有フォルダの設定誤り")
                    .containsEntry("threat", "UNINTENTIONAL_ERROR")
                    .containsKeys("discoveredAt", "reporterUnitId");
        });
    }

    @Test
    void a_full_response_leaves_every_step_on_the_timeline_in_order() {
        Incident incident = IncidentFixtures.in(IncidentState.CLOSED);

        assertThat(incident.timeline())
                .extracting(TimelineEntry::step)
                .containsExactly(
                        IncidentStep.REPORT,
                        IncidentStep.TRIAGE,
                        IncidentStep.CONTAIN,
                        IncidentStep.ERADICATE,
                        IncidentStep.RECOVER,
                        IncidentStep.CLOSE);
        assertThat(incident.closure()).contains(new Closure("権限設定の誤り", "設定変更時の二人確認"));
        assertThat(incident.severity()).contains(Severity.of(2));
    }

    @Test
    void closing_requires_the_cause_and_the_recurrence_prevention() {
        assertThatThrownBy(() -> new Closure(" ", ""))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::field)
                                .containsExactly("cause", "recurrencePrevention"));
    }

    @Test
    void the_closed_event_carries_the_cause_and_the_recurrence_prevention_for_the_audit_trail() {
        Incident incident = IncidentFixtures.in(IncidentState.RECOVERED);

        incident.close(new Closure(" 設定ミス ", "手順書の改訂"), CSIRT, hour(9), "委員会へ報告済み");

        assertThat(incident.events())
                .singleElement()
                .satisfies(event -> assertThat(event.details())
                        .containsExactly(
                                java.util.Map.entry("cause", "設定ミス"),
                                java.util.Map.entry("recurrencePrevention", "手順書の改訂"),
                                java.util.Map.entry("note", "委員会へ報告済み")));
    }

    @Test
    void closing_as_not_an_incident_requires_a_reason_and_keeps_it() {
        Incident incident = IncidentFixtures.reported();

        assertThatThrownBy(() -> incident.closeAsNotAnIncident("  ", CSIRT, hour(1)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(incident.state()).isEqualTo(IncidentState.REPORTED);

        incident.closeAsNotAnIncident("訓練メールへの正しい対応だった", CSIRT, hour(1));

        assertThat(incident.state()).isEqualTo(IncidentState.NOT_AN_INCIDENT);
        assertThat(incident.notAnIncidentReason()).contains("訓練メールへの正しい対応だった");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, -1})
    void a_severity_outside_one_to_four_is_refused(int level) {
        assertThatThrownBy(() -> Severity.of(level))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::messageKey)
                                .containsExactly("incident.error.severity.range"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void a_severity_from_one_to_four_is_recorded_at_triage(int level) {
        Incident incident = IncidentFixtures.reported();

        incident.triage(new Triage(Severity.of(level), Priority.LOW), CSIRT, hour(1), "");

        assertThat(incident.severity()).contains(Severity.of(level));
        assertThat(incident.triage()).map(Triage::priority).contains(Priority.LOW);
    }

    @Test
    void the_timeline_does_not_go_back_in_time() {
        Incident incident = IncidentFixtures.in(IncidentState.TRIAGED);

        assertThatThrownBy(() -> incident.contain(CSIRT, IncidentFixtures.REPORTED.minusSeconds(1), ""))
                .isInstanceOf(InvalidInputException.class);
        assertThat(incident.state()).isEqualTo(IncidentState.TRIAGED);
        assertThatCode(() -> incident.contain(CSIRT, hour(1), "同時刻は可")).doesNotThrowAnyException();
    }

    @Test
    void an_incident_cannot_be_discovered_after_it_was_reported() {
        IncidentDraft draft = IncidentFixtures.draft(PersonalData.none());

        assertThatThrownBy(() -> Incident.report(
                        IncidentId.random(), draft, REPORTER, IncidentFixtures.DISCOVERED.minusSeconds(60), ""))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::field)
                                .containsExactly("discoveredAt"));
    }

    @Test
    void a_report_needs_a_title_and_a_description() {
        assertThatThrownBy(() -> new IncidentDraft(
                        "",
                        " ",
                        IncidentFixtures.DISCOVERED,
                        "",
                        List.of(),
                        ThreatCategory.DISASTER,
                        PersonalData.none(),
                        1))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::field)
                                .containsExactly("title", "description"));
    }

    @Test
    void evidence_is_kept_with_its_hash_and_cannot_be_removed_from_the_incident() {
        Incident incident = IncidentFixtures.in(IncidentState.CONTAINED);
        var log = new Evidence("proxy.log", SHA.toUpperCase(), 2_048, CSIRT, hour(5));

        incident.addEvidence(log);

        assertThat(incident.evidence()).singleElement().satisfies(kept -> {
            assertThat(kept.sha256()).isEqualTo(SHA);
            assertThat(kept.size()).isEqualTo(2_048);
        });
        List<Evidence> view = incident.evidence();
        assertThatThrownBy(view::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThat(incident.evidence()).hasSize(1);
        assertThat(incident.events())
                .singleElement()
                .satisfies(event -> assertThat(event.details())
                        .containsEntry("sha256", SHA)
                        .containsEntry("fileName", "proxy.log"));
    }

    @Test
    void the_same_file_is_not_added_twice_as_evidence() {
        Incident incident = IncidentFixtures.in(IncidentState.CONTAINED);
        incident.addEvidence(new Evidence("a.log", SHA, 10, CSIRT, hour(5)));

        assertThatThrownBy(() -> incident.addEvidence(new Evidence("copy-of-a.log", SHA, 10, CSIRT, hour(6))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::messageKey)
                                .containsExactly("incident.error.evidence.duplicate"));
        assertThat(incident.evidence()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "zz86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"})
    void evidence_without_a_proper_sha_256_is_refused(String hash) {
        assertThatThrownBy(() -> new Evidence("a.log", hash, 10, CSIRT, Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SHA-256");
    }

    @Test
    void revised_personal_data_facts_change_the_reporting_decision_counted_from_the_japanese_day_of_discovery() {
        // 2025-01-30 16:00 UTC is already 1月31日 in Japan: the periods count from the 31st
        var discoveredLateAtNight = Instant.parse("2025-01-30T16:00:00Z");
        var draft = new IncidentDraft(
                "USBメモリの紛失",
                "給付申請書のスキャンを保存したUSBメモリを紛失",
                discoveredLateAtNight,
                "給付課 佐藤",
                List.of("USBメモリ"),
                ThreatCategory.UNINTENTIONAL_ERROR,
                PersonalData.none(),
                20);
        Incident incident = Incident.report(IncidentId.random(), draft, REPORTER, discoveredLateAtNight, "");
        ReportingRules law = ReportingRules.defaults(Thresholds.defaults());
        assertThat(incident.reportingDecision(law).reportDue()).isFalse();

        incident.revisePersonalData(
                new PersonalData(true, true, false, 12, false, false, false, false, false),
                CSIRT,
                discoveredLateAtNight.plusSeconds(3_600),
                "傷病手当金の申請書を含むと判明");

        ReportingDecision decision = incident.reportingDecision(law);
        assertThat(incident.discoveredOn()).isEqualTo(LocalDate.of(2025, 1, 31));
        assertThat(decision.reasons()).containsExactly(new ReportingRule.SensitiveData());
        assertThat(decision.deadlines()).isNotNull();
        assertThat(decision.deadlines().preliminaryReport()).isEqualTo(LocalDate.of(2025, 2, 2));
        assertThat(decision.deadlines().finalReport()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(incident.report().personalData()).isEqualTo(PersonalData.none());
    }

    @Test
    void published_events_are_cleared_and_new_ones_collected() {
        Incident incident = IncidentFixtures.reported();
        incident.clearEvents();

        incident.addNote("CSIRTへ電話連絡", CSIRT, hour(1));

        assertThat(incident.events()).singleElement().isInstanceOf(IncidentNoteAdded.class);
    }

    @Test
    void every_name_the_pages_show_is_in_both_bundles() throws IOException {
        Properties ja = ReportingRulesTest.bundle("i18n/incident_ja.properties");
        Properties en = ReportingRulesTest.bundle("i18n/incident_en.properties");
        List<String> keys = new ArrayList<>();
        Stream.of(ThreatCategory.values()).map(ThreatCategory::messageKey).forEach(keys::add);
        Stream.of(IncidentState.values()).map(IncidentState::messageKey).forEach(keys::add);
        Stream.of(IncidentStep.values()).map(IncidentStep::messageKey).forEach(keys::add);
        Stream.of(Priority.values()).map(Priority::messageKey).forEach(keys::add);
        for (int level = Severity.LOWEST; level <= Severity.HIGHEST; level++) {
            keys.add(Severity.of(level).messageKey());
        }
        keys.addAll(List.of(
                "incident.error.stepNotAllowed",
                "incident.error.required",
                "incident.error.severity.range",
                "incident.error.personalData.peopleNotNegative",
                "incident.error.timeline.beforeLast",
                "incident.error.discoveredAfterReport",
                "incident.error.evidence.duplicate",
                "incident.error.checklist.alreadyDone"));

        assertThat(keys).hasSize(5 + 7 + 14 + 3 + 4 + 8);
        assertThat(keys).allSatisfy(key -> {
            assertThat(ja.getProperty(key)).as("ja " + key).isNotBlank();
            assertThat(en.getProperty(key)).as("en " + key).isNotBlank();
        });
    }
}
