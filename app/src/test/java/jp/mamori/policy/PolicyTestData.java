package jp.mamori.policy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import jp.mamori.testing.TestClock;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Test data for the policy module, written straight into the tables (no access checks, no events):
 * units, documents and approved revisions. For the approval flow itself use {@link Revisions}.
 *
 * <pre>{@code var data = new PolicyTestData(jdbc, documents, revisions);
 * InForce doc = data.documentInForce(PolicyTier.STANDARD, "対策基準", Visibility.open(Audience.ALL_STAFF), "本文");}</pre>
 */
final class PolicyTestData {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private final JdbcClient jdbc;
    private final PolicyRepository documents;
    private final RevisionRepository revisions;

    PolicyTestData(JdbcClient jdbc, PolicyRepository documents, RevisionRepository revisions) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.revisions = revisions;
    }

    /** A text unique in this JVM, e.g. for titles that tests search for. */
    static String unique(String prefix) {
        return prefix + System.nanoTime() % 1_000_000 + "-" + COUNTER.incrementAndGet();
    }

    /** A new org unit (under {@code parentId}, or at the top) with a unique code; returns its id. */
    long unit(String name, @Nullable Long parentId) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into org_unit (code, name, parent_id, created_at, updated_at)"
                        + " values (:code, :name, :parent, :now, :now)")
                .param("code", unique("PU"))
                .param("name", name)
                .param("parent", parentId)
                .param("now", TestClock.now())
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** A person in post since 2024-04-01 in the unit (first employment category); returns the id. */
    long person(String name, long unitId) {
        String number = unique("PT");
        var keys = new GeneratedKeyHolder();
        OffsetDateTime now = TestClock.now();
        jdbc.sql("""
                        insert into org_person (staff_number, name, kana, email, category_id, unit_id, in_post_from,
                                                created_at, updated_at)
                        values (:no, :name, :kana, '', (select min(id) from org_employment_category), :unit,
                                :from, :t, :t)
                        """)
                .param("no", number)
                .param("name", name)
                .param("kana", "テスト " + number)
                .param("unit", unitId)
                .param("from", LocalDate.of(2024, 4, 1))
                .param("t", now)
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        jdbc.sql("insert into org_person_unit (person_id, unit_id, valid_from) values (:p, :u, :from)")
                .param("p", id)
                .param("u", unitId)
                .param("from", LocalDate.of(2024, 4, 1))
                .update();
        return id;
    }

    /** Assigns the role (for the unit, or body-wide when null) since 2024-04-01. */
    void role(long personId, jp.mamori.shared.Role role, @Nullable Long unitId) {
        jdbc.sql("""
                        insert into org_role_assignment (person_id, role, unit_id, valid_from, assigned_by, assigned_at)
                        values (:p, :role, :unit, :from, 'test', :now)
                        """)
                .param("p", personId)
                .param("role", role.name())
                .param("unit", unitId)
                .param("from", LocalDate.of(2024, 4, 1))
                .param("now", TestClock.now())
                .update();
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
