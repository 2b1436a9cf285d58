package jp.mamori.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.Role;
import org.junit.jupiter.api.Test;

/** The revision's state machine and the approval rules, without Spring. */
class RevisionRulesTests {
    static final OffsetDateTime NOW = OffsetDateTime.of(2025, 3, 1, 10, 0, 0, 0, ZoneOffset.ofHours(9));
    static final List<Role> CHAIN = List.of(Role.CHIEF_SECURITY_OFFICER, Role.CISO);
    static final Approver CHIEF = new Approver("chief", 2L, "統括 一郎", Set.of(Role.CHIEF_SECURITY_OFFICER));
    static final Approver CISO = new Approver("ciso", 3L, "最高 二郎", Set.of(Role.CISO));
    static final Approver BOTH = new Approver("both", 4L, "兼務 三郎", Set.of(Role.CHIEF_SECURITY_OFFICER, Role.CISO));

    static RevisionDraft complete() {
        return new RevisionDraft(
                "7架共第1号", LocalDate.of(2025, 4, 1), null, LocalDate.of(2025, 4, 1), "新規制定", "公表の日から施行する。", "# 目的\n本文");
    }

    static Revision draft() {
        return Revision.draft(10, 1, complete(), "author", 1L, "起案 太郎", NOW).withId(100);
    }

    static Revision inApproval() {
        return draft().submit(CHAIN, null, NOW);
    }

    @Test
    void a_new_revision_is_a_draft_written_by_its_author() {
        Revision draft = draft();
        assertThat(draft.recordedState()).isEqualTo(RevisionState.DRAFT);
        assertThat(draft.writers()).containsExactly("author");
        assertThat(draft.contentHash()).isNull();
    }

    @Test
    void submitting_copies_the_chain_and_waits_for_its_first_role() {
        Revision revision = inApproval();
        assertThat(revision.recordedState()).isEqualTo(RevisionState.IN_APPROVAL);
        assertThat(revision.approvalChain()).isEqualTo(CHAIN);
        assertThat(revision.nextRole()).contains(Role.CHIEF_SECURITY_OFFICER);
        assertThat(revision.nextStep()).isEqualTo(1);
    }

    @Test
    void an_incomplete_draft_cannot_be_submitted_and_every_missing_field_is_named() {
        Revision empty = Revision.draft(
                        10, 1, new RevisionDraft("", null, null, null, "", "", " "), "author", 1L, "起案", NOW)
                .withId(1);
        assertThatThrownBy(() -> empty.submit(CHAIN, null, NOW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::field)
                                .containsExactlyInAnyOrder("documentNumber", "enactedOn", "effectiveOn", "body"));
    }

    @Test
    void the_effective_date_may_not_lie_before_that_of_the_latest_approved_revision() {
        assertThatThrownBy(() -> draft().submit(CHAIN, LocalDate.of(2025, 4, 2), NOW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::field)
                                .containsExactly("effectiveOn"));
        assertThat(draft().submit(CHAIN, LocalDate.of(2025, 4, 1), NOW).recordedState())
                .isEqualTo(RevisionState.IN_APPROVAL);
    }

    @Test
    void approvals_follow_the_chain_in_order_and_the_last_one_fixes_the_content_hash() {
        Revision first = inApproval().approve(CHIEF, NOW);
        assertThat(first.recordedState()).isEqualTo(RevisionState.IN_APPROVAL);
        assertThat(first.nextRole()).contains(Role.CISO);
        Revision approved = first.approve(CISO, NOW.plusHours(1));
        assertThat(approved.recordedState()).isEqualTo(RevisionState.APPROVED);
        assertThat(approved.approvals()).extracting(Approval::login).containsExactly("chief", "ciso");
        assertThat(approved.approvedAt()).isEqualTo(NOW.plusHours(1));
        assertThat(approved.contentHash()).isEqualTo(ContentHash.of(approved));
        assertThat(approved.nextRole()).isEmpty();
    }

    @Test
    void the_second_role_cannot_approve_before_the_first() {
        assertThatThrownBy(() -> inApproval().approve(CISO, NOW))
                .isInstanceOf(NotAllowedException.class)
                .hasMessage("policy.approval.error.notYourStep");
    }

