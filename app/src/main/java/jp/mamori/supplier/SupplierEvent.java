package jp.mamori.supplier;

import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/**
 * What happened to contractors, contracts, cloud services and SNS accounts, for the audit trail: one
 * record per kind of change. The subject is the contractor's, contract's, service's or account's id
 * (a campaign's id for checks); details are the values given, or each changed field as
 * {@code old → new}. Never a file's content, only its name, size and SHA-256.
 */
public sealed interface SupplierEvent extends AuditableEvent {

    /** {@code contractor.registered}: a contractor was registered. */
    @AuditableEvent.SubjectType("contractor")
    @AuditableEvent.Action("contractor.registered")
    record ContractorRegistered(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public ContractorRegistered {
            details = AuditableEvent.inOrder(details);
        }
    }

    /** {@code contractor.changed}: a contractor's facts changed (old → new). */
    @AuditableEvent.SubjectType("contractor")
    @AuditableEvent.Action("contractor.changed")
    record ContractorChanged(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public ContractorChanged {
            details = AuditableEvent.inOrder(details);
        }
    }

    /** {@code contractor.certification-added}: a certification was recorded. */
    @AuditableEvent.SubjectType("contractor")
    @AuditableEvent.Action("contractor.certification-added")
    record CertificationAdded(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public CertificationAdded {
            details = AuditableEvent.inOrder(details);
        }
    }

    /** {@code contractor.certification-removed}: a certification was removed. */
    @AuditableEvent.SubjectType("contractor")
    @AuditableEvent.Action("contractor.certification-removed")
    record CertificationRemoved(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public CertificationRemoved {
            details = AuditableEvent.inOrder(details);
        }
    }

    /** {@code contract.registered}: a contract was registered. */
    @AuditableEvent.SubjectType("contract")
    @AuditableEvent.Action("contract.registered")
    record ContractRegistered(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public ContractRegistered {
            details = AuditableEvent.inOrder(details);
        }
    }

    /** {@code contract.changed}: a contract's facts changed (old → new). */
    @AuditableEvent.SubjectType("contract")
    @AuditableEvent.Action("contract.changed")
    record ContractChanged(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public ContractChanged {
            details = AuditableEvent.inOrder(details);
        }
    }

    /** {@code contract.clauses-marked}: clauses were marked present or absent (old → new). */
    @AuditableEvent.SubjectType("contract")
    @AuditableEvent.Action("contract.clauses-marked")
    record ClausesMarked(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public ClausesMarked {
            details = AuditableEvent.inOrder(details);
        }
    }

    /** {@code contract.file-added}: a contract file was stored (name, SHA-256, size). */
    @AuditableEvent.SubjectType("contract")
    @AuditableEvent.Action("contract.file-added")
    record ContractFileAdded(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public ContractFileAdded {
            details = AuditableEvent.inOrder(details);
        }
    }

    /** {@code contract.subcontractor-added}: a 再委託先 was added. */
    @AuditableEvent.SubjectType("contract")
    @AuditableEvent.Action("contract.subcontractor-added")
    record SubcontractorAdded(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public SubcontractorAdded {
            details = AuditableEvent.inOrder(details);
        }
    }

    /** {@code contract.subcontractor-approved}: a 再委託先 was approved. */
    @AuditableEvent.SubjectType("contract")
    @AuditableEvent.Action("contract.subcontractor-approved")
    record SubcontractorApproved(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public SubcontractorApproved {
            details = AuditableEvent.inOrder(details);
        }
    }

    /** {@code contract.ended}: the end of a contract was recorded. */
    @AuditableEvent.SubjectType("contract")
    @AuditableEvent.Action("contract.ended")
    record ContractEnded(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public ContractEnded {
            details = AuditableEvent.inOrder(details);
        }
    }

    /** {@code contract.certificate-recorded}: the return/destruction certificate was recorded. */
    @AuditableEvent.SubjectType("contract")
    @AuditableEvent.Action("contract.certificate-recorded")
    record CertificateRecorded(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public CertificateRecorded {
            details = AuditableEvent.inOrder(details);
        }
    }

    /** {@code contract.incident-linked}: an incident was linked to the contract. */
    @AuditableEvent.SubjectType("contract")
    @AuditableEvent.Action("contract.incident-linked")
    record IncidentLinked(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public IncidentLinked {
            details = AuditableEvent.inOrder(details);
        }
    }

    /** {@code contract-clause.configured}: a clause of the checklist was added or changed. */
    @AuditableEvent.SubjectType("contract-clause")
    @AuditableEvent.Action("contract-clause.configured")
    record ClauseConfigured(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public ClauseConfigured {
            details = AuditableEvent.inOrder(details);
        }
    }

