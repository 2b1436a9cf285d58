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

    /** {@code area.registered}. */
    record AreaRegistered(
            @AuditableEvent.Subject String code,
            String actor,
            String name,
            AreaLevel level,
            long unitId,
            String assets,
            String systems)
            implements PremisesEvent {
        @Override
        public String action() {
            return "area.registered";
        }
    }

    /** {@code area.changed}: the values after the change. */
    record AreaChanged(
            @AuditableEvent.Subject String code,
            String actor,
            String name,
            AreaLevel level,
            long unitId,
            String assets,
            String systems)
            implements PremisesEvent {
        @Override
        public String action() {
            return "area.changed";
        }
    }

    /** {@code area.permit-granted}: {@code who} is a 職員番号 or a role name. */
    record PermitGranted(
            @AuditableEvent.Subject String code,
            String actor,
            long permitId,
            String who,
            String validFrom,
            String validTo)
            implements PremisesEvent {
        @Override
        public String action() {
            return "area.permit-granted";
        }
    }

    /** {@code area.permit-ended}: the permit ends on {@code validTo}. */
    record PermitEnded(@AuditableEvent.Subject String code, String actor, long permitId, String who, String validTo)
            implements PremisesEvent {
        @Override
        public String action() {
            return "area.permit-ended";
        }
    }

    /** {@code area.entry-recorded}: {@code who} is a 職員番号 or a visitor's name and company. */
    record EntryRecorded(
            @AuditableEvent.Subject String code,
            String actor,
            long entryId,
            String who,
            String escort,
            String enteredAt,
            String exitedAt)
            implements PremisesEvent {
        @Override
        public String action() {
            return "area.entry-recorded";
        }
    }

    /** {@code area.exit-recorded}. */
    record ExitRecorded(@AuditableEvent.Subject String code, String actor, long entryId, String exitedAt)
            implements PremisesEvent {
        @Override
        public String action() {
            return "area.exit-recorded";
        }
    }

    /** {@code area.entries-imported}: a card-reader export, all lines at once; the subject is the file name. */
    record EntriesImported(@AuditableEvent.Subject String file, String actor, int lines, int entries, int exits)
            implements PremisesEvent {
        @Override
        public String action() {
            return "area.entries-imported";
        }
    }

    /** {@code area.equipment-moved}: IN or OUT. */
    record EquipmentMoved(
            @AuditableEvent.Subject String code,
            String actor,
            String direction,
            String item,
            String assetNumber,
            String carriedBy,
            String movedAt)
            implements PremisesEvent {
        @Override
        public String action() {
            return "area.equipment-moved";
        }
    }

    /** {@code carry-out.requested}. */
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
            implements PremisesEvent {
        @Override
        public String action() {
            return "carry-out.requested";
        }
    }

    /**
     * {@code carry-out.approved}: {@code step} is MANAGER or CISO; {@code secondFactor} when the
     * approver confirmed with a fresh code.
     */
    record CarryOutApproved(
            @AuditableEvent.Subject long id, String actor, String assetNumber, String step, boolean secondFactor)
            implements PremisesEvent {
        @Override
        public String action() {
            return "carry-out.approved";
        }
    }

    /** {@code carry-out.refused}. */
    record CarryOutRefused(@AuditableEvent.Subject long id, String actor, String assetNumber, String reason)
            implements PremisesEvent {
        @Override
        public String action() {
            return "carry-out.refused";
        }
    }

    /** {@code carry-out.returned}: the return was confirmed; {@code late} when after the due day. */
    record CarryOutReturned(
            @AuditableEvent.Subject long id, String actor, String assetNumber, String returnedOn, boolean late)
            implements PremisesEvent {
        @Override
        public String action() {
            return "carry-out.returned";
        }
    }

    /** {@code carry-out.reminded}: an overdue return was reminded. */
    record CarryOutReminded(@AuditableEvent.Subject long id, String actor, String trigger, int people)
            implements PremisesEvent {
        @Override
        public String action() {
            return "carry-out.reminded";
        }
    }

    /** {@code bring-in.requested}. */
    record BringInRequested(
            @AuditableEvent.Subject long id,
            String actor,
            String device,
            String owner,
            String purpose,
            String fromDay,
            String toDay)
            implements PremisesEvent {
        @Override
        public String action() {
            return "bring-in.requested";
        }
    }

    /** {@code bring-in.checked}: the device was checked (e.g. scanned for malware). */
    record BringInChecked(@AuditableEvent.Subject long id, String actor, boolean passed, String result)
            implements PremisesEvent {
        @Override
        public String action() {
            return "bring-in.checked";
        }
    }

    /** {@code bring-in.decided}: approved (with a fresh code when {@code secondFactor}) or refused. */
    record BringInDecided(
            @AuditableEvent.Subject long id, String actor, boolean approved, String reason, boolean secondFactor)
            implements PremisesEvent {
        @Override
        public String action() {
            return "bring-in.decided";
        }
    }

    /** {@code medium.registered}. */
    record MediumRegistered(
            @AuditableEvent.Subject String label, String actor, String kind, long unitId, String encryption)
            implements PremisesEvent {
        @Override
        public String action() {
            return "medium.registered";
        }
    }

    /** {@code medium.issued}: to the holder (職員番号). */
    record MediumIssued(@AuditableEvent.Subject String label, String actor, String holder, String issuedOn)
            implements PremisesEvent {
        @Override
        public String action() {
            return "medium.issued";
        }
    }

    /** {@code medium.returned}. */
    record MediumReturned(@AuditableEvent.Subject String label, String actor, String holder) implements PremisesEvent {
        @Override
        public String action() {
            return "medium.returned";
        }
    }

    /** {@code medium.checked}: an inventory check, found or missing. */
    record MediumChecked(@AuditableEvent.Subject String label, String actor, boolean found, String note)
            implements PremisesEvent {
        @Override
        public String action() {
            return "medium.checked";
        }
    }

    /** {@code media-disposal.recorded}. */
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
            implements PremisesEvent {
        @Override
        public String action() {
            return "media-disposal.recorded";
        }
    }

    /** {@code media-disposal.approved}: by a manager of the unit other than the recorder. */
    record DisposalApproved(@AuditableEvent.Subject long id, String actor, String assetNumber, boolean secondFactor)
            implements PremisesEvent {
        @Override
        public String action() {
            return "media-disposal.approved";
        }
    }
}
