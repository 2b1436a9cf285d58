package jp.mamori.system;

import java.util.List;
import java.util.Optional;
import jp.mamori.asset.AssetProfile;
import org.jspecify.annotations.Nullable;

/**
 * Read access to the 情報システム台帳 for other modules (the statement of applicability per system):
 * each system with its zone, how it is provided, and the profiles of its own and held assets.
 */
public interface SystemRegister {
    /**
     * A system as other modules see it.
     *
     * @param id the system's id
     * @param assetNumber 管理番号 of its asset of kind ①
     * @param name the asset's name
     * @param unitId the unit owning the asset, null when the asset is unknown
     * @param zone the zone it sits in
     * @param cloudService provided as an outside (cloud) service
     * @param outsourced run by a contractor
     * @param assets profiles of its own asset and the assets it holds, in use only
     */
    record SystemProfile(
            long id,
            String assetNumber,
            String name,
            @Nullable Long unitId,
            SystemZone zone,
            boolean cloudService,
            boolean outsourced,
            List<AssetProfile> assets) {
        public SystemProfile {
            assets = List.copyOf(assets);
        }
    }

    /** Every system, by 管理番号, whoever is signed in (callers apply their own rules). */
    List<SystemProfile> systems();

    /** One system. */
    Optional<SystemProfile> system(long id);

    /** The system with this 管理番号. */
    default Optional<SystemProfile> byAssetNumber(String assetNumber) {
        return systems().stream()
                .filter(s -> s.assetNumber().equals(assetNumber))
                .findFirst();
    }

    /** The people named as the system's 情報システム管理者 (organisation person ids), empty for an unknown id. */
    List<Long> administrators(long id);

    /** True when the signed-in user may read the system (see {@link SystemAccess}). */
    boolean mayRead(long id);

    /** True when the signed-in user may change the system: its unit's managers and its 管理者. */
    boolean mayManage(long id);
}