    @Test
    void the_author_never_approves_even_when_holding_the_role() {
        Approver author = new Approver("author", 1L, "起案 太郎", Set.of(Role.CHIEF_SECURITY_OFFICER));
        assertThatThrownBy(() -> inApproval().approve(author, NOW))
                .hasMessage("policy.approval.error.writerMayNotApprove");
    }

    @Test
    void the_author_is_recognised_by_person_even_under_another_login() {
        Approver sameperson = new Approver("author-2", 1L, "起案 太郎", Set.of(Role.CHIEF_SECURITY_OFFICER));
        assertThatThrownBy(() -> inApproval().approve(sameperson, NOW))
                .hasMessage("policy.approval.error.writerMayNotApprove");
    }

    @Test
    void someone_who_edited_the_draft_may_not_approve_it() {
        Revision edited = draft().edit(complete(), "chief", NOW);
        Revision submitted = edited.submit(CHAIN, null, NOW);
        assertThatThrownBy(() -> submitted.approve(CHIEF, NOW)).hasMessage("policy.approval.error.writerMayNotApprove");
    }

    @Test
    void one_person_holding_both_roles_approves_only_one_step() {
        Revision first = inApproval().approve(BOTH, NOW);
        assertThatThrownBy(() -> first.approve(BOTH, NOW)).hasMessage("policy.approval.error.oneStepPerPerson");
    }

    @Test
    void a_rejection_returns_to_draft_and_clears_the_approvals() {
        Revision returned = inApproval().approve(CHIEF, NOW).reject(CISO, "表現を直すこと", NOW);
        assertThat(returned.recordedState()).isEqualTo(RevisionState.DRAFT);
        assertThat(returned.approvals()).isEmpty();
        assertThat(returned.approvalChain()).isEmpty();
        assertThat(returned.edit(complete(), "author", NOW).recordedState()).isEqualTo(RevisionState.DRAFT);
    }

    @Test
    void a_rejection_needs_a_comment_and_the_right_role() {
        assertThatThrownBy(() -> inApproval().reject(CHIEF, "  ", NOW)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> inApproval().reject(CISO, "だめ", NOW)).hasMessage("policy.approval.error.notYourStep");
    }

    @Test
    void an_approved_revision_is_immutable() {
        Revision approved = inApproval().approve(CHIEF, NOW).approve(CISO, NOW);
        assertThatThrownBy(() -> approved.edit(complete(), "author", NOW)).hasMessage("policy.revision.error.notDraft");
        assertThatThrownBy(() -> approved.submit(CHAIN, null, NOW)).hasMessage("policy.revision.error.notDraft");
        assertThatThrownBy(() -> approved.approve(BOTH, NOW)).hasMessage("policy.revision.error.notInApproval");
        assertThatThrownBy(() -> approved.reject(BOTH, "x", NOW)).hasMessage("policy.revision.error.notInApproval");
    }

    @Test
    void a_draft_cannot_be_approved_and_a_revision_in_approval_cannot_be_edited() {
        assertThatThrownBy(() -> draft().approve(CHIEF, NOW)).hasMessage("policy.revision.error.notInApproval");
        assertThatThrownBy(() -> inApproval().edit(complete(), "author", NOW))
                .hasMessage("policy.revision.error.notDraft");
    }

    @Test
    void in_force_and_superseded_are_never_stored() {
        Revision r = draft();
        assertThatThrownBy(() -> new Revision(
                        r.id(),
                        r.documentId(),
                        r.number(),
                        r.documentNumber(),
                        r.enactedOn(),
                        r.amendedOn(),
                        r.effectiveOn(),
                        r.reason(),
                        r.supplementaryProvisions(),
                        r.body(),
                        RevisionState.IN_FORCE,
                        r.authorLogin(),
                        r.authorPersonId(),
                        r.authorName(),
                        r.writers(),
                        r.approvalChain(),
                        r.approvals(),
                        r.contentHash(),
                        r.approvedAt(),
                        r.createdAt(),
                        r.updatedAt()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_draft_with_dates_out_of_order_is_refused() {
        RevisionDraft backwards = new RevisionDraft(
                "x", LocalDate.of(2025, 4, 1), LocalDate.of(2025, 3, 1), LocalDate.of(2025, 2, 1), "", "", "本文");
        assertThat(backwards.problems())
                .extracting(InvalidInputException.Problem::field)
                .containsExactly("amendedOn", "effectiveOn");
    }
}
