package jp.mamori.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.PostgresApplicationTest;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The incident tables on a real PostgreSQL: V8 migrates, and an incident with every kind of entry
 * (timeline, escalations with recipients, evidence bytes, checklist ticks, closure) is stored and
 * rebuilt exactly; the evidence check catches altered bytes; the lists filter by unit.
 */
class IncidentPostgresIT extends PostgresApplicationTest {
    @Autowired
    IncidentService incidents;

    @Autowired
    IncidentRepository repository;

    @Autowired
    ReportSubmissions submissions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void an_incident_is_stored_and_rebuilt_on_postgresql() throws Exception {
        var world = new IncidentWorld(jdbc);
        long section = world.unit("保険課", null);
        long other = world.unit("年金課", null);
        var staff = world.person("報告 花子", section);
        var manager = world.person("管理　一郎", section, new RoleGrant(Role.SECURITY_MANAGER, section));
        var otherManager = world.person("別課 三郎", other, new RoleGrant(Role.SECURITY_MANAGER, other));
        world.person("対応 四郎", section, new RoleGrant(Role.CSIRT, null));
        world.person("最高　五郎", section, new RoleGrant(Role.CISO, null));

        var facts = new PersonalData(true, false, true, 150, true, false, false, false, false);
        StoredIncident reported =
                IncidentServiceTests.as(staff.user(), () -> incidents.report(IncidentWorld.report("不正アクセス", facts)));
        IncidentId id = reported.incident().id();
        byte[] log = "access log line\n".getBytes(StandardCharsets.UTF_8);
        String key = ResponsePlan.defaults(Severity.of(3)).steps().get(0).key();

        TestUsers.runAs(manager.user(), () -> {
            incidents.triage(id, new Triage(Severity.of(4), Priority.HIGH), "重大");
            incidents.tick(id, key);
            try {
                incidents.addEvidence(id, "access.log", "text/plain", log.length, new ByteArrayInputStream(log));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            incidents.contain(id, "遮断");
            incidents.eradicate(id, "脆弱性を修正");
            incidents.recover(id, "再開");
            // the due reports are recorded as submitted (kept on PostgreSQL with their file) before closing
            for (ReportSubmission.Kind kind : ReportSubmission.Kind.values()) {
                submissions.record(
                        id,
                        kind,
                        jp.mamori.testing.TestClock.INSTANCE.instant().minusSeconds(60),
                        "CSIRT",
                        ReportSubmission.Channel.PPC_FORM,
                        "R-" + kind,
                        "report-" + kind + ".pdf",
                        new ByteArrayInputStream(kind.name().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            }
            assertThat(submissions.file(id, ReportSubmission.Kind.FINAL).content())
                    .isEqualTo("FINAL".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            incidents.close(id, new Closure("脆弱性", "定期的な更新"), "");
        });

        Incident loaded = repository.find(id).orElseThrow().incident();
        assertThat(loaded.state()).isEqualTo(IncidentState.CLOSED);
        assertThat(loaded.personalData()).isEqualTo(facts);
        assertThat(loaded.report().personalData()).isEqualTo(facts);
        assertThat(loaded.triage()).contains(new Triage(Severity.of(4), Priority.HIGH));
        assertThat(loaded.closure()).contains(new Closure("脆弱性", "定期的な更新"));
        assertThat(loaded.escalations())
                .extracting(Escalation::role)
                .containsExactly(Role.SECURITY_MANAGER, Role.CHIEF_SECURITY_OFFICER, Role.CSIRT, Role.CISO);
        assertThat(loaded.escalations().get(3).people())
                .extracting(Escalation.Recipient::name)
                .containsExactly("最高　五郎");
        assertThat(loaded.checklist()).extracting(ChecklistTick::key).containsExactly(key);
        assertThat(loaded.evidence())
                .singleElement()
                .satisfies(e -> assertThat(e.fileName()).isEqualTo("access.log"));
        assertThat(loaded.timeline()).hasSize(1 + 4 + 1 + 1 + 1 + 4);
        assertThat(loaded.reportingDecision(ReportingRules.defaults(Thresholds.defaults()))
                        .deadlines()
                        .finalReport())
                .isEqualTo(loaded.discoveredOn().plusDays(59));

        assertThat(IncidentServiceTests.as(
                                staff.user(),
                                () -> incidents.evidenceFile(
                                        id, loaded.evidence().get(0).sha256()))
                        .content())
                .isEqualTo(log);
        jdbc.sql("update inc_evidence_content set content = :c where incident_id = :id")
                .param("c", new byte[] {1, 2, 3})
                .param("id", id.value())
                .update();
        TestUsers.runAs(
                staff.user(),
                () -> assertThatThrownBy(() -> incidents.evidenceFile(
                                id, loaded.evidence().get(0).sha256()))
                        .isInstanceOf(EvidenceDamagedException.class));

        List<IncidentLine> managerSees = IncidentServiceTests.as(manager.user(), () -> incidents.list(false));
        assertThat(managerSees).extracting(l -> l.summary().id()).contains(id);
        assertThat(IncidentServiceTests.as(otherManager.user(), () -> incidents.list(false)))
                .isEmpty();
        long notices = jdbc.sql("select count(*) from ntf_notice where link = :link and person_id = :p")
                .param("link", "/incidents/" + id)
                .param("p", manager.id())
                .query(Long.class)
                .single();
        assertThat(notices).isEqualTo(1);
    }
}
