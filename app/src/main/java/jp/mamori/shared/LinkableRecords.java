package jp.mamori.shared;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Records of one kind that other modules may link to by reference (an entry of the statement of
 * applicability names the asset, policy document or incident that shows a measure is in place).
 * Implemented by the module that owns the records, so the linking module does not depend on it.
 */
public interface LinkableRecords {
    /** The kinds of record that can be linked. */
    enum Kind {
        ASSET,
        POLICY,
        INCIDENT,
        /** A contract with a contractor, by its number (K-12). */
        CONTRACT,
        /** A cloud service, by its name. */
        CLOUD_SERVICE,
        /** An official SNS account, by "platform account". */
        SNS_ACCOUNT
    }

    Kind kind();

    /**
     * The record with this reference (as people quote it: 管理番号, document number, 受付番号), if it
     * exists; its title only when the signed-in user may read the record, else {@code null}.
     */
    Optional<Linked> find(String reference);

    /** A record found: its canonical reference, its title for a reader who may see it, its page. */
    record Linked(Kind kind, String reference, @Nullable String title, String path) {}
}
