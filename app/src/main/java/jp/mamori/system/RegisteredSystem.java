package jp.mamori.system;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the 情報システム台帳. The system's name, owner unit and own classification are those of
 * its asset of kind ① ({@code assetNumber}) in the asset register, read from there each time; this
 * record holds what the asset register does not know.
 *
 * @param id stored id
 * @param assetNumber 管理番号 of the system's asset of kind ①
 * @param purpose what the system is for (業務の目的)
 * @param zone the network zone it sits in
 * @param cloudService provided as an outside service (クラウドサービス)
 * @param contractor the contractor that runs it, blank when the body runs it itself
 * @param rtoHours recovery time objective in hours, null when not set
 * @param backup how and how often it is backed up, where copies are kept
 * @param administrators person ids of its 情報システム管理者
 * @param staff person ids of its 情報システム担当者
 * @param heldAssets 管理番号 of the information assets it holds
 * @param devices its devices and terminals
 */
public record RegisteredSystem(
        long id,
        String assetNumber,
        String purpose,
        SystemZone zone,
        boolean cloudService,
        String contractor,
        @Nullable Integer rtoHours,
        String backup,
        List<Long> administrators,
        List<Long> staff,
        List<String> heldAssets,
        List<Device> devices,
        OffsetDateTime updatedAt,
        String updatedBy) {
    public RegisteredSystem {
        administrators = List.copyOf(administrators);
        staff = List.copyOf(staff);
        heldAssets = List.copyOf(heldAssets);
        devices = List.copyOf(devices);
    }

    /** Run by a contractor (業務委託): the catalogue's OUTSOURCED measures apply. */
    public boolean outsourced() {
        return !contractor.isBlank();
    }

    /** The system's own asset and the assets it holds, each once. */
    public List<String> allAssetNumbers() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(assetNumber), heldAssets.stream())
                .distinct()
                .toList();
    }
}
