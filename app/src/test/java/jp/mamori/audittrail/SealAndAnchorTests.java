package jp.mamori.audittrail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import jp.mamori.organization.OrganizationTestData;
import jp.mamori.shared.Role;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 12 point 7: someone with write access to the database but not the key file rewrites the
 * chain — the head's seal gives it away; the daily anchor is written outside the database, told to
 * the CISO, and the trail is checked against it.
 */
@MamoriSpringTest
class SealAndAnchorTests {
    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ChainVerifier verifier;

    @Autowired
    Anchors anchors;

    @Autowired
    AnchorFiles files;

    @AfterEach
    void realTime() {
        TestClock.INSTANCE.reset();
    }

    void append(String action) {
        tx.executeWithoutResult(
                s -> events.publishEvent(new AuditTrailTests.Happened(action, "9", Map.of("grade", "A"))));
    }

    long lastSeq() {
        return jdbc.sql("select last_seq from audit_chain_head")
                .query(Long.class)
                .single();
    }

    /** The rows from {@code seq} on and the head, to put back after an attack. */
    Runnable snapshotFrom(long seq) {
        List<Map<String, Object>> rows = jdbc.sql("select * from audit_entry where seq >= :s order by seq")
                .param("s", seq)
                .query()
                .listOfRows();
        Map<String, Object> head =
                jdbc.sql("select * from audit_chain_head").query().singleRow();
        return () -> {
            jdbc.sql("delete from audit_entry where seq >= :s").param("s", seq).update();
            for (Map<String, Object> row : rows) {
                jdbc.sql("""
                                insert into audit_entry (seq, occurred_at, actor, action, subject_type, subject_id,
                                    details, previous_hash, hash)
                                values (:seq, :occurred_at, :actor, :action, :subject_type, :subject_id, :details,
                                    :previous_hash, :hash)
                                """).params(row).update();
            }
            jdbc.sql("update audit_chain_head set last_seq = :last_seq, last_hash = :last_hash, last_seal = :last_seal")
                    .params(head)
                    .update();
        };
    }

    @Test
    void deleting_the_tail_and_moving_the_head_back_breaks_the_seal() {
        append("test.sealed-one");
        append("test.sealed-two");
        long last = lastSeq();
        Runnable restore = snapshotFrom(last);
        try {
            String before = jdbc.sql("select hash from audit_entry where seq = :s")
                    .param("s", last - 1)
                    .query(String.class)
                    .single();
            jdbc.sql("delete from audit_entry where seq = :s").param("s", last).update();
            jdbc.sql("update audit_chain_head set last_seq = :s, last_hash = :h")
                    .param("s", last - 1)
                    .param("h", before)
                    .update();
            assertThat(verifier.verify())
                    .isEqualTo(new Verification.Broken(last - 1, null, null, "verify.reason.seal"));
        } finally {
            restore.run();
        }
        assertThat(verifier.verify()).isInstanceOf(Verification.Intact.class);
    }

    @Test
    void an_entry_changed_and_every_hash_recomputed_is_found_and_a_later_append_does_not_hide_it() {
        append("test.rewritten");
        append("test.after-it");
        long last = lastSeq();
        Runnable restore = snapshotFrom(last - 1);
        try {
            // the attacker knows the hash function, not the key
            String previous = null;
            for (long seq = last - 1; seq <= last; seq++) {
                Entry e = jdbc.sql("select * from audit_entry where seq = :s")
                        .param("s", seq)
                        .query(AuditEntries::entry)
                        .single();
                String prev = previous == null ? e.previousHash() : previous;
                String details = seq == last - 1 ? "{\"grade\":\"C\"}" : e.details();
                String hash = ChainHash.of(
                        seq, e.time(), e.actor(), e.action(), e.subjectType(), e.subjectId(), details, prev);
                jdbc.sql("update audit_entry set details = :d, previous_hash = :p, hash = :h where seq = :s")
                        .param("d", details)
                        .param("p", prev)
                        .param("h", hash)
                        .param("s", seq)
                        .update();
                previous = hash;
            }
            jdbc.sql("update audit_chain_head set last_hash = :h")
                    .param("h", previous)
                    .update();
            assertThat(verifier.verify()).isEqualTo(new Verification.Broken(last, null, null, "verify.reason.seal"));

            append("test.innocent-later-entry");
            assertThat(verifier.verify())
                    .isEqualTo(new Verification.Broken(last + 1, null, null, "verify.reason.seal"));
        } finally {
            restore.run();
        }
        assertThat(verifier.verify()).isInstanceOf(Verification.Intact.class);
    }

    @Test
    void the_days_anchor_is_written_once_told_to_the_ciso_recorded_in_the_trail_and_checked() throws Exception {
        long ciso = cisoInPost();
        TestClock.INSTANCE.moveTo(LocalDateTime.of(2031, 1, 15, 0, 0, 5));
        append("test.before-anchor");
        long head = lastSeq();

        Anchor anchor = anchors.takeToday().orElseThrow();
        assertThat(anchor.day()).isEqualTo(LocalDate.of(2031, 1, 15));
        assertThat(anchor.seq()).isEqualTo(head);
        assertThat(anchors.takeToday())
                .as("one anchor a day, whichever node asks")
                .isEmpty();

        var file = files.folder().resolve("audit-anchor-2031-01-15.txt");
        assertThat(Files.readString(file)).contains("seq: " + head);
        Map<String, Object> entry = jdbc.sql("select * from audit_entry where seq = :s")
                .param("s", head + 1)
                .query()
                .singleRow();
        assertThat(entry).containsEntry("action", "audit-trail.anchored").containsEntry("actor", "system");
        assertThat((String) entry.get("details")).contains("\"seq\":\"" + head + "\"", "2031-01-15");
        Map<String, Object> notice = jdbc.sql("select * from ntf_notice where person_id = :p and topic = :t")
                .param("p", ciso)
                .param("t", "audit-trail.anchored")
                .query()
                .singleRow();
        assertThat((String) notice.get("body")).contains(anchor.hash()).contains(Long.toString(head));

        AnchorCheck.Coverage coverage = anchors.check(null);
        assertThat(coverage.intact()).isTrue();
        assertThat(coverage.fitting()).contains(anchor);
        assertThat(coverage.firstUncovered()).isEqualTo(head + 1);

        // an entry the anchor covers is rewritten, hashes and all: the anchor names it
        Runnable restore = snapshotFrom(head);
        try {
            jdbc.sql("update audit_entry set hash = :h where seq = :s")
                    .param("h", "f".repeat(64))
                    .param("s", head)
                    .update();
            assertThat(anchors.check(null).problems())
                    .extracting(AnchorCheck.Problem::reason)
                    .containsExactly("verify.anchor.changed");
        } finally {
            restore.run();
        }
    }

    private long cisoInPost() {
        OrganizationTestData organization = OrganizationTestData.of(jdbc);
        long unit = organization.unit("監査試験課", null);
        long personId = organization.person(new OrganizationTestData.PersonSpec("見本 最高", unit).kana("ミホン"));
        organization.grant(personId, Role.CISO, null);
        return personId;
    }
}
