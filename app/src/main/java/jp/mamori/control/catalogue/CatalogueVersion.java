package jp.mamori.control.catalogue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.Role;
import org.jspecify.annotations.Nullable;

/**
 * One version of the control catalogue, and the aggregate that guards its approval (決裁), as a
 * policy revision does.
 *
 * <p>Lifecycle: the first version is the shipped catalogue, {@link VersionState#IN_FORCE} from the
 * first start. Tailoring starts a {@link VersionState#DRAFT} copied from the version in force (or
 * one imported from a file); only a draft's measures change. {@link #submit} sends it into
 * {@link VersionState#IN_APPROVAL} with the ordered approval chain of the settings, copied into the
 * version. Each {@link #approve} fills the next step; an approver must hold that step's role, must
 * not be the author and decides at most one step. After the last step the version is in force, its
 * content hash is fixed, and the version that was in force becomes {@link VersionState#SUPERSEDED}.
 * {@link #reject} returns it to draft with a comment; the approvals given lapse.
 */
public record CatalogueVersion(
        long id,
        int number,
        String key,
        String title,
        String basis,
        VersionState state,
        String changeNote,
        @Nullable Integer basedOn,
        String authorLogin,
        String authorName,
        List<Role> approvalChain,
        List<Approval> approvals,
        @Nullable String contentHash,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Nullable OffsetDateTime inForceAt) {

    /** One approval step given. */
    public record Approval(int step, Role role, String login, String name, OffsetDateTime decidedAt) {}

    public CatalogueVersion {
        approvalChain = List.copyOf(approvalChain);
        approvals = List.copyOf(approvals);
    }

    static CatalogueVersion draft(
            int number,
            CatalogueContent content,
            String note,
            @Nullable Integer basedOn,
            String login,
            String name,
            OffsetDateTime now) {
        return new CatalogueVersion(
                0,
                number,
                content.key(),
                content.title(),
                content.basis(),
                VersionState.DRAFT,
                note,
                basedOn,
                login,
                name,
                List.of(),
                List.of(),
                null,
                now,
                now,
                null);
    }

    CatalogueVersion withId(long newId) {
        return new CatalogueVersion(
                newId,
                number,
                key,
                title,
                basis,
                state,
                changeNote,
                basedOn,
                authorLogin,
                authorName,
                approvalChain,
                approvals,
                contentHash,
                createdAt,
                updatedAt,
                inForceAt);
    }

    boolean isOpen() {
        return state == VersionState.DRAFT || state == VersionState.IN_APPROVAL;
    }

    void requireDraft() {
        if (state != VersionState.DRAFT) {
            throw new NotAllowedException("control.version.error.notDraft");
        }
    }

    /** Sends the draft to approval with the chain. */
    CatalogueVersion submit(List<Role> chain, OffsetDateTime now) {
        requireDraft();
        if (chain.isEmpty()) {
            throw new IllegalStateException("an approval chain has at least one step");
        }
        return moved(VersionState.IN_APPROVAL, chain, List.of(), null, null, now);
    }

    Optional<Role> nextRole() {
        if (state != VersionState.IN_APPROVAL || approvals.size() >= approvalChain.size()) {
            return Optional.empty();
        }
        return Optional.of(approvalChain.get(approvals.size()));
    }

    /** Why the approver may not decide now, as a message key; empty when they may. */
    public Optional<String> decisionRefusal(Approver approver) {
        if (state != VersionState.IN_APPROVAL) {
            return Optional.of("control.version.error.notInApproval");
        }
        if (approver.login().equals(authorLogin)) {
            return Optional.of("control.version.error.authorMayNotApprove");
        }
        if (approvals.stream().anyMatch(a -> a.login().equals(approver.login()))) {
            return Optional.of("control.version.error.oneStepPerPerson");
        }
        if (!approver.roles().contains(nextRole().orElseThrow())) {
            return Optional.of("control.version.error.notYourStep");
        }
        return Optional.empty();
    }

    boolean mayDecide(Approver approver) {
        return decisionRefusal(approver).isEmpty();
    }

    /** True once the last step is given: the version comes into force. */
    CatalogueVersion approve(Approver approver, String hashOfContent, OffsetDateTime now) {
        decisionRefusal(approver).ifPresent(key -> {
            throw new NotAllowedException(key);
        });
        Role role = nextRole().orElseThrow();
        List<Approval> next = new ArrayList<>(approvals);
        next.add(new Approval(approvals.size() + 1, role, approver.login(), approver.name(), now));
        if (next.size() < approvalChain.size()) {
            return moved(VersionState.IN_APPROVAL, approvalChain, next, null, null, now);
        }
        return moved(VersionState.IN_FORCE, approvalChain, next, hashOfContent, now, now);
    }

    CatalogueVersion reject(Approver approver, String comment, OffsetDateTime now) {
        decisionRefusal(approver).ifPresent(key -> {
            throw new NotAllowedException(key);
        });
        if (comment.isBlank()) {
            throw InvalidInputException.of("comment", "control.version.error.commentRequired");
        }
        return moved(VersionState.DRAFT, List.of(), List.of(), null, null, now);
    }

    /** The version that was in force, replaced by a newer one. */
    CatalogueVersion superseded(OffsetDateTime now) {
        if (state != VersionState.IN_FORCE) {
            throw new IllegalStateException("only the version in force is superseded");
        }
        return moved(VersionState.SUPERSEDED, approvalChain, approvals, contentHash, inForceAt, now);
    }

    /** The shipped catalogue, in force from the first start without approval. */
    CatalogueVersion shippedInForce(String hash, OffsetDateTime now) {
        return moved(VersionState.IN_FORCE, List.of(), List.of(), hash, now, now);
    }

    private CatalogueVersion moved(
            VersionState newState,
            List<Role> chain,
            List<Approval> newApprovals,
            @Nullable String hash,
            @Nullable OffsetDateTime inForce,
            OffsetDateTime now) {
        return new CatalogueVersion(
                id,
                number,
                key,
                title,
                basis,
                newState,
                changeNote,
                basedOn,
                authorLogin,
                authorName,
                chain,
                newApprovals,
                hash,
                createdAt,
                now,
                inForce);
    }
}
