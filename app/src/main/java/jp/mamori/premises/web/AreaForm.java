package jp.mamori.premises.web;

import java.util.Arrays;
import java.util.List;
import jp.mamori.premises.Area;
import jp.mamori.premises.AreaDraft;
import jp.mamori.premises.AreaLevel;
import org.jspecify.annotations.Nullable;

/** The area form: assets typed as 管理番号 separated by commas, spaces or new lines; systems chosen. */
record AreaForm(
        @Nullable String code,
        @Nullable String name,
        @Nullable AreaLevel level,
        @Nullable Long unitId,
        @Nullable String description,
        @Nullable String assets,
        @Nullable List<Long> systems) {

    static AreaForm empty() {
        return new AreaForm("", "", null, null, "", "", List.of());
    }

    static AreaForm of(Area a) {
        return new AreaForm(
                a.code(), a.name(), a.level(), a.unitId(), a.description(), String.join("\n", a.assets()), a.systems());
    }

    AreaDraft draft() {
        return new AreaDraft(
                code == null ? "" : code,
                name == null ? "" : name,
                level,
                unitId,
                description == null ? "" : description,
                numbers(assets),
                systems == null ? List.of() : systems);
    }

    static List<String> numbers(@Nullable String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[\\s,、，]+"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    }
}
