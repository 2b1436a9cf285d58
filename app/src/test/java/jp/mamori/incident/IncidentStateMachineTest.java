package jp.mamori.incident;

import static jp.mamori.incident.IncidentState.CLOSED;
import static jp.mamori.incident.IncidentState.CONTAINED;
import static jp.mamori.incident.IncidentState.ERADICATED;
import static jp.mamori.incident.IncidentState.NOT_AN_INCIDENT;
import static jp.mamori.incident.IncidentState.RECOVERED;
import static jp.mamori.incident.IncidentState.REPORTED;
import static jp.mamori.incident.IncidentState.TRIAGED;
import static jp.mamori.incident.IncidentStep.ADD_EVIDENCE;
import static jp.mamori.incident.IncidentStep.ADD_NOTE;
import static jp.mamori.incident.IncidentStep.CLOSE;
import static jp.mamori.incident.IncidentStep.CLOSE_AS_NOT_AN_INCIDENT;
import static jp.mamori.incident.IncidentStep.CONTAIN;
import static jp.mamori.incident.IncidentStep.ERADICATE;
import static jp.mamori.incident.IncidentStep.ESCALATE;
import static jp.mamori.incident.IncidentStep.RECOVER;
import static jp.mamori.incident.IncidentStep.REOPEN;
import static jp.mamori.incident.IncidentStep.RETRIAGE;
import static jp.mamori.incident.IncidentStep.REVISE_PERSONAL_DATA;
import static jp.mamori.incident.IncidentStep.TICK_CHECKLIST;
import static jp.mamori.incident.IncidentStep.TRIAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import jp.mamori.incident.IncidentEvent.IncidentChecklistTicked;
import jp.mamori.incident.IncidentEvent.IncidentClosed;
import jp.mamori.incident.IncidentEvent.IncidentClosedAsNotAnIncident;
import jp.mamori.incident.IncidentEvent.IncidentContained;
import jp.mamori.incident.IncidentEvent.IncidentEradicated;
import jp.mamori.incident.IncidentEvent.IncidentEscalated;
import jp.mamori.incident.IncidentEvent.IncidentEvidenceAdded;
import jp.mamori.incident.IncidentEvent.IncidentNoteAdded;
import jp.mamori.incident.IncidentEvent.IncidentPersonalDataRevised;
import jp.mamori.incident.IncidentEvent.IncidentRecovered;
import jp.mamori.incident.IncidentEvent.IncidentTriaged;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every step tried in every state: the allowed ones move on and leave a trace, the others are refused. */
class IncidentStateMachineTest {
    static final Set<IncidentStep> ANNOTATIONS =
            EnumSet.of(ADD_NOTE, ADD_EVIDENCE, REVISE_PERSONAL_DATA, ESCALATE, TICK_CHECKLIST);

    /** The expected table, written out here rather than read from {@link IncidentStep}. */
    static final Map<IncidentState, Set<IncidentStep>> ALLOWED = Map.of(
            REPORTED, with(TRIAGE, CLOSE_AS_NOT_AN_INCIDENT),
            TRIAGED, with(CONTAIN, CLOSE_AS_NOT_AN_INCIDENT, RETRIAGE),
            CONTAINED, with(ERADICATE, RETRIAGE),
            ERADICATED, with(RECOVER, RETRIAGE),
            RECOVERED, with(CLOSE, RETRIAGE),
            CLOSED, EnumSet.of(REOPEN),
            NOT_AN_INCIDENT, EnumSet.of(REOPEN));

    static final Map<IncidentStep, IncidentState> LEADS_TO = Map.of(
            TRIAGE, TRIAGED,
            CONTAIN, CONTAINED,
            ERADICATE, ERADICATED,
            RECOVER, RECOVERED,
            CLOSE, CLOSED,
            CLOSE_AS_NOT_AN_INCIDENT, NOT_AN_INCIDENT,
            REOPEN, REPORTED);

    static final Map<IncidentStep, Class<? extends IncidentEvent>> EVENT = Map.ofEntries(
            Map.entry(TRIAGE, IncidentTriaged.class),
            Map.entry(CONTAIN, IncidentContained.class),
            Map.entry(ERADICATE, IncidentEradicated.class),
            Map.entry(RECOVER, IncidentRecovered.class),
            Map.entry(CLOSE, IncidentClosed.class),
            Map.entry(CLOSE_AS_NOT_AN_INCIDENT, IncidentClosedAsNotAnIncident.class),
            Map.entry(ADD_NOTE, IncidentNoteAdded.class),
            Map.entry(ADD_EVIDENCE, IncidentEvidenceAdded.class),
            Map.entry(REVISE_PERSONAL_DATA, IncidentPersonalDataRevised.class),
            Map.entry(ESCALATE, IncidentEscalated.class),
            Map.entry(TICK_CHECKLIST, IncidentChecklistTicked.class),
            Map.entry(RETRIAGE, IncidentEvent.IncidentRetriaged.class),
            Map.entry(REOPEN, IncidentEvent.IncidentReopened.class));

    static final Instant LATER = IncidentFixtures.hour(10);
    static final String WHO = "csirt.sato";

