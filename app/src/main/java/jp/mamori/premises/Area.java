package jp.mamori.premises;

import java.util.List;

/**
 * A controlled area (管理区域): its code and name, level, the unit responsible for it, the assets
 * (管理番号) and systems (ids of the 情報システム台帳) located there, and the permits to enter it.
 */
public record Area(
        long id,
        String code,
        String name,
        AreaLevel level,
        long unitId,
        String description,
        List<String> assets,
        List<Long> systems,
        List<Permit> permits) {
    public Area {
        assets = List.copyOf(assets);
        systems = List.copyOf(systems);
        permits = List.copyOf(permits);
    }
}
