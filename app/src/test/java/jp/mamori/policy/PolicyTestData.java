package jp.mamori.policy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import jp.mamori.organization.OrganizationTestData;
import jp.mamori.testing.TestClock;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test data for the policy module: documents and approved revisions written straight into this
 * module's tables (no access checks, no events); units, people and roles made through the
 * organisation module's services ({@link OrganizationTestData}). For the approval flow itself use
 * {@link Revisions}.
 *
 * <pre>{@code var data = new PolicyTestData(jdbc, documents, revisions);
 * InForce doc = data.documentInForce(PolicyTier.STANDARD, "対策基準", Visibility.open(Audience.ALL_STAFF), "本文");}</pre>
 */
final class PolicyTestData {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private final OrganizationTestData organization;
    private final PolicyRepository documents;
    private final RevisionRepository revisions;

    PolicyTestData(JdbcClient jdbc, PolicyRepository documents, RevisionRepository revisions) {
        this.organization = OrganizationTestData.of(jdbc);
        this.documents = documents;
        this.revisions = revisions;
    }

    /** For the application behind that client (see {@link jp.mamori.testing.TestContexts}). */
    static PolicyTestData of(JdbcClient jdbc) {
        var context = jp.mamori.testing.TestContexts.of(jdbc);
        return new PolicyTestData(
                jdbc, context.getBean(PolicyRepository.class), context.getBean(RevisionRepository.class));
    }

    /** A text unique in this JVM, e.g. for titles that tests search for. */
    static String unique(String prefix) {
        return prefix + System.nanoTime() % 1_000_000 + "-" + COUNTER.incrementAndGet();
    }

    /** A new org unit (under {@code parentId}, or at the top) with a unique code; returns its id. */
    long unit(String name, @Nullable Long parentId) {
        return organization.unit(unique("PU"), name, parentId);
    }

    /** A person in post since {@link OrganizationTestData#SINCE} in the unit (category 職員); returns the id. */
    long person(String name, long unitId) {
        return organization.person(name, unitId);
    }

    /** Assigns the role (for the unit, or body-wide when null) since {@link OrganizationTestData#SINCE}. */
    void role(long personId, jp.mamori.shared.Role role, @Nullable Long unitId) {
        organization.grant(personId, role, unitId);
    }

    /** A document (no revisions); the parent tier rule is not checked here. */
    PolicyDocument document(
            PolicyTier tier, @Nullable Long parentId, String title, long ownerUnitId, Visibility visibility) {
        long id = documents.insert(
                new PolicyDocument(0, tier, parentId, title, "", ownerUnitId, visibility, TestClock.now()), "test");
        return documents.find(id).orElseThrow();
    }

    /** An approved revision with the next number, its content hash fixed, as if two approvers had signed. */
    Revision approvedRevision(long documentId, LocalDate effectiveOn, String body) {
        int number = new RevisionTimeline(revisions.ofDocument(documentId)).nextNumber();
        return approvedRevision(documentId, "テスト第" + number + "号", effectiveOn, body);
    }

    /** An approved revision with the given 文書番号, 施行日 and body (Markdown). */
    Revision approvedRevision(long documentId, String documentNumber, LocalDate effectiveOn, String body) {
        int number = new RevisionTimeline(revisions.ofDocument(documentId)).nextNumber();
        OffsetDateTime now = TestClock.now();
        Revision draft = Revision.draft(
                documentId,
                number,
                new RevisionDraft(
                        documentNumber,
                        LocalDate.of(2020, 4, 1),
                        number == 1 ? null : effectiveOn,
                        effectiveOn,
                        "テスト",
                        "この規程は、公表の日から施行する。",
                        body),
                "test-author",
                null,
                "テスト 起案者",
                now);
        Revision approved = new Revision(
                0,
                documentId,
                number,
                draft.documentNumber(),
                draft.enactedOn(),
                draft.amendedOn(),
                draft.effectiveOn(),
                draft.reason(),
                draft.supplementaryProvisions(),
                draft.body(),
                RevisionState.APPROVED,
                draft.authorLogin(),
                null,
                draft.authorName(),
                Set.of("test-author"),
                List.of(jp.mamori.shared.Role.CISO),
                List.of(new Approval(1, jp.mamori.shared.Role.CISO, "test-approver", null, "テスト 決裁者", now)),
                ContentHash.of(draft),
                now,
                now,
                now);
        long id = revisions.insert(approved);
        revisions.markAnnounced(id, now);
        return revisions.find(id).orElseThrow();
    }

    /** A document in its own new unit with one approved revision in force since 2024-04-01. */
    InForce documentInForce(PolicyTier tier, String title, Visibility visibility, String body) {
        long unit = unit(unique("所管"), null);
        PolicyDocument document = document(tier, null, title, unit, visibility);
        Revision revision = approvedRevision(document.id(), LocalDate.of(2024, 4, 1), body);
        return new InForce(document, revision);
    }

    /** A document owned by the given unit with one approved revision (文書番号, 施行日, body as given). */
    InForce documentInForce(
            PolicyTier tier,
            String title,
            long ownerUnitId,
            Visibility visibility,
            String documentNumber,
            LocalDate effectiveOn,
            String body) {
        PolicyDocument document = document(tier, null, title, ownerUnitId, visibility);
        Revision revision = approvedRevision(document.id(), documentNumber, effectiveOn, body);
        return new InForce(document, revision);
    }
}