    static Stream<Arguments> everyStateAndStep() {
        return Arrays.stream(IncidentState.values())
                .flatMap(state -> Arrays.stream(IncidentStep.values())
                        .filter(step -> step != IncidentStep.REPORT)
                        .map(step -> Arguments.of(state, step)));
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("everyStateAndStep")
    void an_allowed_step_moves_the_incident_on_and_leaves_a_timeline_entry_and_an_event(
            IncidentState state, IncidentStep step) {
        Incident incident = IncidentFixtures.in(state);
        int entriesBefore = incident.timeline().size();

        if (ALLOWED.get(state).contains(step)) {
            take(step, incident);

            assertThat(incident.state()).isEqualTo(LEADS_TO.getOrDefault(step, state));
            assertThat(incident.timeline()).hasSize(entriesBefore + 1);
            TimelineEntry last = incident.timeline().get(entriesBefore);
            assertThat(last.step()).isEqualTo(step);
            assertThat(last.by()).isEqualTo(WHO);
            assertThat(last.at()).isEqualTo(LATER);
            assertThat(incident.events()).singleElement().isInstanceOf(EVENT.get(step));
            assertThat(incident.events().get(0).actor()).isEqualTo(WHO);
            assertThat(incident.events().get(0).subjectId())
                    .isEqualTo(incident.id().toString());
        } else {
            assertThatThrownBy(() -> take(step, incident))
                    .isInstanceOf(StepNotAllowedException.class)
                    .hasMessageContaining(state.name())
                    .hasMessageContaining(step.name())
                    .satisfies(e -> {
                        var refused = (StepNotAllowedException) e;
                        assertThat(refused.state()).isEqualTo(state);
                        assertThat(refused.step()).isEqualTo(step);
                        assertThat(refused.messageKey()).isEqualTo("incident.error.stepNotAllowed");
                    });
            assertThat(incident.state()).isEqualTo(state);
            assertThat(incident.timeline()).hasSize(entriesBefore);
            assertThat(incident.events()).isEmpty();
        }
    }

    @Test
    void the_table_in_the_code_matches_the_table_in_this_test() {
        for (IncidentState state : IncidentState.values()) {
            for (IncidentStep step : IncidentStep.values()) {
                assertThat(step.allowedIn(state))
                        .as(state + " × " + step)
                        .isEqualTo(ALLOWED.get(state).contains(step));
            }
        }
    }

    @Test
    void a_retriage_and_a_reopening_need_a_reason_and_a_reopened_incident_is_triaged_again() {
        Incident triaged = IncidentFixtures.in(TRIAGED);
        assertThatThrownBy(() -> triaged.retriage(new Triage(Severity.of(4), Priority.HIGH), WHO, LATER, " "))
                .isInstanceOf(jp.mamori.shared.InvalidInputException.class);
        triaged.retriage(new Triage(Severity.of(4), Priority.HIGH), WHO, LATER, "対象者が増えた");
        assertThat(triaged.severity()).contains(Severity.of(4));
        assertThat(triaged.events())
                .singleElement()
                .isInstanceOfSatisfying(IncidentEvent.IncidentRetriaged.class, e -> {
                    assertThat(e.severityBefore()).isEqualTo("2");
                    assertThat(e.severity()).isEqualTo(Severity.of(4));
                    assertThat(e.reason()).isEqualTo("対象者が増えた");
                });

        Incident closed = IncidentFixtures.in(CLOSED);
        assertThatThrownBy(() -> closed.reopen("", WHO, LATER))
                .isInstanceOf(jp.mamori.shared.InvalidInputException.class);
        closed.reopen("同じ原因の再発", WHO, LATER);
        assertThat(closed.state()).isEqualTo(REPORTED);
        assertThat(closed.closure()).isEmpty();
        assertThat(closed.severity()).isEmpty();
        assertThat(closed.timeline()).extracting(TimelineEntry::step).contains(CLOSE, REOPEN);
        closed.triage(new Triage(Severity.of(2), Priority.LOW), WHO, LATER, "");
        assertThat(closed.state()).isEqualTo(TRIAGED);
    }

    @Test
    void only_the_two_end_states_are_closed() {
        assertThat(Arrays.stream(IncidentState.values()).filter(IncidentState::isClosed))
                .containsExactlyInAnyOrder(CLOSED, NOT_AN_INCIDENT);
    }

    private static void take(IncidentStep step, Incident incident) {
        switch (step) {
            case TRIAGE -> incident.triage(new Triage(Severity.of(3), Priority.HIGH), WHO, LATER, "");
            case CONTAIN -> incident.contain(WHO, LATER, "ネットワークから切断");
            case ERADICATE -> incident.eradicate(WHO, LATER, "駆除");
            case RECOVER -> incident.recover(WHO, LATER, "バックアップから復元");
            case CLOSE -> incident.close(new Closure("原因", "再発防止策"), WHO, LATER, "");
            case CLOSE_AS_NOT_AN_INCIDENT -> incident.closeAsNotAnIncident("誤検知", WHO, LATER);
            case ADD_NOTE -> incident.addNote("経過メモ", WHO, LATER);
            case ADD_EVIDENCE -> incident.addEvidence(new Evidence("fw.log", IncidentFixtures.SHA, 1_024, WHO, LATER));
            case REVISE_PERSONAL_DATA -> incident.revisePersonalData(PersonalData.none(), WHO, LATER, "");
            case ESCALATE ->
                incident.escalate(
                        new Escalation(
                                1,
                                jp.mamori.shared.Role.SECURITY_MANAGER,
                                List.of(new Escalation.Recipient(7, "保険課長")),
                                WHO,
                                LATER),
                        "第1段階");
            case TICK_CHECKLIST -> incident.tick(new PlanStep("contain-isolate", CONTAIN, "切り離した", ""), WHO, LATER);
            case RETRIAGE -> incident.retriage(new Triage(Severity.of(4), Priority.HIGH), WHO, LATER, "対象者が増えた");
            case REOPEN -> incident.reopen("同じ原因の再発が見つかった", WHO, LATER);
            case REPORT -> throw new IllegalArgumentException("an incident is reported once, by Incident.report");
        }
    }

    private static Set<IncidentStep> with(IncidentStep... moves) {
        Set<IncidentStep> steps = EnumSet.copyOf(ANNOTATIONS);
        steps.addAll(Arrays.asList(moves));
        return steps;
    }
}
