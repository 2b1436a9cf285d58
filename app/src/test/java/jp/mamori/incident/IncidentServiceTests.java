package jp.mamori.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import jp.mamori.incident.IncidentEvent.IncidentClosed;
import jp.mamori.incident.IncidentEvent.IncidentEscalated;
import jp.mamori.incident.IncidentEvent.IncidentReported;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.OnEachHardDay;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The incident service on H2: storing and rebuilding the aggregate, access, escalation, evidence. */
@MamoriSpringTest
@RecordApplicationEvents
class IncidentServiceTests {
    static final CurrentUser PLAN_CISO =
            TestUsers.user("test-ciso", new RoleGrant(Role.STAFF, 1L), new RoleGrant(Role.CISO, null));

    @Autowired
    IncidentService incidents;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    IncidentWorld world;
    long office;
    long section;
    long otherSection;
    IncidentWorld.Person staff;
    IncidentWorld.Person colleague;
    IncidentWorld.Person manager;
    IncidentWorld.Person otherManager;
    IncidentWorld.Person csirt;

    @BeforeEach
    void organisation() {
        world = new IncidentWorld(jdbc);
        office = world.unit("事務局", null);
        section = world.unit("保険課", office);
        otherSection = world.unit("年金課", office);
        staff = world.person("報告 花子", section);
        colleague = world.person("同僚 次郎", section);
        manager = world.person("管理　一郎", section, new RoleGrant(Role.SECURITY_MANAGER, section));
        otherManager = world.person("別課 三郎", otherSection, new RoleGrant(Role.SECURITY_MANAGER, otherSection));
        csirt = world.person("対応 四郎", office, new RoleGrant(Role.CSIRT, null));
    }

    static <T> T as(CurrentUser user, Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        TestUsers.runAs(user, () -> result.set(work.get()));
        return result.get();
    }

    StoredIncident reported(PersonalData facts) {
        return as(staff.user(), () -> incidents.report(IncidentWorld.report("名簿の誤公開", facts)));
    }

    @Test
    void a_report_is_stored_with_a_reference_and_rebuilt_as_it_was() {
        StoredIncident stored = reported(PersonalData.none());

        assertThat(stored.reference()).matches("\\d{4}-\\d{4}");
        StoredIncident loaded =
                as(staff.user(), () -> incidents.get(stored.incident().id()));
        Incident incident = loaded.incident();
        assertThat(loaded.reference()).isEqualTo(stored.reference());
        assertThat(loaded.reporterName()).isEqualTo("報告 花子");
        assertThat(incident.state()).isEqualTo(IncidentState.REPORTED);
        assertThat(incident.report().reporterUnitId()).isEqualTo(section);
        assertThat(incident.report().affectedAssets()).containsExactly("共有フォルダ \\\\fs01\\hoken", "組合員名簿");
        assertThat(incident.reportedBy()).isEqualTo(staff.user().login());
        assertThat(incident.timeline()).extracting(TimelineEntry::step).startsWith(IncidentStep.REPORT);
        assertThat(incident.timeline()).isEqualTo(stored.incident().timeline());
    }

