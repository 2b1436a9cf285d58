package jp.mamori.system;

import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/**
 * What happened in the 情報システム台帳, for the audit trail: a system was registered or changed, a
 * device was added or removed; an account on it was requested, approved or its removal confirmed. The subject is the system's 管理番号; details are the values given or
 * each changed field as {@code old → new}.
 */
@AuditableEvent.SubjectType("system")
public sealed interface SystemEvent extends AuditableEvent {

    @AuditableEvent.Action("system.registered")
    record SystemRegistered(@AuditableEvent.Subject String assetNumber, String actor, Map<String, String> details)
            implements SystemEvent {
        public SystemRegistered {
            details = AuditableEvent.inOrder(details);
        }
    }

    /** {@code system.changed}: each changed field as {@code old → new}. */
    @AuditableEvent.Action("system.changed")
    record SystemChanged(@AuditableEvent.Subject String assetNumber, String actor, Map<String, String> details)
            implements SystemEvent {
        public SystemChanged {
            details = AuditableEvent.inOrder(details);
        }
    }

    @AuditableEvent.Action("system.device-added")
    record DeviceAdded(@AuditableEvent.Subject String assetNumber, String actor, Map<String, String> details)
            implements SystemEvent {
        public DeviceAdded {
            details = AuditableEvent.inOrder(details);
        }
    }

    @AuditableEvent.Action("system.device-removed")
    record DeviceRemoved(@AuditableEvent.Subject String assetNumber, String actor, Map<String, String> details)
            implements SystemEvent {
        public DeviceRemoved {
            details = AuditableEvent.inOrder(details);
        }
    }

    /** {@code system.account-requested}: an account on the system was requested. */
    @AuditableEvent.Action("system.account-requested")
    record AccountRequested(@AuditableEvent.Subject String assetNumber, String actor, Map<String, String> details)
            implements SystemEvent {
        public AccountRequested {
            details = AuditableEvent.inOrder(details);
        }
    }

    /** {@code system.account-approved}: the 管理者 approved an account. */
    @AuditableEvent.Action("system.account-approved")
    record AccountApproved(@AuditableEvent.Subject String assetNumber, String actor, Map<String, String> details)
            implements SystemEvent {
        public AccountApproved {
            details = AuditableEvent.inOrder(details);
        }
    }

    /** {@code system.account-removed}: the removal of an account from the system was confirmed. */
    @AuditableEvent.Action("system.account-removed")
    record AccountRemoved(@AuditableEvent.Subject String assetNumber, String actor, Map<String, String> details)
            implements SystemEvent {
        public AccountRemoved {
            details = AuditableEvent.inOrder(details);
        }
    }

    /** {@code system.accounts-compared}: the system's own account list was compared with the register. */
    @AuditableEvent.Action("system.accounts-compared")
    record AccountsCompared(@AuditableEvent.Subject String assetNumber, String actor, Map<String, String> details)
            implements SystemEvent {
        public AccountsCompared {
            details = AuditableEvent.inOrder(details);
        }
    }

    /** {@code system.account-removal-reminded}: the 管理者 were reminded of accounts still to be removed. */
    @AuditableEvent.Action("system.account-removal-reminded")
    record AccountRemovalReminded(
            @AuditableEvent.Subject String assetNumber, String actor, String trigger, int accounts, int people)
            implements SystemEvent {}

    /** {@code system.accounts-reviewed}: the yearly review (棚卸し) of the system's accounts was recorded. */
    @AuditableEvent.Action("system.accounts-reviewed")
    record AccountsReviewed(
            @AuditableEvent.Subject String assetNumber,
            String actor,
            int fiscalYear,
            int kept,
            int ended,
            String endedAccounts)
            implements SystemEvent {}

    /** {@code system.findings-reminded}: the people answering for a system were told of its findings. */
    @AuditableEvent.Action("system.findings-reminded")
    record FindingsReminded(
            @AuditableEvent.Subject String assetNumber, String actor, String trigger, String findings, int people)
            implements SystemEvent {}
}
