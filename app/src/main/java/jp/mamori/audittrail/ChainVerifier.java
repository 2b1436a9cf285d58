package jp.mamori.audittrail;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the chain from the first entry to the head, in batches, and names the first entry
 * that does not fit: a changed entry (hash no longer matches its content), a removed or reordered
 * entry (sequence gap, or previous hash not that of the entry before), a cut-off tail (the head
 * records more entries than there are), or a head whose seal ({@link HeadSeal}, keyed outside the
 * database) does not fit the entries — a chain rewritten and rehashed by someone without the key.
 */
@Component
public class ChainVerifier {
    static final int BATCH = 1000;

    private final AuditEntries entries;
    private final HeadSeal seal;

    ChainVerifier(AuditEntries entries, HeadSeal seal) {
        this.entries = entries;
        this.seal = seal;
    }

    @Transactional(readOnly = true)
    public Verification verify() {
        long expectedSeq = 1;
        String previousHash = ChainHash.GENESIS;
        String expectedSeal = HeadSeal.GENESIS;
        long lastSeq = 0;
        while (true) {
            List<Entry> batch = entries.after(lastSeq, BATCH);
            if (batch.isEmpty()) {
                break;
            }
            for (Entry entry : batch) {
                if (entry.seq() != expectedSeq) {
                    return new Verification.Broken(expectedSeq, null, null, "verify.reason.missing");
                }
                if (!entry.previousHash().equals(previousHash)) {
                    return broken(entry, "verify.reason.link");
                }
                if (!entry.expectedHash().equals(entry.hash())) {
                    return broken(entry, "verify.reason.content");
                }
                previousHash = entry.hash();
                expectedSeal = seal.next(expectedSeal, entry.seq(), entry.hash());
                lastSeq = entry.seq();
                expectedSeq++;
            }
        }
        AuditEntries.ChainHead head = entries.head();
        if (head.lastSeq() != lastSeq) {
            return head.lastSeq() > lastSeq
                    ? new Verification.Broken(lastSeq + 1, null, null, "verify.reason.truncated")
                    : new Verification.Broken(head.lastSeq() + 1, null, null, "verify.reason.head");
        }
        if (!head.lastHash().equals(previousHash)) {
            return new Verification.Broken(lastSeq, null, null, "verify.reason.head");
        }
        // an empty chain has no seal yet; any other head must carry the seal of exactly these entries
        if (lastSeq > 0 && !expectedSeal.equals(head.lastSeal())) {
            return new Verification.Broken(lastSeq, null, null, "verify.reason.seal");
        }
        return new Verification.Intact(lastSeq);
    }

    private static Verification.Broken broken(Entry entry, String reason) {
        return new Verification.Broken(entry.seq(), entry.time(), entry.action(), reason);
    }
}
