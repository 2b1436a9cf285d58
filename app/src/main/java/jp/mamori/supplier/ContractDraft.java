package jp.mamori.supplier;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a person gives for a contract: the unit by id, the responsible official by 職員番号, the assets
 * by 管理番号.
 */
public record ContractDraft(
        String title,
        String work,
        @Nullable Long unitId,
        String responsible,
        @Nullable LocalDate startsOn,
        @Nullable LocalDate endsOn,
        @Nullable Place place,
        String information,
        List<String> assets) {
    public ContractDraft {
        assets = List.copyOf(assets);
    }
}