    @Test
    void a_report_goes_first_to_the_units_manager_then_to_the_chief_and_csirt_but_not_yet_to_the_ciso() {
        StoredIncident stored = reported(PersonalData.none());
        Incident incident =
                as(staff.user(), () -> incidents.get(stored.incident().id())).incident();

        assertThat(incident.escalations())
                .extracting(Escalation::stage, Escalation::role)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, Role.SECURITY_MANAGER),
                        org.assertj.core.groups.Tuple.tuple(2, Role.CHIEF_SECURITY_OFFICER),
                        org.assertj.core.groups.Tuple.tuple(2, Role.CSIRT));
        assertThat(incident.escalations().get(0).people())
                .extracting(Escalation.Recipient::personId)
                .contains(manager.id())
                .doesNotContain(otherManager.id());
        assertThat(incident.escalations().get(2).people())
                .extracting(Escalation.Recipient::personId)
                .contains(csirt.id());
        assertThat(incident.timeline())
                .filteredOn(e -> e.step() == IncidentStep.ESCALATE)
                .hasSize(3);
        assertThat(incident.timeline().get(1).note())
                .startsWith("第1段階 情報セキュリティ管理者：")
                .contains("管理　一郎");
        assertThat(events.stream(IncidentEscalated.class)
                        .filter(e -> e.incidentId().equals(incident.id())))
                .hasSize(3);
        assertThat(events.stream(IncidentReported.class)
                        .filter(e -> e.incidentId().equals(incident.id())))
                .hasSize(1);
        // each person told gets one notice in the product, pointing at the incident
        List<Long> noticed = jdbc.sql(
                        "select person_id from ntf_notice where link = :link and topic = 'incident.escalated'")
                .param("link", "/incidents/" + incident.id())
                .query(Long.class)
                .list();
        assertThat(noticed).contains(manager.id(), csirt.id()).doesNotContain(otherManager.id(), staff.id());
        assertThat(noticed).doesNotHaveDuplicates();
    }

    @Test
    void a_triage_at_the_plans_severity_brings_in_the_ciso_and_a_lower_one_does_not() {
        IncidentId serious = reported(PersonalData.none()).incident().id();
        IncidentId minor = reported(PersonalData.none()).incident().id();

        as(csirt.user(), () -> incidents.triage(serious, new Triage(Severity.of(3), Priority.HIGH), "重大"));
        as(csirt.user(), () -> incidents.triage(minor, new Triage(Severity.of(2), Priority.LOW), ""));

        Incident seriousNow = as(csirt.user(), () -> incidents.get(serious)).incident();
        assertThat(seriousNow.escalations()).extracting(Escalation::role).containsOnlyOnce(Role.CSIRT);
        assertThat(seriousNow.escalations().get(seriousNow.escalations().size() - 1))
                .satisfies(e -> {
                    assertThat(e.role()).isEqualTo(Role.CISO);
                    assertThat(e.stage()).isEqualTo(3);
                    assertThat(e.by()).isEqualTo(csirt.user().login());
                });
        assertThat(as(csirt.user(), () -> incidents.get(minor)).incident().escalations())
                .extracting(Escalation::role)
                .doesNotContain(Role.CISO);
    }

    @Test
    void the_reporter_the_units_manager_and_csirt_read_an_incident_and_others_find_nothing() {
        IncidentId id = reported(PersonalData.none()).incident().id();

        assertThat(as(manager.user(), () -> incidents.get(id)).incident().id()).isEqualTo(id);
        assertThat(as(csirt.user(), () -> incidents.get(id)).incident().id()).isEqualTo(id);
        TestUsers.runAs(
                colleague.user(),
                () -> assertThatThrownBy(() -> incidents.get(id)).isInstanceOf(NotFoundException.class));
        TestUsers.runAs(
                otherManager.user(),
                () -> assertThatThrownBy(() -> incidents.get(id)).isInstanceOf(NotFoundException.class));
    }

    @Test
    void the_reporter_may_add_a_note_but_not_take_a_response_step() {
        IncidentId id = reported(PersonalData.none()).incident().id();

        as(staff.user(), () -> incidents.addNote(id, "追記：他の課にも同じ設定がある"));
        TestUsers.runAs(
                staff.user(),
                () -> assertThatThrownBy(() -> incidents.contain(id, "")).isInstanceOf(NotAllowedException.class));
        assertThat(as(staff.user(), () -> incidents.get(id)).incident().timeline())
                .extracting(TimelineEntry::note)
                .contains("追記：他の課にも同じ設定がある");
    }

    @Test
    void the_whole_response_is_stored_step_by_step_with_cause_and_prevention() {
        IncidentId id = reported(PersonalData.none()).incident().id();
        CurrentUser m = manager.user();

        as(m, () -> incidents.triage(id, new Triage(Severity.of(2), Priority.MEDIUM), "確認した"));
        as(m, () -> incidents.contain(id, "共有を停止"));
        as(m, () -> incidents.eradicate(id, "権限を修正"));
        as(m, () -> incidents.recover(id, "共有を再開"));
        as(m, () -> incidents.close(id, new Closure("権限設定の誤り", "設定変更時の二人確認"), ""));

        Incident incident = as(m, () -> incidents.get(id)).incident();
        assertThat(incident.state()).isEqualTo(IncidentState.CLOSED);
        assertThat(incident.triage()).contains(new Triage(Severity.of(2), Priority.MEDIUM));
        assertThat(incident.closure()).contains(new Closure("権限設定の誤り", "設定変更時の二人確認"));
        assertThat(incident.timeline())
                .extracting(TimelineEntry::step)
                .filteredOn(step -> step != IncidentStep.ESCALATE)
                .containsExactly(
                        IncidentStep.REPORT,
                        IncidentStep.TRIAGE,
                        IncidentStep.CONTAIN,
                        IncidentStep.ERADICATE,
                        IncidentStep.RECOVER,
                        IncidentStep.CLOSE);
        assertThat(events.stream(IncidentClosed.class)
                        .filter(e -> e.incidentId().equals(id)))
                .singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo(m.login()));
        TestUsers.runAs(
                m,
                () -> assertThatThrownBy(() -> incidents.addNote(id, "終結後"))
                        .isInstanceOf(StepNotAllowedException.class));
    }

    @Test
    void what_is_not_an_incident_is_closed_with_its_reason() {
        IncidentId id = reported(PersonalData.none()).incident().id();
        as(csirt.user(), () -> incidents.closeAsNotAnIncident(id, "訓練メールへの正しい対応だった"));
        Incident incident = as(csirt.user(), () -> incidents.get(id)).incident();
        assertThat(incident.state()).isEqualTo(IncidentState.NOT_AN_INCIDENT);
        assertThat(incident.notAnIncidentReason()).contains("訓練メールへの正しい対応だった");
    }

    @Test
    void evidence_is_stored_with_its_sha256_and_handed_out_only_while_it_matches() throws Exception {
        IncidentId id = reported(PersonalData.none()).incident().id();
        byte[] log = "2026-11-26 10:00 deny 10.0.0.5\n".getBytes(StandardCharsets.UTF_8);
        String expected = HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(log));

        Evidence added = as(csirt.user(), () -> {
            try {
                return incidents.addEvidence(
                        id, "C:\\logs\\fw.log", "text/plain", log.length, new ByteArrayInputStream(log));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(added.sha256()).isEqualTo(expected);
        assertThat(added.fileName()).isEqualTo("fw.log");
        IncidentService.EvidenceFile file = as(staff.user(), () -> incidents.evidenceFile(id, expected));
        assertThat(file.content()).isEqualTo(log);
        assertThat(as(staff.user(), () -> incidents.get(id)).incident().evidence())
                .singleElement()
                .satisfies(e -> assertThat(e.size()).isEqualTo(log.length));

        jdbc.sql("update inc_evidence_content set content = :c where incident_id = :id")
                .param("c", "changed".getBytes(StandardCharsets.UTF_8))
                .param("id", id.value())
                .update();
        TestUsers.runAs(
                staff.user(),
                () -> assertThatThrownBy(() -> incidents.evidenceFile(id, expected))
                        .isInstanceOf(EvidenceDamagedException.class));
    }

    @Test
    void evidence_larger_than_the_setting_or_empty_is_refused() {
        IncidentId id = reported(PersonalData.none()).incident().id();
        long max = IncidentSettings.defaults().evidence().maxSize().toBytes();
        TestUsers.runAs(csirt.user(), () -> {
            assertThatThrownBy(() ->
                            incidents.addEvidence(id, "disk.img", null, max + 1, new ByteArrayInputStream(new byte[0])))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e)
                                    .problems()
                                    .get(0)
                                    .messageKey())
                            .isEqualTo("incident.error.evidence.tooLarge"));
            // a client that under-declares the size is caught while reading
            assertThatThrownBy(() -> incidents.addEvidence(
                            id, "disk.img", null, 10, new ByteArrayInputStream(new byte[(int) max + 1])))
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() ->
                            incidents.addEvidence(id, "empty.txt", null, 0, new ByteArrayInputStream(new byte[0])))
                    .isInstanceOf(InvalidInputException.class);
        });
        assertThat(as(csirt.user(), () -> incidents.get(id)).incident().evidence())
                .isEmpty();
    }

    @Test
    void a_step_of_the_plan_is_ticked_once_and_kept() {
        IncidentId id = reported(PersonalData.none()).incident().id();
        String key = ResponsePlan.defaults(Severity.of(3)).steps().get(1).key();

        as(manager.user(), () -> incidents.tick(id, key));

        IncidentDetails details = as(manager.user(), () -> incidents.details(id));
        assertThat(details.checklist())
                .filteredOn(ChecklistItem::done)
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.key()).isEqualTo(key);
                    assertThat(item.tick().by()).isEqualTo(manager.user().login());
                });
        TestUsers.runAs(
                manager.user(),
                () -> assertThatThrownBy(() -> incidents.tick(id, key)).isInstanceOf(InvalidInputException.class));
        TestUsers.runAs(
                manager.user(),
                () -> assertThatThrownBy(() -> incidents.tick(id, "no-such-step"))
                        .isInstanceOf(InvalidInputException.class));
    }

    @OnEachHardDay
    void the_lists_show_each_person_what_they_may_see_with_the_deadlines_counting_down() {
        PersonalData sensitive = new PersonalData(true, true, false, 3, false, false, false, false, false);
        IncidentId id = reported(sensitive).incident().id();
        IncidentId colleagues = as(
                        colleague.user(), () -> incidents.report(IncidentWorld.report("紛失", PersonalData.none())))
                .incident()
                .id();

        List<IncidentLine> staffSees = as(staff.user(), () -> incidents.list(true));
        assertThat(staffSees).extracting(l -> l.summary().id()).contains(id).doesNotContain(colleagues);
        assertThat(as(manager.user(), () -> incidents.list(true)))
                .extracting(l -> l.summary().id())
                .contains(id, colleagues);
        assertThat(as(otherManager.user(), () -> incidents.list(true)))
                .extracting(l -> l.summary().id())
                .doesNotContain(id, colleagues);
        assertThat(as(csirt.user(), () -> incidents.list(true)))
                .extracting(l -> l.summary().id())
                .contains(id, colleagues);

        IncidentLine line = staffSees.stream()
                .filter(l -> l.summary().id().equals(id))
                .findFirst()
                .orElseThrow();
        assertThat(line.decision().reportDue()).isTrue();
        assertThat(line.preliminaryDaysLeft()).isBetween(2L, 3L);
        assertThat(line.finalDaysLeft()).isBetween(29L, 30L);
        assertThat(line.overdue()).isFalse();
        assertThat(as(staff.user(), () -> incidents.mine()))
                .extracting(l -> l.summary().id())
                .contains(id)
                .doesNotContain(colleagues);
    }

    @Autowired
    ResponsePlanStore plans;

    @Test
    void the_plans_preliminary_report_day_count_moves_the_deadline_on_the_page_and_in_the_list() {
        PersonalData sensitive = new PersonalData(true, true, false, 2, false, false, false, false, false);
        IncidentId id = reported(sensitive).incident().id();
        ResponsePlan defaults = plans.defaults();
        ResponsePlan twoDays = new ResponsePlan(defaults.steps(), defaults.cisoFrom(), 2, defaults.contacts());
        int newest = plans.latest().map(ResponsePlanVersion::version).orElse(0);
        PlanApprovals.inForce(jdbc, plans, PLAN_CISO, twoDays, newest, "速報を2日に");
        try {
            IncidentDetails details = as(staff.user(), () -> incidents.details(id));
            ReportDeadlines due = details.decision().deadlines();
            assertThat(due.preliminaryReport()).isEqualTo(due.discoveredOn().plusDays(1));
            assertThat(due.finalReport()).isEqualTo(due.discoveredOn().plusDays(29));
            IncidentLine line = as(staff.user(), () -> incidents.mine()).stream()
                    .filter(l -> l.summary().id().equals(id))
                    .findFirst()
                    .orElseThrow();
            assertThat(line.decision().deadlines().preliminaryReport()).isEqualTo(due.preliminaryReport());
        } finally {
            int latest = plans.latest().map(ResponsePlanVersion::version).orElse(0);
            PlanApprovals.inForce(jdbc, plans, PLAN_CISO, plans.defaults(), latest, "既定に戻す");
        }
        assertThat(as(staff.user(), () -> incidents.details(id))
                        .decision()
                        .deadlines()
                        .preliminaryReport())
                .isEqualTo(as(staff.user(), () -> incidents.details(id))
                        .decision()
                        .deadlines()
                        .discoveredOn()
                        .plusDays(2));
    }
}
