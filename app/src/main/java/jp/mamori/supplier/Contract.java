package jp.mamori.supplier;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A contract (委託契約) with a contractor. Its life: registered with its period, work, place, the assets
 * and classes of information it touches; the clauses of the body's checklist are marked present or
 * not and the contract file attached; 再委託先 are added and each approved; periodic checks and
 * incidents are linked while it runs; it ends on its last day or when someone records its end, and
 * the contractor's return/destruction certificate is recorded then. An ended contract without a
 * certificate is a finding.
 *
 * @param unitId the unit that placed the contract (所管課)
 * @param responsiblePersonId the official in charge, who is reminded (may be null)
 * @param information the classes of information handled, in the body's words (e.g. 機密性2、個人情報)
 * @param endedOn the day its end was recorded, when recorded before its last day or after
 * @param clauses clause code → present in the contract
 * @param incidents the linked incidents
 */
public record Contract(
        long id,
        long contractorId,
        String contractorName,
        String title,
        String work,
        long unitId,
        @Nullable Long responsiblePersonId,
        LocalDate startsOn,
        LocalDate endsOn,
        Place place,
        String information,
        @Nullable LocalDate endedOn,
        @Nullable CertificateKind certificateKind,
        @Nullable LocalDate certificateOn,
        String certificateNote,
        List<String> assets,
        List<Subcontractor> subcontractors,
        Map<String, Boolean> clauses,
        List<ContractFile> files,
        List<LinkedIncident> incidents,
        OffsetDateTime updatedAt,
        String updatedBy) {
    public Contract {
        assets = List.copyOf(assets);
        subcontractors = List.copyOf(subcontractors);
        clauses = Map.copyOf(clauses);
        files = List.copyOf(files);
        incidents = List.copyOf(incidents);
    }

    /** True once its end was recorded, or its last day has passed. */
    public boolean endedOn(LocalDate day) {
        return endedOn != null || endsOn.isBefore(day);
    }

    /** The day it ended: recorded, or the day after its last day; null while it runs. */
    public @Nullable LocalDate endDay(LocalDate today) {
        if (endedOn != null) {
            return endedOn;
        }
        return endsOn.isBefore(today) ? endsOn : null;
    }

    /** The number people quote for a contract (to link it from the statement of applicability): K-12. */
    public static String number(long id) {
        return "K-" + id;
    }

    public String number() {
        return number(id);
    }

    public boolean hasCertificate() {
        return certificateKind != null;
    }
}
