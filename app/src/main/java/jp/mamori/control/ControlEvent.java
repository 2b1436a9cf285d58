package jp.mamori.control;

import java.util.List;
import java.util.Map;
import jp.mamori.shared.AuditableEvent;
import jp.mamori.shared.Role;

/**
 * Something that happened in the control module, for the audit trail: one record per kind, the
 * details derived from its components (docs/architecture.md, "Writing an event"). A catalogue
 * version was loaded, imported, drafted, tailored, submitted, approved or returned; a statement of
 * applicability entry was recorded or its 対象外 approved; an exception (例外措置) was requested,
 * decided, revoked, renewed, reminded about or found expired.
 */
public sealed interface ControlEvent extends AuditableEvent {

    /** The events of a catalogue version: subject {@code control-catalogue}, the version number. */
    @AuditableEvent.SubjectType("control-catalogue")
    sealed interface CatalogueEvent extends ControlEvent {}

    /** Audit event {@code control.catalogue.loaded}: the shipped catalogue became version 1. */
    @AuditableEvent.Action("control.catalogue.loaded")
    record CatalogueLoaded(@AuditableEvent.Subject int version, String actor, String key, int measures)
            implements CatalogueEvent {}

    /** Audit event {@code control.catalogue.imported}: a file became a new draft. */
    @AuditableEvent.Action("control.catalogue.imported")
    record CatalogueImported(@AuditableEvent.Subject int version, String actor, int measures, String contentHash)
            implements CatalogueEvent {}

    /** Audit event {@code control.catalogue.drafted}: a draft copied from the version in force. */
    @AuditableEvent.Action("control.catalogue.drafted")
    record CatalogueDrafted(@AuditableEvent.Subject int version, String actor, int basedOn, String note)
            implements CatalogueEvent {}

    /**
     * Audit event {@code control.catalogue.tailored}: {@code change} (reworded, notAdopted,
     * readopted, added) of {@code measure}; {@code value} holds what was given (title, reason …).
     */
    @AuditableEvent.Action("control.catalogue.tailored")
    record CatalogueTailored(
            @AuditableEvent.Subject int version, String actor, String change, String measure, Map<String, String> value)
            implements CatalogueEvent {
        public CatalogueTailored {
            value = AuditableEvent.inOrder(value);
        }
    }

    /** Audit event {@code control.catalogue.submitted}: sent into the approval chain. */
    @AuditableEvent.Action("control.catalogue.submitted")
    record CatalogueSubmitted(@AuditableEvent.Subject int version, String actor, List<Role> chain)
            implements CatalogueEvent {
        public CatalogueSubmitted {
            chain = List.copyOf(chain);
        }
    }

    /** Audit event {@code control.catalogue.approved}: one step of the chain given. */
    @AuditableEvent.Action("control.catalogue.approved")
    record CatalogueApproved(@AuditableEvent.Subject int version, String actor, int step, Role role, String contentHash)
            implements CatalogueEvent {}

    /** Audit event {@code control.catalogue.inForce}: the last step given; the version is in force. */
    @AuditableEvent.Action("control.catalogue.inForce")
    record CatalogueInForce(@AuditableEvent.Subject int version, String actor, int step, Role role, String contentHash)
            implements CatalogueEvent {}

    /** Audit event {@code control.catalogue.returned}: sent back to draft with a comment. */
    @AuditableEvent.Action("control.catalogue.returned")
    record CatalogueReturned(@AuditableEvent.Subject int version, String actor, String comment)
            implements CatalogueEvent {}

    /** The events of a statement-of-applicability entry: subject {@code control-soa}, {@code <scope>/<measure>}. */
    @AuditableEvent.SubjectType("control-soa")
    sealed interface ApplicabilityEvent extends ControlEvent {}

    /** Audit event {@code control.soa.recorded}: status, responsible person and checks recorded. */
    @AuditableEvent.Action("control.soa.recorded")
    record SoaRecorded(
            @AuditableEvent.Subject String entry,
            String actor,
            ImplementationStatus status,
            String responsible,
            String lastChecked,
            String nextCheck,
            String notApplicable,
            String reason)
            implements ApplicabilityEvent {}

