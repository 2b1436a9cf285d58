package jp.mamori.risk.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.mamori.risk.RiskColour;
import jp.mamori.risk.RiskMatrix;
import jp.mamori.shared.InvalidInputException;

/**
 * Reads the matrix settings form: {@code likelihood.1…n} and {@code impact.1…m} (labels),
 * {@code level.N.label} / {@code level.N.colour} for ranks 1–5 (a level with an empty label is
 * left out) and {@code cell.L.I} (the rank of each cell).
 */
final class MatrixForm {
    private MatrixForm() {}

    static RiskMatrix parse(Map<String, String> params) {
        List<String> likelihoods = labels(params, "likelihood");
        List<String> impacts = labels(params, "impact");
        List<RiskMatrix.Level> levels = new ArrayList<>();
        for (int rank = 1; rank <= 5; rank++) {
            String label = params.getOrDefault("level." + rank + ".label", "").strip();
            if (label.isEmpty()) {
                continue;
            }
            if (label.length() > 40) {
                throw InvalidInputException.of("level." + rank, "risk.error.tooLong", 40);
            }
            RiskColour colour;
            try {
                colour = RiskColour.valueOf(
                        params.getOrDefault("level." + rank + ".colour", "GREY").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("level." + rank, "risk.error.colour");
            }
            levels.add(new RiskMatrix.Level(rank, label, colour));
        }
        if (levels.isEmpty()) {
            throw InvalidInputException.of("levels", "risk.error.noLevels");
        }
        List<List<Integer>> cells = new ArrayList<>();
        for (int l = 1; l <= likelihoods.size(); l++) {
            List<Integer> row = new ArrayList<>();
            for (int i = 1; i <= impacts.size(); i++) {
                String value = params.getOrDefault("cell." + l + "." + i, "");
                int rank;
                try {
                    rank = Integer.parseInt(value.strip());
                } catch (NumberFormatException e) {
                    throw InvalidInputException.of("cell", "risk.error.cell", l, i);
                }
                int r = rank;
                if (levels.stream().noneMatch(x -> x.rank() == r)) {
                    throw InvalidInputException.of("cell", "risk.error.cell", l, i);
                }
                row.add(rank);
            }
            cells.add(row);
        }
        return new RiskMatrix(likelihoods, impacts, levels, cells);
    }

    private static List<String> labels(Map<String, String> params, String axis) {
        List<String> labels = new ArrayList<>();
        for (int g = 1; g <= 5; g++) {
            String label = params.get(axis + "." + g);
            if (label == null) {
                break;
            }
            label = label.strip();
            if (label.isEmpty() || label.length() > 40) {
                throw InvalidInputException.of(axis, "risk.error.axisLabel", g);
            }
            labels.add(label);
        }
        if (labels.size() < 2) {
            throw InvalidInputException.of(axis, "risk.error.axisSize");
        }
        return labels;
    }
}
