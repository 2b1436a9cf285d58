package jp.mamori.policy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.mamori.organization.Directory;
import jp.mamori.organization.PersonSummary;
import jp.mamori.organization.UnitSummary;
import jp.mamori.policy.PolicyEvent.PolicyDocumentAccessRefused;
import jp.mamori.shared.Access;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.shared.UnitHierarchy;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The gate every entry point passes to reach a policy document: it builds the {@link Reader} for
 * the signed-in user (or any person) and asks {@link ReadingRule}. A document the reader may not
 * see is answered exactly like one that does not exist ({@link NotFoundException}, 404), and the
 * refused attempt is written to the audit trail.
 */
@Component
public class PolicyAccess {
    private final PolicyRepository documents;
    private final Directory directory;
    private final UnitHierarchy hierarchy;
    private final Access access;
    private final PolicySettings settings;
    private final RefusalLog refusals;

    PolicyAccess(
            PolicyRepository documents,
            Directory directory,
            UnitHierarchy hierarchy,
            Access access,
            PolicySettings settings,
            RefusalLog refusals) {
        this.documents = documents;
        this.directory = directory;
        this.hierarchy = hierarchy;
        this.access = access;
        this.settings = settings;
        this.refusals = refusals;
    }

    /** The signed-in user as a reader ({@link Reader#anonymous()} outside a request). */
    Reader currentReader() {
        return Access.current().map(this::readerOf).orElse(Reader.anonymous());
    }

    /**
     * The signed-in user; outside a request (start-up work such as the sample documents) the
     * {@code system} account.
     */
    CurrentUser currentUserOrSystem() {
        return Access.current().orElse(new CurrentUser("system", null, "system", false, List.of()));
    }

    /** Any person as a reader on a day, e.g. to decide whom an acknowledgement campaign may target. */
    Reader readerFor(long personId, LocalDate day) {
        PersonSummary person = directory.person(personId).orElseThrow(() -> new NotFoundException("person", personId));
        List<RoleGrant> grants = directory.grantsOn(personId, day);
        return reader(person.staffNumber(), personId, grants, readsAll(grants), new Lookups());
    }

    /**
     * The people as readers on a day, with their grants read in a few set queries rather than
     * {@link #readerFor} per person (an acknowledgement campaign's audience runs to thousands).
     * Each reader equals what {@link #readerFor} gives for that person.
     */
    Map<Long, Reader> readersFor(List<PersonSummary> people, LocalDate day) {
        Map<Long, List<RoleGrant>> grants =
                directory.grantsOn(people.stream().map(PersonSummary::id).toList(), day);
        Lookups lookups = new Lookups();
        Map<Long, Reader> readers = new HashMap<>();
        for (PersonSummary person : people) {
            List<RoleGrant> held = grants.getOrDefault(person.id(), List.of());
            readers.put(person.id(), reader(person.staffNumber(), person.id(), held, readsAll(held), lookups));
        }
        return readers;
    }

    /** True when the person may read the document on the day (no audit: not an attempt by them). */
    boolean mayRead(long personId, long documentId, LocalDate day) {
        return documents
                .find(documentId)
                .map(d -> ReadingRule.allows(readerFor(personId, day), d))
                .orElse(false);
    }

    /**
     * The document, for the signed-in user. Unknown and refused are the same 404 to the caller;
     * a refusal is audited as {@code policy.document.access-refused} naming the entry point.
     */
    public PolicyDocument readable(long documentId, String entryPoint) {
        PolicyDocument document =
                documents.find(documentId).orElseThrow(() -> new NotFoundException("policy", documentId));
        Reader reader = currentReader();
        if (!ReadingRule.allows(reader, document)) {
            refusals.record(new PolicyDocumentAccessRefused(documentId, reader.login(), entryPoint));
            throw new NotFoundException("policy", documentId);
        }
        return document;
    }

    /**
     * The revision, if the signed-in user may see it: approved ones to every reader of the
     * document, drafts and revisions in approval only to its editors and approvers. Otherwise 404,
     * and the refusal is audited like one for the document.
     */
    public Revision visible(PolicyDocument document, Revision revision, String entryPoint) {
        if (!revision.recordedState().isApproved() && !seesUnapproved(document)) {
            refusals.record(new PolicyDocumentAccessRefused(
                    document.id(), currentReader().login(), entryPoint));
            throw new NotFoundException("policy revision", revision.id());
        }
        return revision;
    }

    /** The revisions of the document the signed-in user may see. */
    public List<Revision> visible(PolicyDocument document, List<Revision> revisions) {
        boolean unapproved = seesUnapproved(document);
        return revisions.stream()
                .filter(r -> unapproved || r.recordedState().isApproved())
                .toList();
    }

