package jp.mamori.premises;

import jp.mamori.shared.AuditableEvent;

/**
 * What happened in the premises registers, for the audit trail: areas and their permits, entries
 * and exits, equipment moved, carry-outs (持ち出し) and bring-ins (持ち込み) with their approvals,
 * removable media and disposals. The subject is the area code, or the number of the request,
 * medium or disposal; every other component is a detail of the entry.
 */
public sealed interface PremisesEvent extends AuditableEvent {
    /** The part of the action before the dot: area, carry-out, bring-in, medium or media-disposal. */
    @Override
    default String subjectType() {
        return action().substring(0, action().indexOf('.'));
    }

    @AuditableEvent.Action("area.registered")
    record AreaRegistered(
            @AuditableEvent.Subject String code,
            String actor,
            String name,
            AreaLevel level,
            long unitId,
            String assets,
            String systems)
            implements PremisesEvent {}

    /** {@code area.changed}: the values after the change. */
    @AuditableEvent.Action("area.changed")
    record AreaChanged(
            @AuditableEvent.Subject String code,
            String actor,
            String name,
            AreaLevel level,
            long unitId,
            String assets,
            String systems)
            implements PremisesEvent {}

    /** {@code area.permit-granted}: {@code who} is a 職員番号 or a role name. */
    @AuditableEvent.Action("area.permit-granted")
    record PermitGranted(
            @AuditableEvent.Subject String code,
            String actor,
            long permitId,
            String who,
            String validFrom,
            String validTo)
            implements PremisesEvent {}

    /** {@code area.permit-ended}: the permit ends on {@code validTo}. */
    @AuditableEvent.Action("area.permit-ended")
    record PermitEnded(@AuditableEvent.Subject String code, String actor, long permitId, String who, String validTo)
            implements PremisesEvent {}

    /** {@code area.entry-recorded}: {@code who} is a 職員番号 or a visitor's name and company. */
    @AuditableEvent.Action("area.entry-recorded")
    record EntryRecorded(
            @AuditableEvent.Subject String code,
            String actor,
            long entryId,
            String who,
            String escort,
            String enteredAt,
            String exitedAt)
            implements PremisesEvent {}

    @AuditableEvent.Action("area.exit-recorded")
    record ExitRecorded(@AuditableEvent.Subject String code, String actor, long entryId, String exitedAt)
            implements PremisesEvent {}

    /** {@code area.entries-imported}: a card-reader export, all lines at once; the subject is the file name. */
    @AuditableEvent.Action("area.entries-imported")
    record EntriesImported(@AuditableEvent.Subject String file, String actor, int lines, int entries, int exits)
            implements PremisesEvent {}

    /** {@code area.equipment-moved}: IN or OUT. */
    @AuditableEvent.Action("area.equipment-moved")
    record EquipmentMoved(
            @AuditableEvent.Subject String code,
            String actor,
            String direction,
            String item,
            String assetNumber,
            String carriedBy,
            String movedAt)
            implements PremisesEvent {}

    @AuditableEvent.Action("carry-out.requested")
    record CarryOutRequested(
            @AuditableEvent.Subject long id,
            String actor,
            String assetNumber,
            String kind,
            String destination,
            String protection,
            String outOn,
            String dueBack,
            String approvalNeeded)
            implements PremisesEvent {}

    /**
     * {@code carry-out.approved}: {@code step} is MANAGER or CISO; {@code secondFactor} when the
     * approver confirmed with a fresh code.
     */
    @AuditableEvent.Action("carry-out.approved")
    record CarryOutApproved(
            @AuditableEvent.Subject long id, String actor, String assetNumber, String step, boolean secondFactor)
            implements PremisesEvent {}

    @AuditableEvent.Action("carry-out.refused")
    record CarryOutRefused(@AuditableEvent.Subject long id, String actor, String assetNumber, String reason)
            implements PremisesEvent {}

    /** {@code carry-out.returned}: the return was confirmed; {@code late} when after the due day. */
    @AuditableEvent.Action("carry-out.returned")
    record CarryOutReturned(
            @AuditableEvent.Subject long id, String actor, String assetNumber, String returnedOn, boolean late)
            implements PremisesEvent {}

    /** {@code carry-out.reminded}: an overdue return was reminded. */
    @AuditableEvent.Action("carry-out.reminded")
    record CarryOutReminded(@AuditableEvent.Subject long id, String actor, String trigger, int people)
            implements PremisesEvent {}

    @AuditableEvent.Action("bring-in.requested")
    record BringInRequested(
            @AuditableEvent.Subject long id,
            String actor,
            String device,
            String owner,
            String purpose,
            String fromDay,
            String toDay)
            implements PremisesEvent {}

    /** {@code bring-in.checked}: the device was checked (e.g. scanned for malware). */
    @AuditableEvent.Action("bring-in.checked")
    record BringInChecked(@AuditableEvent.Subject long id, String actor, boolean passed, String result)
            implements PremisesEvent {}

    /** {@code bring-in.decided}: approved (with a fresh code when {@code secondFactor}) or refused. */
    @AuditableEvent.Action("bring-in.decided")
    record BringInDecided(
            @AuditableEvent.Subject long id, String actor, boolean approved, String reason, boolean secondFactor)
            implements PremisesEvent {}

    @AuditableEvent.Action("medium.registered")
    record MediumRegistered(
            @AuditableEvent.Subject String label, String actor, String kind, long unitId, String encryption)
            implements PremisesEvent {}

    /** {@code medium.issued}: to the holder (職員番号). */
    @AuditableEvent.Action("medium.issued")
    record MediumIssued(@AuditableEvent.Subject String label, String actor, String holder, String issuedOn)
            implements PremisesEvent {}

    @AuditableEvent.Action("medium.returned")
    record MediumReturned(@AuditableEvent.Subject String label, String actor, String holder) implements PremisesEvent {}

    /** {@code medium.checked}: an inventory check, found or missing. */
    @AuditableEvent.Action("medium.checked")
    record MediumChecked(@AuditableEvent.Subject String label, String actor, boolean found, String note)
            implements PremisesEvent {}

    @AuditableEvent.Action("media-disposal.recorded")
    record DisposalRecorded(
            @AuditableEvent.Subject long id,
            String actor,
            String assetNumber,
            String medium,
            String method,
            String carriedOutBy,
            String contractor,
            String certificate,
            String witness,
            String disposedOn)
            implements PremisesEvent {}

    /** {@code media-disposal.approved}: by a manager of the unit other than the recorder. */
    @AuditableEvent.Action("media-disposal.approved")
    record DisposalApproved(@AuditableEvent.Subject long id, String actor, String assetNumber, boolean secondFactor)
            implements PremisesEvent {}
}
