package jp.mamori.asset;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import org.springframework.stereotype.Component;

/**
 * Bounds how many ledger imports (and dry runs) run at once: {@link #OVERALL} in this node, and
 * one per person. A workbook of the largest size allowed takes a few hundred megabytes while it is
 * checked, so an unbounded number of parallel uploads would exhaust the server's memory. A request
 * that finds no free slot is refused at once (the person is asked to try again), never queued.
 */
@Component
class ImportSlots {
    /** Imports running at the same time in one node. */
    static final int OVERALL = 2;

    private final Semaphore overall = new Semaphore(OVERALL);
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    /** A held slot; closing it frees the slot. */
    interface Slot extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Takes a slot for the person, or refuses.
     *
     * @throws LedgerUnreadableException with {@code ledger.import.busy} when the person already runs
     *     an import or every slot of the node is taken
     */
    Slot take(String person) throws LedgerUnreadableException {
        if (!running.add(person)) {
            throw busy();
        }
        if (!overall.tryAcquire()) {
            running.remove(person);
            throw busy();
        }
        return () -> {
            running.remove(person);
            overall.release();
        };
    }

    private static LedgerUnreadableException busy() {
        return new LedgerUnreadableException("ledger.import.busy", java.util.List.of(), null);
    }
}
