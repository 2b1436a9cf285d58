package jp.mamori.asset.web;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.mamori.asset.Asset;
import jp.mamori.asset.AssetForm;
import jp.mamori.asset.AssetKind;
import jp.mamori.asset.AssetStatus;
import jp.mamori.asset.Disposal;
import jp.mamori.asset.Finding;
import org.jspecify.annotations.Nullable;

/**
 * An asset in the REST API. Levels, zone and restrictions as codes (with the labels beside them);
 * dates in ISO 8601; {@code handling} is what the levels call for; {@code findings} the register rules
 * that fire on it (rule codes).
 */
record AssetResource(
        String number,
        String name,
        AssetKind kind,
        String description,
        long ownerUnitId,
        @Nullable String securityManager,
        String custodian,
        String users,
        String location,
        AssetForm form,
        String zoneCode,
        String scheme,
        String confidentiality,
        String integrity,
        String availability,
        List<String> classLabels,
        List<String> restrictionCodes,
        boolean personalInfo,
        boolean sensitivePersonalInfo,
        boolean specificPersonalInfo,
        @Nullable Integer recordCount,
        String retention,
        @Nullable LocalDate nextReview,
        AssetStatus status,
        boolean disposalPending,
        String parentNumber,
        String note,
        @Nullable DisposalResource disposal,
        List<String> handling,
        List<String> findings,
        OffsetDateTime updatedAt,
        String updatedBy,
        @JsonIgnore Map<String, @Nullable Object> laterFields) {

    /** The names the first version of the resource gives; any other field of the asset follows them. */
    private static final Set<String> NAMED = Arrays.stream(AssetResource.class.getRecordComponents())
            .map(RecordComponent::getName)
            .collect(Collectors.toSet());

    /**
     * The fields of the asset that the first version of this resource did not name, after the
     * others: a field added to the register's field table reaches the API without a change here.
     */
    @JsonAnyGetter
    Map<String, @Nullable Object> later() {
        return laterFields;
    }

    /** The disposal record: requested by, approved by (null while pending). */
    record DisposalResource(
            LocalDate date,
            String method,
            String carriedOutBy,
            String requestedBy,
            OffsetDateTime requestedAt,
            @Nullable String approvedBy,
            @Nullable OffsetDateTime approvedAt) {}

    static AssetResource of(AssetView view) {
        Asset a = view.asset();
        Disposal d = a.disposal();
        return new AssetResource(
                a.number(),
                a.name(),
                a.kind(),
                a.description(),
                a.ownerUnitId(),
                view.securityManager() == null ? null : view.securityManager().name(),
                a.custody().custodian(),
                a.custody().users(),
                a.custody().location(),
                a.form(),
                a.zoneCode(),
                a.scheme(),
                a.classification().confidentiality(),
                a.classification().integrity(),
                a.classification().availability(),
                List.of(
                        view.confidentiality().label(),
                        view.integrity().label(),
                        view.availability().label()),
                a.restrictionCodes(),
                a.personalData().personalInfo(),
                a.personalData().sensitivePersonalInfo(),
                a.personalData().specificPersonalInfo(),
                a.personalData().recordCount(),
                a.retention(),
                a.nextReview(),
                a.status(),
                a.disposalPending(),
                a.parentNumber(),
                a.note(),
                d == null
                        ? null
                        : new DisposalResource(
                                d.date(),
                                d.method(),
                                d.carriedOutBy(),
                                d.requestedBy(),
                                d.requestedAt(),
                                d.approvedBy(),
                                d.approvedAt()),
                view.handling(),
                view.findings().stream().map(Finding::rule).toList(),
                a.updatedAt(),
                a.updatedBy(),
                later(a));
    }

    private static Map<String, @Nullable Object> later(Asset a) {
        Map<String, @Nullable Object> later = new LinkedHashMap<>(a.fields());
        later.keySet().removeAll(NAMED);
        return later;
    }
}
