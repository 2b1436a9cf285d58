package jp.mamori.supplier;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.mamori.shared.AuditableEvent;

/**
 * What happened to contractors, contracts, cloud services and SNS accounts, for the audit trail: one
 * record per kind of change. The subject is the contractor's, contract's, service's or account's id
 * (a campaign's id for checks); details are the values given, or each changed field as
 * {@code old → new}. Never a file's content, only its name, size and SHA-256.
 */
public sealed interface SupplierEvent extends AuditableEvent {
    private static Map<String, String> frozen(Map<String, String> details) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** {@code contractor.registered}: a contractor was registered. */
    @AuditableEvent.SubjectType("contractor")
    @AuditableEvent.Action("contractor.registered")
    record ContractorRegistered(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public ContractorRegistered {
            details = frozen(details);
        }
    }

    /** {@code contractor.changed}: a contractor's facts changed (old → new). */
    @AuditableEvent.SubjectType("contractor")
    @AuditableEvent.Action("contractor.changed")
    record ContractorChanged(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public ContractorChanged {
            details = frozen(details);
        }
    }

    /** {@code contractor.certification-added}: a certification was recorded. */
    @AuditableEvent.SubjectType("contractor")
    @AuditableEvent.Action("contractor.certification-added")
    record CertificationAdded(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public CertificationAdded {
            details = frozen(details);
        }
    }

    /** {@code contractor.certification-removed}: a certification was removed. */
    @AuditableEvent.SubjectType("contractor")
    @AuditableEvent.Action("contractor.certification-removed")
    record CertificationRemoved(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public CertificationRemoved {
            details = frozen(details);
        }
    }

    /** {@code contract.registered}: a contract was registered. */
    @AuditableEvent.SubjectType("contract")
    @AuditableEvent.Action("contract.registered")
    record ContractRegistered(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public ContractRegistered {
            details = frozen(details);
        }
    }

    /** {@code contract.changed}: a contract's facts changed (old → new). */
    @AuditableEvent.SubjectType("contract")
    @AuditableEvent.Action("contract.changed")
    record ContractChanged(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public ContractChanged {
            details = frozen(details);
        }
    }

    /** {@code contract.clauses-marked}: clauses were marked present or absent (old → new). */
    @AuditableEvent.SubjectType("contract")
    @AuditableEvent.Action("contract.clauses-marked")
    record ClausesMarked(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public ClausesMarked {
            details = frozen(details);
        }
    }

    /** {@code contract.file-added}: a contract file was stored (name, SHA-256, size). */
    @AuditableEvent.SubjectType("contract")
    @AuditableEvent.Action("contract.file-added")
    record ContractFileAdded(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public ContractFileAdded {
            details = frozen(details);
        }
    }

    /** {@code contract.subcontractor-added}: a 再委託先 was added. */
    @AuditableEvent.SubjectType("contract")
    @AuditableEvent.Action("contract.subcontractor-added")
    record SubcontractorAdded(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public SubcontractorAdded {
            details = frozen(details);
        }
    }

    /** {@code contract.subcontractor-approved}: a 再委託先 was approved. */
    @AuditableEvent.SubjectType("contract")
    @AuditableEvent.Action("contract.subcontractor-approved")
    record SubcontractorApproved(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public SubcontractorApproved {
            details = frozen(details);
        }
    }

    /** {@code contract.ended}: the end of a contract was recorded. */
    @AuditableEvent.SubjectType("contract")
    @AuditableEvent.Action("contract.ended")
    record ContractEnded(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public ContractEnded {
            details = frozen(details);
        }
    }

    /** {@code contract.certificate-recorded}: the return/destruction certificate was recorded. */
    @AuditableEvent.SubjectType("contract")
    @AuditableEvent.Action("contract.certificate-recorded")
    record CertificateRecorded(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public CertificateRecorded {
            details = frozen(details);
        }
    }

    /** {@code contract.incident-linked}: an incident was linked to the contract. */
    @AuditableEvent.SubjectType("contract")
    @AuditableEvent.Action("contract.incident-linked")
    record IncidentLinked(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public IncidentLinked {
            details = frozen(details);
        }
    }

    /** {@code contract-clause.configured}: a clause of the checklist was added or changed. */
    @AuditableEvent.SubjectType("contract-clause")
    @AuditableEvent.Action("contract-clause.configured")
    record ClauseConfigured(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public ClauseConfigured {
            details = frozen(details);
        }
    }

