package jp.mamori.system;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/**
 * What happened in the 情報システム台帳, for the audit trail: a system was registered or changed, a
 * device was added or removed; an account on it was requested, approved or its removal confirmed. The subject is the system's 管理番号; details are the values given or
 * each changed field as {@code old → new}.
 */
public sealed interface SystemEvent extends AuditableEvent {
    @Override
    default String subjectType() {
        return "system";
    }

    private static Map<String, String> frozen(Map<String, String> details) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** {@code system.registered}. */
    record SystemRegistered(@AuditableEvent.Subject String assetNumber, String actor, Map<String, String> details)
            implements SystemEvent {
        public SystemRegistered {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "system.registered";
        }
    }

    /** {@code system.changed}: each changed field as {@code old → new}. */
    record SystemChanged(@AuditableEvent.Subject String assetNumber, String actor, Map<String, String> details)
            implements SystemEvent {
        public SystemChanged {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "system.changed";
        }
    }

    /** {@code system.device-added}. */
    record DeviceAdded(@AuditableEvent.Subject String assetNumber, String actor, Map<String, String> details)
            implements SystemEvent {
        public DeviceAdded {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "system.device-added";
        }
    }

    /** {@code system.device-removed}. */
    record DeviceRemoved(@AuditableEvent.Subject String assetNumber, String actor, Map<String, String> details)
            implements SystemEvent {
        public DeviceRemoved {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "system.device-removed";
        }
    }

    /** {@code system.account-requested}: an account on the system was requested. */
    record AccountRequested(@AuditableEvent.Subject String assetNumber, String actor, Map<String, String> details)
            implements SystemEvent {
        public AccountRequested {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "system.account-requested";
        }
    }

    /** {@code system.account-approved}: the 管理者 approved an account. */
    record AccountApproved(@AuditableEvent.Subject String assetNumber, String actor, Map<String, String> details)
            implements SystemEvent {
        public AccountApproved {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "system.account-approved";
        }
    }

    /** {@code system.account-removed}: the removal of an account from the system was confirmed. */
    record AccountRemoved(@AuditableEvent.Subject String assetNumber, String actor, Map<String, String> details)
            implements SystemEvent {
        public AccountRemoved {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "system.account-removed";
        }
    }

    /** {@code system.accounts-compared}: the system's own account list was compared with the register. */
    record AccountsCompared(@AuditableEvent.Subject String assetNumber, String actor, Map<String, String> details)
            implements SystemEvent {
        public AccountsCompared {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "system.accounts-compared";
        }
    }

    /** {@code system.account-removal-reminded}: the 管理者 were reminded of accounts still to be removed. */
    record AccountRemovalReminded(
            @AuditableEvent.Subject String assetNumber, String actor, String trigger, int accounts, int people)
            implements SystemEvent {
        @Override
        public String action() {
            return "system.account-removal-reminded";
        }
    }

    /** {@code system.accounts-reviewed}: the yearly review (棚卸し) of the system's accounts was recorded. */
    record AccountsReviewed(
            @AuditableEvent.Subject String assetNumber,
            String actor,
            int fiscalYear,
            int kept,
            int ended,
            String endedAccounts)
            implements SystemEvent {
        @Override
        public String action() {
            return "system.accounts-reviewed";
        }
    }

    /** {@code system.findings-reminded}: the people answering for a system were told of its findings. */
    record FindingsReminded(
            @AuditableEvent.Subject String assetNumber, String actor, String trigger, String findings, int people)
            implements SystemEvent {
        @Override
        public String action() {
            return "system.findings-reminded";
        }
    }
}