    /** Audit event {@code control.soa.notApplicableApproved}: 対象外 approved by a body-wide manager. */
    @AuditableEvent.Action("control.soa.notApplicableApproved")
    record SoaNotApplicableApproved(
            @AuditableEvent.Subject String entry, String actor, String reason, String requestedBy)
            implements ApplicabilityEvent {}

    /** Audit event {@code control.soa.evidenceAdded}: an evidence file, named with its SHA-256. */
    @AuditableEvent.Action("control.soa.evidenceAdded")
    record SoaEvidenceAdded(
            @AuditableEvent.Subject String entry, String actor, String file, String sha256, long size, String type)
            implements ApplicabilityEvent {}

    /** Audit event {@code control.soa.linkAdded}: the entry now names an asset, a policy or an incident. */
    @AuditableEvent.Action("control.soa.linkAdded")
    record SoaLinkAdded(@AuditableEvent.Subject String entry, String actor, String kind, String reference)
            implements ApplicabilityEvent {}

    @AuditableEvent.Action("control.soa.linkRemoved")
    record SoaLinkRemoved(@AuditableEvent.Subject String entry, String actor, String kind, String reference)
            implements ApplicabilityEvent {}

    /** The events of an exception (例外措置): subject {@code control-exception}, its reference. */
    @AuditableEvent.SubjectType("control-exception")
    sealed interface ExceptionEvent extends ControlEvent {}

    /**
     * Audit event {@code control.exception.requested}: what was asked for (measure, where, how long,
     * and for a network path its addresses and services); {@code renews} names the exception it
     * would renew, empty for a new one.
     */
    @AuditableEvent.Action("control.exception.requested")
    record ExceptionRequested(
            @AuditableEvent.Subject String reference,
            String actor,
            String measure,
            String unit,
            String target,
            String path,
            String startsOn,
            String endsOn,
            String renews)
            implements ExceptionEvent {}

    /** Audit event {@code control.exception.approved}: decided by the decider, confirmed with a fresh code. */
    @AuditableEvent.Action("control.exception.approved")
    record ExceptionApproved(
            @AuditableEvent.Subject String reference,
            String actor,
            Role role,
            String endsOn,
            String comment,
            String decision)
            implements ExceptionEvent {}

    /** Audit event {@code control.exception.rejected}: refused by the decider, with the reason. */
    @AuditableEvent.Action("control.exception.rejected")
    record ExceptionRejected(@AuditableEvent.Subject String reference, String actor, Role role, String comment)
            implements ExceptionEvent {}

    /** Audit event {@code control.exception.withdrawn}: the request taken back before a decision. */
    @AuditableEvent.Action("control.exception.withdrawn")
    record ExceptionWithdrawn(@AuditableEvent.Subject String reference, String actor) implements ExceptionEvent {}

    /** Audit event {@code control.exception.revoked}: an approved exception ended before its end date. */
    @AuditableEvent.Action("control.exception.revoked")
    record ExceptionRevoked(@AuditableEvent.Subject String reference, String actor, String reason)
            implements ExceptionEvent {}

    /** Audit event {@code control.exception.renewed}: replaced by the approved renewal {@code renewedBy}. */
    @AuditableEvent.Action("control.exception.renewed")
    record ExceptionRenewed(@AuditableEvent.Subject String reference, String actor, String renewedBy)
            implements ExceptionEvent {}

    /** Audit event {@code control.exception.expired}: found past its end date and not renewed (a finding). */
    @AuditableEvent.Action("control.exception.expired")
    record ExceptionExpired(@AuditableEvent.Subject String reference, String actor, String endsOn)
            implements ExceptionEvent {}

    /** Audit event {@code control.exception.reminded}: its people were reminded that it ends (or has ended). */
    @AuditableEvent.Action("control.exception.reminded")
    record ExceptionReminded(
            @AuditableEvent.Subject String reference, String actor, String trigger, String endsOn, int reminded)
            implements ExceptionEvent {}
}
