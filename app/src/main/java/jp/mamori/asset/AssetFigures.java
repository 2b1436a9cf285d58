package jp.mamori.asset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.mamori.shared.Figure;
import jp.mamori.shared.Figure.Axis;
import jp.mamori.shared.FigureSource;
import org.springframework.stereotype.Component;

/**
 * The asset module's part of the office's picture: per owning unit, the assets in use on which a
 * register rule finds something (the findings page's rules), out of the unit's assets in use. The
 * register is read once in its light projection ({@link RegisterCheck#snapshot}) and checked in memory.
 */
@Component
class AssetFigures implements FigureSource {
    private final RegisterCheck check;

    AssetFigures(RegisterCheck check) {
        this.check = check;
    }

    @Override
    public List<Figure> figures(LocalDate today) {
        RegisterSnapshot register = check.snapshot(today);
        Map<Long, long[]> byUnit = new TreeMap<>();
        for (RegisterEntry entry : register.entries()) {
            long[] n = byUnit.computeIfAbsent(entry.unitId(), u -> new long[2]);
            n[1]++;
            if (!RegisterCheck.check(entry, register).isEmpty()) {
                n[0]++;
            }
        }
        List<Figure> figures = new ArrayList<>();
        byUnit.forEach((unit, n) -> figures.add(
                new Figure("asset.finding", Axis.UNIT, Long.toString(unit), n[0], n[1], "/assets/findings")));
        return figures;
    }
}
