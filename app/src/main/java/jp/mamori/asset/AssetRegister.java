package jp.mamori.asset;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Read access to the asset register for other modules: find an asset by its 管理番号 or by words in
 * its number or name. Answers regardless of who is signed in; callers show only what their own
 * rules allow.
 */
public interface AssetRegister {
    /** The asset with this 管理番号 (full-width digits and surrounding spaces allowed). */
    Optional<AssetSummary> byNumber(String number);

    /** Assets whose number or name contains the text, by number, at most {@code limit} (1–100). */
    List<AssetSummary> search(String text, int limit);

    /**
     * The distinct kinds of asset in use each unit holds (grouped in SQL), for the statement of
     * applicability: a unit holding a 機密性3 asset gets the measures for 機密性3. Only the given
     * unit's own assets when {@code unitId} is given, every unit's otherwise.
     */
    List<AssetProfile> profiles(@Nullable Long unitId);

    /** The information systems (assets in use of kind ①), by 管理番号. */
    List<InformationSystem> informationSystems();

    /**
     * One profile per asset in use among these 管理番号 (count 1, the number as example), by
     * number: what the 情報システム台帳 needs to compute a system's highest class and its statement of
     * applicability. Unknown and disposed numbers are left out.
     */
    List<AssetProfile> profilesOf(Collection<String> numbers);

    /**
     * The disposed assets of kind ① (ネットワーク・システム・媒体: equipment and media that hold
     * information), by 管理番号: the premises module lists those with no record of how their media
     * were disposed of.
     */
    List<AssetSummary> disposedEquipment();

    /**
     * What the register says about the personal data of these assets (by 管理番号, disposed ones
     * included: a breach may concern an asset disposed of since), by number; unknown numbers are
     * left out.
     */
    List<AssetPersonalData> personalDataOf(Collection<String> numbers);
}
