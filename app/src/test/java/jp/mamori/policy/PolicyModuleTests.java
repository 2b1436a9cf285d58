package jp.mamori.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.mamori.policy.PolicyEvent.RevisionApproved;
import jp.mamori.policy.PolicyEvent.RevisionCameIntoForce;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.OnDay;
import jp.mamori.testing.OnEachHardDay;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The policy services on H2: documents, the approval flow end to end, in-force answers and audit events. */
@MamoriSpringTest
@RecordApplicationEvents
// the fixtures are a fixed calendar (施行日 2024-04-01 and 2025, approvals dated then): today is set
@OnDay("2026-11-26")
class PolicyModuleTests {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    PolicyRepository documentRows;

    @Autowired
    RevisionRepository revisionRows;

    @Autowired
    PolicyDocuments documents;

    @Autowired
    Revisions revisions;

    @Autowired
    PolicyAccess access;

    @Autowired
    ApplicationEvents events;

    PolicyTestData data;
    long unit;

    static final CurrentUser CISO = TestUsers.user("m-ciso", new RoleGrant(Role.CISO, null));
    static final CurrentUser CHIEF = TestUsers.user("m-chief", new RoleGrant(Role.CHIEF_SECURITY_OFFICER, null));
    static final CurrentUser DEPUTY = TestUsers.user("m-deputy", new RoleGrant(Role.DEPUTY_CISO, null));

    @BeforeEach
    void setUp() {
        data = new PolicyTestData(jdbc, documentRows, revisionRows);
        unit = data.unit("総務課", null);
    }

    PolicyDocument standard(CurrentUser as) {
        PolicyDocument[] created = new PolicyDocument[1];
        TestUsers.runAs(
                as,
                () -> created[0] = documents.create(new DocumentDraft(
                        PolicyTier.STANDARD,
                        basicPolicyId(),
                        PolicyTestData.unique("対策基準"),
                        "",
                        unit,
                        Visibility.open(Audience.ALL_STAFF))));
        return created[0];
    }

    long basicPolicyId() {
        return documentRows.all().stream()
                .filter(d -> d.tier() == PolicyTier.BASIC_POLICY)
                .findFirst()
                .orElseGet(() ->
                        data.document(PolicyTier.BASIC_POLICY, null, "基本方針", unit, Visibility.open(Audience.PUBLIC)))
                .id();
    }

    static RevisionDraft text(String body, LocalDate effectiveOn) {
        return new RevisionDraft("7架共第10号", LocalDate.of(2025, 4, 1), null, effectiveOn, "新規制定", "公表の日から施行する。", body);
    }

    @OnEachHardDay(eraBoundary = false)
    void a_draft_approved_by_both_approvers_of_the_chain_is_in_force_from_its_effective_date() {
        PolicyDocument doc = standard(DEPUTY);
        LocalDate today = TestClock.today();
        Revision[] r = new Revision[1];
        TestUsers.runAs(DEPUTY, () -> {
            r[0] = revisions.createDraft(doc.id(), text("# 目的\n\n情報資産を守る。", today));
            r[0] = revisions.submit(doc.id(), r[0].id());
        });
        assertThat(r[0].recordedState()).isEqualTo(RevisionState.IN_APPROVAL);
        assertThat(r[0].approvalChain()).containsExactly(Role.CHIEF_SECURITY_OFFICER, Role.CISO);
        TestUsers.runAs(CHIEF, () -> r[0] = revisions.approve(doc.id(), r[0].id()));
        assertThat(r[0].recordedState()).isEqualTo(RevisionState.IN_APPROVAL);
        assertThat(revisions.inForce(doc.id(), today)).isEmpty();
        TestUsers.runAs(CISO, () -> r[0] = revisions.approve(doc.id(), r[0].id()));

        assertThat(r[0].recordedState()).isEqualTo(RevisionState.APPROVED);
        assertThat(r[0].contentHash()).isEqualTo(ContentHash.of(r[0])).hasSize(64);
        assertThat(revisions.inForce(doc.id(), today)).map(Revision::id).contains(r[0].id());
        assertThat(revisions.inForce(doc.id(), today.minusDays(1))).isEmpty();
        assertThat(events.stream(RevisionCameIntoForce.class).filter(e -> e.revisionId() == r[0].id()))
                .hasSize(1);
        assertThat(events.stream(RevisionApproved.class).filter(e -> e.revisionId() == r[0].id()))
                .hasSize(2);
        assertThat(revisions.notes(r[0].id()))
                .extracting(RevisionNote::kind)
                .containsExactly("DRAFTED", "SUBMITTED", "APPROVED", "APPROVED");
    }

    @Test
    void an_approved_revision_is_never_written_again() {
        InForce doc = data.documentInForce(
                PolicyTier.STANDARD, PolicyTestData.unique("基準"), Visibility.open(Audience.ALL_STAFF), "本文");
        assertThatThrownBy(() -> revisionRows.update(doc.revision())).isInstanceOf(IllegalStateException.class);
        TestUsers.runAs(
                CISO,
                () -> assertThatThrownBy(() -> revisions.edit(
                                doc.document().id(), doc.revision().id(), text("書き換え", LocalDate.of(2024, 4, 1))))
                        .isInstanceOf(NotAllowedException.class));
    }

