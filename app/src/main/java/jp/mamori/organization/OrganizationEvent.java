package jp.mamori.organization;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/**
 * What happened in the organisation (units, people, employment categories, role assignments), as audit events: one record per kind, the details derived from its components.
 */
public sealed interface OrganizationEvent extends AuditableEvent {
    /** A copy of the changes an event carries, in their order and unmodifiable. */
    private static Map<String, String> frozen(Map<String, String> details) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /**
     * Audit event {@code employment-category.changed}: the details hold the values it was given or, for a change, each
     * changed field as {@code old → new}.
     */
    record CategoryChanged(@AuditableEvent.Subject long categoryId, String actor, Map<String, String> details)
            implements OrganizationEvent {
        public CategoryChanged {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "employment-category.changed";
        }

        @Override
        public String subjectType() {
            return "employment-category";
        }
    }

    /** Audit event {@code organization.imported}: a bulk load from files, with what it created and updated. */
    record OrganizationImported(
            String actor,
            String files,
            int unitsCreated,
            int unitsUpdated,
            int unitsUnchanged,
            int peopleCreated,
            int peopleUpdated,
            int peopleUnchanged)
            implements OrganizationEvent {
        @Override
        public String action() {
            return "organization.imported";
        }

        @Override
        public String subjectType() {
            return "organization";
        }
    }

    /**
     * Audit event {@code person.changed}: the details hold the values it was given or, for a change, each
     * changed field as {@code old → new}.
     */
    record PersonChanged(@AuditableEvent.Subject long personId, String actor, Map<String, String> details)
            implements OrganizationEvent {
        public PersonChanged {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "person.changed";
        }

        @Override
        public String subjectType() {
            return "person";
        }
    }

    /**
     * Audit event {@code person.created}: the details hold the values it was given or, for a change, each
     * changed field as {@code old → new}.
     */
    record PersonCreated(@AuditableEvent.Subject long personId, String actor, Map<String, String> details)
            implements OrganizationEvent {
        public PersonCreated {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "person.created";
        }

        @Override
        public String subjectType() {
            return "person";
        }
    }

    /**
     * Audit event {@code person.deactivated}: the details hold the values it was given or, for a change, each
     * changed field as {@code old → new}.
     */
    record PersonDeactivated(@AuditableEvent.Subject long personId, String actor, Map<String, String> details)
            implements OrganizationEvent {
        public PersonDeactivated {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "person.deactivated";
        }

        @Override
        public String subjectType() {
            return "person";
        }
    }

    /**
     * Audit event {@code role-assignment.created}: the details hold the values it was given or, for a change, each
     * changed field as {@code old → new}.
     */
    record RoleAssigned(@AuditableEvent.Subject long assignmentId, String actor, Map<String, String> details)
            implements OrganizationEvent {
        public RoleAssigned {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "role-assignment.created";
        }

        @Override
        public String subjectType() {
            return "role-assignment";
        }
    }

    /**
     * Audit event {@code role-assignment.ended}: the details hold the values it was given or, for a change, each
     * changed field as {@code old → new}.
     */
    record RoleAssignmentEnded(@AuditableEvent.Subject long assignmentId, String actor, Map<String, String> details)
            implements OrganizationEvent {
        public RoleAssignmentEnded {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "role-assignment.ended";
        }

        @Override
        public String subjectType() {
            return "role-assignment";
        }
    }

    /**
     * Audit event {@code unit.changed}: the details hold the values it was given or, for a change, each
     * changed field as {@code old → new}.
     */
    record UnitChanged(@AuditableEvent.Subject long unitId, String actor, Map<String, String> details)
            implements OrganizationEvent {
        public UnitChanged {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "unit.changed";
        }

        @Override
        public String subjectType() {
            return "unit";
        }
    }

    /**
     * Audit event {@code unit.created}: the details hold the values it was given or, for a change, each
     * changed field as {@code old → new}.
     */
    record UnitCreated(@AuditableEvent.Subject long unitId, String actor, Map<String, String> details)
            implements OrganizationEvent {
        public UnitCreated {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "unit.created";
        }

        @Override
        public String subjectType() {
            return "unit";
        }
    }

    /**
     * Audit event {@code unit.moved}: the details hold the values it was given or, for a change, each
     * changed field as {@code old → new}.
     */
    record UnitMoved(@AuditableEvent.Subject long unitId, String actor, Map<String, String> details)
            implements OrganizationEvent {
        public UnitMoved {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "unit.moved";
        }

        @Override
        public String subjectType() {
            return "unit";
        }
    }
}
