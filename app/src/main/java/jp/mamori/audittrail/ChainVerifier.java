package jp.mamori.audittrail;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the chain from the first entry to the head, in batches, and names the first entry
 * that does not fit: a changed entry (hash no longer matches its content), a removed or reordered
 * entry (sequence gap, or previous hash not that of the entry before), or a cut-off tail (the head
 * records more entries than there are).
 */
@Component
public class ChainVerifier {
    static final int BATCH = 1000;

    private final AuditEntries entries;

    ChainVerifier(AuditEntries entries) {
        this.entries = entries;
    }

    @Transactional(readOnly = true)
    public Verification verify() {
        long expectedSeq = 1;
        String previousHash = ChainHash.GENESIS;
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
        return new Verification.Intact(lastSeq);
    }

    private static Verification.Broken broken(Entry entry, String reason) {
        return new Verification.Broken(entry.seq(), entry.time(), entry.action(), reason);
    }
}