    /** {@code contract-check.campaign-started}: a periodic check campaign was started. */
    @AuditableEvent.SubjectType("contract-check")
    @AuditableEvent.Action("contract-check.campaign-started")
    record CheckCampaignStarted(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public CheckCampaignStarted {
            details = frozen(details);
        }
    }

    /** {@code contract-check.answered}: a contractor's answers were recorded (page or Excel). */
    @AuditableEvent.SubjectType("contract-check")
    @AuditableEvent.Action("contract-check.answered")
    record CheckAnswered(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public CheckAnswered {
            details = frozen(details);
        }
    }

    /** {@code contract-check.assessed}: the officer assessed a contractor's answers. */
    @AuditableEvent.SubjectType("contract-check")
    @AuditableEvent.Action("contract-check.assessed")
    record CheckAssessed(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public CheckAssessed {
            details = frozen(details);
        }
    }

    /** {@code cloud-service.registered}: a cloud service was registered. */
    @AuditableEvent.SubjectType("cloud-service")
    @AuditableEvent.Action("cloud-service.registered")
    record CloudServiceRegistered(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public CloudServiceRegistered {
            details = frozen(details);
        }
    }

    /** {@code cloud-service.changed}: a cloud service's facts changed (old → new). */
    @AuditableEvent.SubjectType("cloud-service")
    @AuditableEvent.Action("cloud-service.changed")
    record CloudServiceChanged(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public CloudServiceChanged {
            details = frozen(details);
        }
    }

    /** {@code cloud-service.approved}: the CISO approved a cloud service (second factor). */
    @AuditableEvent.SubjectType("cloud-service")
    @AuditableEvent.Action("cloud-service.approved")
    record CloudServiceApproved(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public CloudServiceApproved {
            details = frozen(details);
        }
    }

    /** {@code cloud-service.terms-file-added}: the terms file was stored (name, SHA-256, size). */
    @AuditableEvent.SubjectType("cloud-service")
    @AuditableEvent.Action("cloud-service.terms-file-added")
    record CloudTermsFileAdded(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public CloudTermsFileAdded {
            details = frozen(details);
        }
    }

    /** {@code sns-account.registered}: an official SNS account was registered. */
    @AuditableEvent.SubjectType("sns-account")
    @AuditableEvent.Action("sns-account.registered")
    record SnsAccountRegistered(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public SnsAccountRegistered {
            details = frozen(details);
        }
    }

    /** {@code sns-account.changed}: an SNS account's facts changed (old → new). */
    @AuditableEvent.SubjectType("sns-account")
    @AuditableEvent.Action("sns-account.changed")
    record SnsAccountChanged(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public SnsAccountChanged {
            details = frozen(details);
        }
    }

    /** {@code sns-account.reviewed}: the yearly review of an SNS account was recorded. */
    @AuditableEvent.SubjectType("sns-account")
    @AuditableEvent.Action("sns-account.reviewed")
    record SnsAccountReviewed(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public SnsAccountReviewed {
            details = frozen(details);
        }
    }

    /** {@code sns-account.incident-linked}: an incident (乗っ取り, 誤投稿) was linked to the account. */
    @AuditableEvent.SubjectType("sns-account")
    @AuditableEvent.Action("sns-account.incident-linked")
    record SnsIncidentLinked(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public SnsIncidentLinked {
            details = frozen(details);
        }
    }

    /** {@code supplier.reminded}: a reminder was sent (what, to how many). */
    @AuditableEvent.SubjectType("supplier-reminder")
    @AuditableEvent.Action("supplier.reminded")
    record Reminded(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public Reminded {
            details = frozen(details);
        }
    }

    /** {@code supplier.exported}: a register was exported to Excel (which, how many rows). */
    @AuditableEvent.SubjectType("supplier-register")
    @AuditableEvent.Action("supplier.exported")
    record RegisterExported(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public RegisterExported {
            details = frozen(details);
        }
    }

    /** {@code supplier.imported}: a register was imported from Excel (the rows created and changed). */
    @AuditableEvent.SubjectType("supplier-register")
    @AuditableEvent.Action("supplier.imported")
    record RegisterImported(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public RegisterImported {
            details = frozen(details);
        }
    }
}
