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
    record ContractorRegistered(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public ContractorRegistered {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "contractor.registered";
        }

        @Override
        public String subjectType() {
            return "contractor";
        }
    }

    /** {@code contractor.changed}: a contractor's facts changed (old → new). */
    record ContractorChanged(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public ContractorChanged {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "contractor.changed";
        }

        @Override
        public String subjectType() {
            return "contractor";
        }
    }

    /** {@code contractor.certification-added}: a certification was recorded. */
    record CertificationAdded(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public CertificationAdded {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "contractor.certification-added";
        }

        @Override
        public String subjectType() {
            return "contractor";
        }
    }

    /** {@code contractor.certification-removed}: a certification was removed. */
    record CertificationRemoved(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public CertificationRemoved {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "contractor.certification-removed";
        }

        @Override
        public String subjectType() {
            return "contractor";
        }
    }

    /** {@code contract.registered}: a contract was registered. */
    record ContractRegistered(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public ContractRegistered {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "contract.registered";
        }

        @Override
        public String subjectType() {
            return "contract";
        }
    }

    /** {@code contract.changed}: a contract's facts changed (old → new). */
    record ContractChanged(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public ContractChanged {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "contract.changed";
        }

        @Override
        public String subjectType() {
            return "contract";
        }
    }

    /** {@code contract.clauses-marked}: clauses were marked present or absent (old → new). */
    record ClausesMarked(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public ClausesMarked {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "contract.clauses-marked";
        }

        @Override
        public String subjectType() {
            return "contract";
        }
    }

    /** {@code contract.file-added}: a contract file was stored (name, SHA-256, size). */
    record ContractFileAdded(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public ContractFileAdded {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "contract.file-added";
        }

        @Override
        public String subjectType() {
            return "contract";
        }
    }

    /** {@code contract.subcontractor-added}: a 再委託先 was added. */
    record SubcontractorAdded(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public SubcontractorAdded {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "contract.subcontractor-added";
        }

        @Override
        public String subjectType() {
            return "contract";
        }
    }

    /** {@code contract.subcontractor-approved}: a 再委託先 was approved. */
    record SubcontractorApproved(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public SubcontractorApproved {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "contract.subcontractor-approved";
        }

        @Override
        public String subjectType() {
            return "contract";
        }
    }

    /** {@code contract.ended}: the end of a contract was recorded. */
    record ContractEnded(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public ContractEnded {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "contract.ended";
        }

        @Override
        public String subjectType() {
            return "contract";
        }
    }

    /** {@code contract.certificate-recorded}: the return/destruction certificate was recorded. */
    record CertificateRecorded(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public CertificateRecorded {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "contract.certificate-recorded";
        }

        @Override
        public String subjectType() {
            return "contract";
        }
    }

    /** {@code contract.incident-linked}: an incident was linked to the contract. */
    record IncidentLinked(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public IncidentLinked {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "contract.incident-linked";
        }

        @Override
        public String subjectType() {
            return "contract";
        }
    }

    /** {@code contract-clause.configured}: a clause of the checklist was added or changed. */
    record ClauseConfigured(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public ClauseConfigured {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "contract-clause.configured";
        }

        @Override
        public String subjectType() {
            return "contract-clause";
        }
    }

    /** {@code contract-check.campaign-started}: a periodic check campaign was started. */
    record CheckCampaignStarted(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public CheckCampaignStarted {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "contract-check.campaign-started";
        }

        @Override
        public String subjectType() {
            return "contract-check";
        }
    }

    /** {@code contract-check.answered}: a contractor's answers were recorded (page or Excel). */
    record CheckAnswered(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public CheckAnswered {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "contract-check.answered";
        }

        @Override
        public String subjectType() {
            return "contract-check";
        }
    }

    /** {@code contract-check.assessed}: the officer assessed a contractor's answers. */
    record CheckAssessed(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public CheckAssessed {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "contract-check.assessed";
        }

        @Override
        public String subjectType() {
            return "contract-check";
        }
    }

    /** {@code cloud-service.registered}: a cloud service was registered. */
    record CloudServiceRegistered(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public CloudServiceRegistered {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "cloud-service.registered";
        }

        @Override
        public String subjectType() {
            return "cloud-service";
        }
    }

    /** {@code cloud-service.changed}: a cloud service's facts changed (old → new). */
    record CloudServiceChanged(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public CloudServiceChanged {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "cloud-service.changed";
        }

        @Override
        public String subjectType() {
            return "cloud-service";
        }
    }

    /** {@code cloud-service.approved}: the CISO approved a cloud service (second factor). */
    record CloudServiceApproved(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public CloudServiceApproved {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "cloud-service.approved";
        }

        @Override
        public String subjectType() {
            return "cloud-service";
        }
    }

    /** {@code cloud-service.terms-file-added}: the terms file was stored (name, SHA-256, size). */
    record CloudTermsFileAdded(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public CloudTermsFileAdded {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "cloud-service.terms-file-added";
        }

        @Override
        public String subjectType() {
            return "cloud-service";
        }
    }

    /** {@code sns-account.registered}: an official SNS account was registered. */
    record SnsAccountRegistered(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public SnsAccountRegistered {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "sns-account.registered";
        }

        @Override
        public String subjectType() {
            return "sns-account";
        }
    }

    /** {@code sns-account.changed}: an SNS account's facts changed (old → new). */
    record SnsAccountChanged(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public SnsAccountChanged {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "sns-account.changed";
        }

        @Override
        public String subjectType() {
            return "sns-account";
        }
    }

    /** {@code sns-account.reviewed}: the yearly review of an SNS account was recorded. */
    record SnsAccountReviewed(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public SnsAccountReviewed {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "sns-account.reviewed";
        }

        @Override
        public String subjectType() {
            return "sns-account";
        }
    }

    /** {@code sns-account.incident-linked}: an incident (乗っ取り, 誤投稿) was linked to the account. */
    record SnsIncidentLinked(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public SnsIncidentLinked {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "sns-account.incident-linked";
        }

        @Override
        public String subjectType() {
            return "sns-account";
        }
    }

    /** {@code supplier.reminded}: a reminder was sent (what, to how many). */
    record Reminded(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public Reminded {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "supplier.reminded";
        }

        @Override
        public String subjectType() {
            return "supplier-reminder";
        }
    }

    /** {@code supplier.exported}: a register was exported to Excel (which, how many rows). */
    record RegisterExported(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public RegisterExported {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "supplier.exported";
        }

        @Override
        public String subjectType() {
            return "supplier-register";
        }
    }

    /** {@code supplier.imported}: a register was imported from Excel (the rows created and changed). */
    record RegisterImported(@AuditableEvent.Subject String subject, String actor, Map<String, String> details)
            implements SupplierEvent {
        public RegisterImported {
            details = frozen(details);
        }

        @Override
        public String action() {
            return "supplier.imported";
        }

        @Override
        public String subjectType() {
            return "supplier-register";
        }
    }
}
