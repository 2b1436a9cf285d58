package jp.mamori.asset;

import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/**
 * What happened to information assets, as audit events: one record per kind, the details derived from its components (the changes as old → new where a record carries them).
 */
@AuditableEvent.SubjectType("asset")
public sealed interface AssetEvent extends AuditableEvent {

    /** Audit event {@code asset.changed}: the details hold each changed field as {@code old → new}. */
    @AuditableEvent.Action("asset.changed")
    record AssetChanged(@AuditableEvent.Subject String number, String actor, Map<String, String> details)
            implements AssetEvent {
        public AssetChanged {
            details = AuditableEvent.inOrder(details);
        }
    }

    /** Audit event {@code asset.created}: the details hold the values it was given. */
    @AuditableEvent.Action("asset.created")
    record AssetCreated(@AuditableEvent.Subject String number, String actor, Map<String, String> details)
            implements AssetEvent {
        public AssetCreated {
            details = AuditableEvent.inOrder(details);
        }
    }

    /** Audit event {@code asset.disposal-requested}: the details hold the date, method and who carries it out. */
    @AuditableEvent.Action("asset.disposal-requested")
    record AssetDisposalRequested(@AuditableEvent.Subject String number, String actor, Map<String, String> details)
            implements AssetEvent {
        public AssetDisposalRequested {
            details = AuditableEvent.inOrder(details);
        }
    }

    /** Audit event {@code asset.disposal-withdrawn}: the details hold the request withdrawn. */
    @AuditableEvent.Action("asset.disposal-withdrawn")
    record AssetDisposalWithdrawn(@AuditableEvent.Subject String number, String actor, Map<String, String> details)
            implements AssetEvent {
        public AssetDisposalWithdrawn {
            details = AuditableEvent.inOrder(details);
        }
    }

    /** Audit event {@code asset.disposed}: the details hold the approved disposal: date, method, requester and approver. */
    @AuditableEvent.Action("asset.disposed")
    record AssetDisposed(@AuditableEvent.Subject String number, String actor, Map<String, String> details)
            implements AssetEvent {
        public AssetDisposed {
            details = AuditableEvent.inOrder(details);
        }
    }

    /**
     * Audit event {@code asset.imported}: an Excel ledger was imported, with what it created, updated and
     * left unchanged. Each created or changed asset has its own {@code asset.created} / {@code
     * asset.changed} entry as well.
     */
    @AuditableEvent.SubjectType("asset-ledger")
    @AuditableEvent.Action("asset.imported")
    record AssetsImported(String actor, String file, int rows, int created, int updated, int unchanged)
            implements AssetEvent {}
}
