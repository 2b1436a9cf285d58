package jp.mamori.supplier;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A contractor (委託先): the company, its contact for incidents (事故時の連絡先, also the one who answers
 * the periodic checks) and its certifications.
 */
public record Contractor(
        long id,
        String name,
        String address,
        String contactName,
        String contactPhone,
        String contactEmail,
        String note,
        List<Certification> certifications,
        OffsetDateTime updatedAt,
        String updatedBy)
        implements SupplierRegister.Entry {
    public Contractor {
        certifications = List.copyOf(certifications);
    }

    /** The record as people name it: its name. */
    @Override
    public String label() {
        return name;
    }
}