    /** {@code contract-check.campaign-started}: a periodic check campaign was started. */
    @AuditableEvent.SubjectType("contract-check")
    @AuditableEvent.Action("contract-check.campaign-started")
    record CheckCampaignStarted(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public CheckCampaignStarted {
            details = AuditableEvent.inOrder(details);
        }
    }

    /** {@code contract-check.answered}: a contractor's answers were recorded (page or Excel). */
    @AuditableEvent.SubjectType("contract-check")
    @AuditableEvent.Action("contract-check.answered")
    record CheckAnswered(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public CheckAnswered {
            details = AuditableEvent.inOrder(details);
        }
    }

    /** {@code contract-check.assessed}: the officer assessed a contractor's answers. */
    @AuditableEvent.SubjectType("contract-check")
    @AuditableEvent.Action("contract-check.assessed")
    record CheckAssessed(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public CheckAssessed {
            details = AuditableEvent.inOrder(details);
        }
    }

    /** {@code cloud-service.registered}: a cloud service was registered. */
    @AuditableEvent.SubjectType("cloud-service")
    @AuditableEvent.Action("cloud-service.registered")
    record CloudServiceRegistered(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public CloudServiceRegistered {
            details = AuditableEvent.inOrder(details);
        }
    }

    /** {@code cloud-service.changed}: a cloud service's facts changed (old → new). */
    @AuditableEvent.SubjectType("cloud-service")
    @AuditableEvent.Action("cloud-service.changed")
    record CloudServiceChanged(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public CloudServiceChanged {
            details = AuditableEvent.inOrder(details);
        }
    }

    /** {@code cloud-service.approved}: the CISO approved a cloud service (second factor). */
    @AuditableEvent.SubjectType("cloud-service")
    @AuditableEvent.Action("cloud-service.approved")
    record CloudServiceApproved(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public CloudServiceApproved {
            details = AuditableEvent.inOrder(details);
        }
    }

    /** {@code cloud-service.terms-file-added}: the terms file was stored (name, SHA-256, size). */
    @AuditableEvent.SubjectType("cloud-service")
    @AuditableEvent.Action("cloud-service.terms-file-added")
    record CloudTermsFileAdded(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public CloudTermsFileAdded {
            details = AuditableEvent.inOrder(details);
        }
    }

    /** {@code sns-account.registered}: an official SNS account was registered. */
    @AuditableEvent.SubjectType("sns-account")
    @AuditableEvent.Action("sns-account.registered")
    record SnsAccountRegistered(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public SnsAccountRegistered {
            details = AuditableEvent.inOrder(details);
        }
    }

    /** {@code sns-account.changed}: an SNS account's facts changed (old → new). */
    @AuditableEvent.SubjectType("sns-account")
    @AuditableEvent.Action("sns-account.changed")
    record SnsAccountChanged(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public SnsAccountChanged {
            details = AuditableEvent.inOrder(details);
        }
    }

    /** {@code sns-account.reviewed}: the yearly review of an SNS account was recorded. */
    @AuditableEvent.SubjectType("sns-account")
    @AuditableEvent.Action("sns-account.reviewed")
    record SnsAccountReviewed(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public SnsAccountReviewed {
            details = AuditableEvent.inOrder(details);
        }
    }

    /** {@code sns-account.incident-linked}: an incident (乗っ取り, 誤投稿) was linked to the account. */
    @AuditableEvent.SubjectType("sns-account")
    @AuditableEvent.Action("sns-account.incident-linked")
    record SnsIncidentLinked(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public SnsIncidentLinked {
            details = AuditableEvent.inOrder(details);
        }
    }

    /** {@code supplier.reminded}: a reminder was sent (what, to how many). */
    @AuditableEvent.SubjectType("supplier-reminder")
    @AuditableEvent.Action("supplier.reminded")
    record Reminded(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public Reminded {
            details = AuditableEvent.inOrder(details);
        }
    }

    /** {@code supplier.exported}: a register was exported to Excel (which, how many rows). */
    @AuditableEvent.SubjectType("supplier-register")
    @AuditableEvent.Action("supplier.exported")
    record RegisterExported(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public RegisterExported {
            details = AuditableEvent.inOrder(details);
        }
    }

    /** {@code supplier.imported}: a register was imported from Excel (the rows created and changed). */
    @AuditableEvent.SubjectType("supplier-register")
    @AuditableEvent.Action("supplier.imported")
    record RegisterImported(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public RegisterImported {
            details = AuditableEvent.inOrder(details);
        }
    }
}
