package jp.mamori.premises;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a user gives for an area: assets by 管理番号, systems by id. */
public record AreaDraft(
        String code,
        String name,
        @Nullable AreaLevel level,
        @Nullable Long unitId,
        String description,
        List<String> assets,
        List<Long> systems) {
    public AreaDraft {
        code = code == null ? "" : code.strip();
        name = name == null ? "" : name.strip();
        description = description == null ? "" : description.strip();
        assets = assets == null ? List.of() : List.copyOf(assets);
        systems = systems == null ? List.of() : List.copyOf(systems);
    }
}
