package jp.mamori.network;

import jp.mamori.shared.AuditableEvent;

/**
 * What happened to the zone model and the netcheck runs, for the audit trail. The zone model's
 * events have the version number as subject ({@code zone-model}); the runs' events the run id
 * ({@code netcheck-run}).
 */
public sealed interface NetworkEvent extends AuditableEvent {

    /** {@code zone-model.draft-saved}: a version was written (on the page, by import or API). */
    @AuditableEvent.SubjectType("zone-model")
    @AuditableEvent.Action("zone-model.draft-saved")
    record DraftSaved(
            @AuditableEvent.Subject String version,
            String actor,
            String source,
            String sha256,
            int zones,
            int cells,
            int relays,
            int paths,
            int interfaces)
            implements NetworkEvent {}

    /** {@code zone-model.submitted}: the version was put forward for approval. */
    @AuditableEvent.SubjectType("zone-model")
    @AuditableEvent.Action("zone-model.submitted")
    record Submitted(@AuditableEvent.Subject String version, String actor, String sha256) implements NetworkEvent {}

    /** {@code zone-model.approved}: another person approved it; it is in force from now on. */
    @AuditableEvent.SubjectType("zone-model")
    @AuditableEvent.Action("zone-model.approved")
    record Approved(
            @AuditableEvent.Subject String version, String actor, String sha256, String comment, String replaced)
            implements NetworkEvent {}

    /** {@code zone-model.returned}: sent back to its author with a comment. */
    @AuditableEvent.SubjectType("zone-model")
    @AuditableEvent.Action("zone-model.returned")
    record Returned(@AuditableEvent.Subject String version, String actor, String comment) implements NetworkEvent {}

    /** {@code zone-model.exported}: the zone file was written (command line or API). */
    @AuditableEvent.SubjectType("zone-model")
    @AuditableEvent.Action("zone-model.exported")
    record Exported(@AuditableEvent.Subject String version, String actor, String sha256, int registerExceptions)
            implements NetworkEvent {}

    /** {@code netcheck-run.started}: a file was uploaded and queued for checking. */
    @AuditableEvent.SubjectType("netcheck-run")
    @AuditableEvent.Action("netcheck-run.started")
    record RunStarted(
            @AuditableEvent.Subject String run,
            String actor,
            String device,
            String kind,
            String file,
            String sha256,
            long size,
            int modelVersion,
            String system)
            implements NetworkEvent {}

    /** {@code netcheck-run.finished}: the report was stored and compared with the device's previous run. */
    @AuditableEvent.SubjectType("netcheck-run")
    @AuditableEvent.Action("netcheck-run.finished")
    record RunFinished(
            @AuditableEvent.Subject String run,
            String actor,
            int findings,
            int violations,
            String previousRun,
            int newFindings,
            int fixedFindings)
            implements NetworkEvent {}

    /** {@code netcheck-run.failed}: the file could not be checked (not in the kind's format …). */
    @AuditableEvent.SubjectType("netcheck-run")
    @AuditableEvent.Action("netcheck-run.failed")
    record RunFailed(@AuditableEvent.Subject String run, String actor, String reason) implements NetworkEvent {}
}