    /** Every document the signed-in user may read. */
    public List<PolicyDocument> visibleDocuments() {
        Reader reader = currentReader();
        return documents.all().stream()
                .filter(d -> ReadingRule.allows(reader, d))
                .toList();
    }

    /**
     * May write drafts of the document (and so import into it): body-wide managers for every tier,
     * and whoever manages the owner unit for standards and procedures.
     */
    public boolean canEdit(PolicyDocument document) {
        if (access.isBodyWideManager()) {
            return true;
        }
        return document.tier() != PolicyTier.BASIC_POLICY && access.canManageUnit(document.ownerUnitId());
    }

    /** May create a document of the tier owned by the unit. */
    boolean canCreate(PolicyTier tier, long ownerUnitId) {
        if (access.isBodyWideManager()) {
            return true;
        }
        return tier == PolicyTier.PROCEDURE && access.canManageUnit(ownerUnitId);
    }

    /** True when the signed-in user creates documents at all (for showing the button). */
    public boolean createsSome() {
        return access.isBodyWideManager()
                || Access.current()
                        .map(u -> u.grants().stream()
                                .anyMatch(g -> g.role() == Role.SECURITY_OFFICER || g.role() == Role.SECURITY_MANAGER))
                        .orElse(false);
    }

    /** For the handlers' {@code @PreAuthorize}: {@link #createsSome()}, or a refusal naming why. */
    public boolean mayCreateSome() {
        if (!createsSome()) {
            throw new NotAllowedException("policy.notAllowed.create");
        }
        return true;
    }

    /** The signed-in user as an approver of the document: the chain roles they hold for its owner unit. */
    public Approver currentApprover(PolicyDocument document) {
        CurrentUser user = access.user();
        Set<Role> roles = Arrays.stream(Role.values())
                .filter(role -> access.hasRoleFor(role, document.ownerUnitId()))
                .collect(Collectors.toSet());
        return new Approver(user.login(), user.personId(), user.displayName(), roles);
    }

    /** True when the signed-in user may see drafts and revisions in approval of the document. */
    public boolean seesUnapproved(PolicyDocument document) {
        Reader reader = currentReader();
        boolean approver = Access.current().isPresent()
                && settings.approval().of(document.tier()).stream()
                        .anyMatch(role -> access.hasRoleFor(role, document.ownerUnitId()));
        return ReadingRule.allowsUnapproved(reader, document, approver || canEdit(document));
    }

    private Reader readerOf(CurrentUser user) {
        return reader(user.login(), user.personId(), user.grants(), access.canReadAll(), new Lookups());
    }

    private static boolean readsAll(List<RoleGrant> grants) {
        return grants.stream().anyMatch(g -> g.role().isCisoLevel() || g.role() == Role.AUDITOR);
    }

    /** The unit tree's lookups, read once for however many readers are built with it. */
    private final class Lookups {
        private @Nullable Map<Long, @Nullable Long> parents;
        private final Map<Long, Set<Long>> below = new HashMap<>();

        Map<Long, @Nullable Long> parents() {
            if (parents == null) {
                parents = PolicyAccess.this.parents();
            }
            return parents;
        }

        Set<Long> selfAndDescendants(long unitId) {
            return below.computeIfAbsent(unitId, hierarchy::selfAndDescendants);
        }
    }

    private Reader reader(
            String login, @Nullable Long personId, List<RoleGrant> grants, boolean readsAll, Lookups lookups) {
        Set<Long> own = new HashSet<>();
        Set<Long> managed = new HashSet<>();
        boolean managesAll = false;
        boolean inPost = false;
        for (RoleGrant grant : grants) {
            if (grant.role() == Role.STAFF) {
                inPost = true;
                if (grant.unitId() != null) {
                    Map<Long, @Nullable Long> parents = lookups.parents();
                    for (Long unit = grant.unitId(); unit != null && own.add(unit); unit = parents.get(unit)) {
                        // walk up to the top unit
                    }
                }
            } else if (grant.role() == Role.SECURITY_OFFICER || grant.role() == Role.SECURITY_MANAGER) {
                if (grant.unitId() == null) {
                    managesAll = true;
                } else {
                    managed.addAll(lookups.selfAndDescendants(grant.unitId()));
                }
            }
        }
        Set<Role> roles = grants.stream().map(RoleGrant::role).collect(Collectors.toSet());
        return new Reader(login, personId, inPost, own, roles, managed, readsAll || managesAll);
    }

    private Map<Long, @Nullable Long> parents() {
        Map<Long, @Nullable Long> parents = new HashMap<>();
        for (UnitSummary unit : directory.units()) {
            parents.put(unit.id(), unit.parentId());
        }
        return parents;
    }
}