    @Test
    void the_author_cannot_approve_their_own_revision() {
        PolicyDocument doc = standard(CHIEF);
        Revision[] r = new Revision[1];
        TestUsers.runAs(CHIEF, () -> {
            r[0] = revisions.createDraft(doc.id(), text("本文", TestClock.today()));
            r[0] = revisions.submit(doc.id(), r[0].id());
            assertThatThrownBy(() -> revisions.approve(doc.id(), r[0].id()))
                    .isInstanceOf(NotAllowedException.class)
                    .hasMessage("policy.approval.error.writerMayNotApprove");
        });
    }

    @Test
    void a_rejection_returns_the_revision_to_draft_with_the_comment_and_clears_the_approvals() {
        PolicyDocument doc = standard(DEPUTY);
        Revision[] r = new Revision[1];
        TestUsers.runAs(DEPUTY, () -> {
            r[0] = revisions.createDraft(doc.id(), text("本文", TestClock.today()));
            r[0] = revisions.submit(doc.id(), r[0].id());
        });
        TestUsers.runAs(CHIEF, () -> r[0] = revisions.approve(doc.id(), r[0].id()));
        TestUsers.runAs(CISO, () -> r[0] = revisions.reject(doc.id(), r[0].id(), "第3条の表現を見直すこと"));
        assertThat(r[0].recordedState()).isEqualTo(RevisionState.DRAFT);
        assertThat(r[0].approvals()).isEmpty();
        assertThat(revisions.notes(r[0].id()))
                .filteredOn(n -> n.kind().equals("RETURNED"))
                .extracting(RevisionNote::comment)
                .containsExactly("第3条の表現を見直すこと");
    }

    @Test
    void a_restricted_document_is_not_found_for_an_outsider_and_the_refusal_is_audited() {
        long other = data.unit("保険課", null);
        InForce doc = data.documentInForce(
                PolicyTier.PROCEDURE,
                PolicyTestData.unique("手順"),
                Visibility.restricted(Set.of(), Set.of(other)),
                "限定の本文");
        CurrentUser outsider = TestUsers.user("m-outsider", new RoleGrant(Role.STAFF, unit));
        long before = refusals(doc.document().id());
        TestUsers.runAs(outsider, () -> {
            assertThatThrownBy(() -> access.readable(doc.document().id(), "test"))
                    .isInstanceOf(NotFoundException.class);
            assertThat(access.visibleDocuments())
                    .extracting(PolicyDocument::id)
                    .doesNotContain(doc.document().id());
        });
        assertThat(refusals(doc.document().id())).isEqualTo(before + 1);
        CurrentUser insider = TestUsers.user("m-insider", new RoleGrant(Role.STAFF, other));
        TestUsers.runAs(
                insider,
                () -> assertThat(access.readable(doc.document().id(), "test")).isEqualTo(doc.document()));
    }

    @Test
    void the_holders_of_the_next_role_for_the_owner_unit_are_notified_and_the_author_hears_of_a_return() {
        long section = data.unit("保険課", unit);
        long officer = data.person("責任 一子", section);
        data.role(officer, Role.SECURITY_OFFICER, unit);
        long chief = data.person("統括 二子", unit);
        data.role(chief, Role.CHIEF_SECURITY_OFFICER, null);
        long authorPerson = data.person("起案 三子", section);
        CurrentUser author = new CurrentUser(
                "m-author", authorPerson, "起案 三子", false, List.of(new RoleGrant(Role.DEPUTY_CISO, null)));
        PolicyDocument procedure = data.document(
                PolicyTier.PROCEDURE,
                null,
                PolicyTestData.unique("手順"),
                section,
                Visibility.restricted(Set.of(), Set.of(section)));
        Revision[] r = new Revision[1];
        TestUsers.runAs(author, () -> {
            r[0] = revisions.createDraft(procedure.id(), text("手順の本文", TestClock.today()));
            r[0] = revisions.submit(procedure.id(), r[0].id());
        });
        String link = "/policies/" + procedure.id() + "/revisions/" + r[0].id();
        assertThat(notices(officer, link)).containsExactly("policy.approval.requested");
        assertThat(notices(chief, link)).isEmpty();

        CurrentUser officerUser = new CurrentUser(
                "m-officer", officer, "責任 一子", false, List.of(new RoleGrant(Role.SECURITY_OFFICER, unit)));
        TestUsers.runAs(officerUser, () -> r[0] = revisions.approve(procedure.id(), r[0].id()));
        assertThat(notices(chief, link)).containsExactly("policy.approval.requested");

        CurrentUser chiefUser = new CurrentUser(
                "m-chief2", chief, "統括 二子", false, List.of(new RoleGrant(Role.CHIEF_SECURITY_OFFICER, null)));
        TestUsers.runAs(chiefUser, () -> revisions.reject(procedure.id(), r[0].id(), "様式を合わせること"));
        assertThat(notices(authorPerson, link)).containsExactly("policy.returned");
    }

    List<String> notices(long personId, String link) {
        return jdbc.sql("select topic from ntf_notice where person_id = :p and link = :link order by id")
                .param("p", personId)
                .param("link", link)
                .query(String.class)
                .list();
    }

    long refusals(long documentId) {
        return jdbc.sql("select count(*) from audit_entry where action = 'policy.document.access-refused'"
                        + " and subject_id = :id")
                .param("id", Long.toString(documentId))
                .query(Long.class)
                .single();
    }
}
