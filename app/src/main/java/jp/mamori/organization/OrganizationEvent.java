package jp.mamori.organization;

import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/**
 * What happened in the organisation (units, people, employment categories, role assignments), as audit events: one record per kind, the details derived from its components.
 */
public sealed interface OrganizationEvent extends AuditableEvent {

    /**
     * Audit event {@code employment-category.changed}: the details hold the values it was given or, for a change, each
     * changed field as {@code old → new}.
     */
    @AuditableEvent.SubjectType("employment-category")
    @AuditableEvent.Action("employment-category.changed")
    record CategoryChanged(@AuditableEvent.Subject long categoryId, String actor, Map<String, String> details)
            implements OrganizationEvent {
        public CategoryChanged {
            details = AuditableEvent.inOrder(details);
        }
    }

    /** Audit event {@code organization.imported}: a bulk load from files, with what it created and updated. */
    @AuditableEvent.SubjectType("organization")
    @AuditableEvent.Action("organization.imported")
    record OrganizationImported(
            String actor,
            String files,
            int unitsCreated,
            int unitsUpdated,
            int unitsUnchanged,
            int peopleCreated,
            int peopleUpdated,
            int peopleUnchanged)
            implements OrganizationEvent {}

    /**
     * Audit event {@code person.changed}: the details hold the values it was given or, for a change, each
     * changed field as {@code old → new}.
     */
    @AuditableEvent.SubjectType("person")
    @AuditableEvent.Action("person.changed")
    record PersonChanged(@AuditableEvent.Subject long personId, String actor, Map<String, String> details)
            implements OrganizationEvent {
        public PersonChanged {
            details = AuditableEvent.inOrder(details);
        }
    }

    /**
     * Audit event {@code person.created}: the details hold the values it was given or, for a change, each
     * changed field as {@code old → new}.
     */
    @AuditableEvent.SubjectType("person")
    @AuditableEvent.Action("person.created")
    record PersonCreated(@AuditableEvent.Subject long personId, String actor, Map<String, String> details)
            implements OrganizationEvent {
        public PersonCreated {
            details = AuditableEvent.inOrder(details);
        }
    }

    /**
     * Audit event {@code person.deactivated}: the details hold the values it was given or, for a change, each
     * changed field as {@code old → new}.
     */
    @AuditableEvent.SubjectType("person")
    @AuditableEvent.Action("person.deactivated")
    record PersonDeactivated(@AuditableEvent.Subject long personId, String actor, Map<String, String> details)
            implements OrganizationEvent {
        public PersonDeactivated {
            details = AuditableEvent.inOrder(details);
        }
    }

    /**
     * Audit event {@code role-assignment.created}: the details hold the values it was given or, for a change, each
     * changed field as {@code old → new}.
     */
    @AuditableEvent.SubjectType("role-assignment")
    @AuditableEvent.Action("role-assignment.created")
    record RoleAssigned(@AuditableEvent.Subject long assignmentId, String actor, Map<String, String> details)
            implements OrganizationEvent {
        public RoleAssigned {
            details = AuditableEvent.inOrder(details);
        }
    }

    /**
     * Audit event {@code role-assignment.ended}: the details hold the values it was given or, for a change, each
     * changed field as {@code old → new}.
     */
    @AuditableEvent.SubjectType("role-assignment")
    @AuditableEvent.Action("role-assignment.ended")
    record RoleAssignmentEnded(@AuditableEvent.Subject long assignmentId, String actor, Map<String, String> details)
            implements OrganizationEvent {
        public RoleAssignmentEnded {
            details = AuditableEvent.inOrder(details);
        }
    }

    /**
     * Audit event {@code unit.changed}: the details hold the values it was given or, for a change, each
     * changed field as {@code old → new}.
     */
    @AuditableEvent.SubjectType("unit")
    @AuditableEvent.Action("unit.changed")
    record UnitChanged(@AuditableEvent.Subject long unitId, String actor, Map<String, String> details)
            implements OrganizationEvent {
        public UnitChanged {
            details = AuditableEvent.inOrder(details);
        }
    }

    /**
     * Audit event {@code unit.created}: the details hold the values it was given or, for a change, each
     * changed field as {@code old → new}.
     */
    @AuditableEvent.SubjectType("unit")
    @AuditableEvent.Action("unit.created")
    record UnitCreated(@AuditableEvent.Subject long unitId, String actor, Map<String, String> details)
            implements OrganizationEvent {
        public UnitCreated {
            details = AuditableEvent.inOrder(details);
        }
    }

    /**
     * Audit event {@code unit.moved}: the details hold the values it was given or, for a change, each
     * changed field as {@code old → new}.
     */
    @AuditableEvent.SubjectType("unit")
    @AuditableEvent.Action("unit.moved")
    record UnitMoved(@AuditableEvent.Subject long unitId, String actor, Map<String, String> details)
            implements OrganizationEvent {
        public UnitMoved {
            details = AuditableEvent.inOrder(details);
        }
    }
}
