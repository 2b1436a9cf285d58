package jp.mamori.asset;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.NotAllowedException;
import org.jspecify.annotations.Nullable;

/**
 * An information asset in the register (情報資産). Its 管理番号 is assigned once and never changes;
 * its levels are codes of the scheme named in {@code scheme}.
 *
 * <p>Lifecycle: an asset is {@link AssetStatus#IN_USE} and can be edited. Someone who manages its
 * unit may {@link #requestDisposal request disposal} (date, method, who carries it out); while the
 * request is pending the asset cannot be edited, and the request can be {@link #withdrawDisposal
 * withdrawn}. A second person — never the requester — {@link #approveDisposal approves}: the asset
 * becomes {@link AssetStatus#DISPOSED} and read-only for good.
 *
 * <p>Fields that belong together are value records: {@link Custody}, {@link Classification} and
 * {@link PersonalData}. {@code more} holds, by name, the fields of the table ({@link AssetField}) that have no component
 * of their own (see docs/assets.md, "How to add a field").
 */
public record Asset(
        long id,
        String number,
        String name,
        AssetKind kind,
        String description,
        long ownerUnitId,
        Custody custody,
        AssetForm form,
        String zoneCode,
        String scheme,
        Classification classification,
        List<String> restrictionCodes,
        PersonalData personalData,
        String retention,
        @Nullable LocalDate nextReview,
        AssetStatus status,
        @Nullable Long parentId,
        String parentNumber,
        String note,
        @Nullable Disposal disposal,
        OffsetDateTime createdAt,
        String createdBy,
        OffsetDateTime updatedAt,
        String updatedBy,
        Map<String, @Nullable Object> more) {
    static final String NUMBER_PREFIX = "IA-";

    public Asset {
        restrictionCodes = List.copyOf(restrictionCodes);
        more = AssetField.moreOf(more);
    }

    /** The 管理番号 for a sequence value: IA-000001 …; more digits once past 999,999. */
    static String number(long sequence) {
        return NUMBER_PREFIX + String.format("%06d", sequence);
    }

    /** The fields a person gives an asset, by name, in the order of the field table (the scheme left out). */
    public java.util.Map<String, @Nullable Object> fields() {
        java.util.Map<String, @Nullable Object> fields = new java.util.LinkedHashMap<>();
        for (AssetField field : AssetField.typed()) {
            fields.put(field.component(), field.of(this));
        }
        return fields;
    }

    public boolean disposed() {
        return status == AssetStatus.DISPOSED;
    }

    public boolean disposalPending() {
        return disposal != null && disposal.pending();
    }

    /** True when the asset may be edited: in use and no disposal pending. */
    public boolean editable() {
        return !disposed() && !disposalPending();
    }

    public boolean anyPersonalData() {
        return personalData.any();
    }

    /** Throws unless the asset may be edited. */
    public void requireEditable() {
        if (disposed()) {
            throw InvalidInputException.of("status", "asset.disposed.readOnly");
        }
        if (disposalPending()) {
            throw InvalidInputException.of("status", "asset.disposal.pendingReadOnly");
        }
    }

    /** Asks for disposal; the asset stays in use until a second person approves. */
    Asset requestDisposal(LocalDate date, String method, String carriedOutBy, String requester, OffsetDateTime at) {
        requireEditable();
        return withDisposal(new Disposal(date, method, carriedOutBy, requester, at, null, null), status);
    }

    /** Approves the pending disposal. The approver must not be the requester (segregation of duties). */
    Asset approveDisposal(String approver, OffsetDateTime at) {
        Disposal pending = pendingDisposal();
        if (Objects.equals(pending.requestedBy(), approver)) {
            throw new NotAllowedException("asset.disposal.selfApproval");
        }
        return withDisposal(
                new Disposal(
                        pending.date(),
                        pending.method(),
                        pending.carriedOutBy(),
                        pending.requestedBy(),
                        pending.requestedAt(),
                        approver,
                        at),
                AssetStatus.DISPOSED);
    }

    /** Withdraws (or turns down) the pending disposal; the asset is editable again. */
    Asset withdrawDisposal() {
        pendingDisposal();
        return withDisposal(null, status);
    }

    private Disposal pendingDisposal() {
        if (disposed()) {
            throw InvalidInputException.of("status", "asset.disposed.readOnly");
        }
        if (disposal == null || !disposal.pending()) {
            throw InvalidInputException.of("status", "asset.disposal.nonePending");
        }
        return disposal;
    }

    private Asset withDisposal(@Nullable Disposal newDisposal, AssetStatus newStatus) {
        return AssetField.ASSET.build(name -> switch (name) {
            case "disposal" -> newDisposal;
            case "status" -> newStatus;
            default -> AssetField.ASSET.get(this, name);
        });
    }
}
