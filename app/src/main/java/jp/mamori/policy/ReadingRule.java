package jp.mamori.policy;

import java.util.Collections;

/**
 * The one decision of who may read a policy document, used by every entry point (list, search,
 * pages, API, print, export, acknowledgement): nothing shows a document this rule refuses.
 *
 * <ul>
 *   <li>Administrators, CISO-level roles and auditors read everything.
 *   <li>Whoever manages the owner unit (its 情報セキュリティ責任者・管理者, from above too) reads it.
 *   <li>{@link Audience#PUBLIC}: every signed-in account.
 *   <li>{@link Audience#ALL_STAFF}: everyone in post.
 *   <li>{@link Audience#RESTRICTED}: people in post holding one of the named roles, or belonging to
 *       one of the named units or a unit below it.
 * </ul>
 *
 * Drafts and revisions in approval are a further step: only people who may edit the document or
 * decide an approval see them ({@link #allowsUnapproved}).
 */
final class ReadingRule {
    private ReadingRule() {}

    static boolean allows(Reader reader, PolicyDocument document) {
        if (reader.readsAll() || reader.managedUnits().contains(document.ownerUnitId())) {
            return true;
        }
        Visibility visibility = document.visibility();
        return switch (visibility.audience()) {
            case PUBLIC -> true;
            case ALL_STAFF -> reader.inPost();
            case RESTRICTED ->
                reader.inPost()
                        && (!Collections.disjoint(visibility.roles(), reader.roles())
                                || !Collections.disjoint(visibility.unitIds(), reader.ownUnits()));
        };
    }

    /**
     * True when the reader may see revisions not yet approved: they may read the document and
     * either edit it or take part in approving it.
     */
    static boolean allowsUnapproved(Reader reader, PolicyDocument document, boolean editorOrApprover) {
        return allows(reader, document) && (reader.readsAll() || editorOrApprover);
    }
}
