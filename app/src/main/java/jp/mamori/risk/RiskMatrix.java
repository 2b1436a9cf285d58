package jp.mamori.risk;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The risk matrix the body configures (リスクマトリクス): the grades of likelihood (発生可能性) and of
 * impact (影響度), each 2–5 with a label, the levels (1–5, the higher the worse) with a label and a
 * colour, and for every cell the level it stands for. mamori ships 3 × 3 with 低・中・高.
 *
 * @param likelihoods labels of likelihood grades 1…n
 * @param impacts labels of impact grades 1…m
 * @param levels the levels, by rank
 * @param cells {@code cells.get(likelihood - 1).get(impact - 1)} is the rank of that cell's level
 */
public record RiskMatrix(
        List<String> likelihoods, List<String> impacts, List<Level> levels, List<List<Integer>> cells) {

    /** One level of risk. */
    public record Level(int rank, String label, RiskColour colour) {
        public Level {
            if (rank < 1 || rank > 5) {
                throw new IllegalArgumentException("a level's rank lies between 1 and 5: " + rank);
            }
            if (label.isBlank() || label.length() > 40) {
                throw new IllegalArgumentException("a level needs a label of at most 40 characters");
            }
        }
    }

    public RiskMatrix {
        if (likelihoods.size() < 2 || likelihoods.size() > 5 || impacts.size() < 2 || impacts.size() > 5) {
            throw new IllegalArgumentException("a matrix has 2 to 5 grades on each axis");
        }
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("a matrix needs at least one level");
        }
        Set<Integer> ranks = new HashSet<>();
        levels.forEach(l -> ranks.add(l.rank()));
        if (ranks.size() != levels.size()) {
            throw new IllegalArgumentException("two levels share a rank");
        }
        if (cells.size() != likelihoods.size()) {
            throw new IllegalArgumentException("one row of cells per likelihood grade");
        }
        List<List<Integer>> copy = new ArrayList<>();
        for (List<Integer> row : cells) {
            if (row.size() != impacts.size()) {
                throw new IllegalArgumentException("one cell per impact grade in each row");
            }
            for (Integer rank : row) {
                if (!ranks.contains(rank)) {
                    throw new IllegalArgumentException("a cell names a level that does not exist: " + rank);
                }
            }
            copy.add(List.copyOf(row));
        }
        likelihoods = List.copyOf(likelihoods);
        impacts = List.copyOf(impacts);
        levels = levels.stream()
                .sorted(java.util.Comparator.comparingInt(Level::rank))
                .toList();
        cells = List.copyOf(copy);
    }

    /** The level of the cell (likelihood, impact). */
    public Level level(int likelihood, int impact) {
        requireGrades(likelihood, impact);
        int rank = cells.get(likelihood - 1).get(impact - 1);
        return levelOfRank(rank);
    }

    /** The level with this rank. */
    public Level levelOfRank(int rank) {
        return levels.stream()
                .filter(l -> l.rank() == rank)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no level of rank " + rank));
    }

    /** The level with this rank, or null when the matrix has none (the settings page lists ranks 1–5). */
    public @org.jspecify.annotations.Nullable Level findLevel(int rank) {
        return levels.stream().filter(l -> l.rank() == rank).findFirst().orElse(null);
    }

    /** True when both grades lie on the matrix. */
    public boolean contains(int likelihood, int impact) {
        return likelihood >= 1 && likelihood <= likelihoods.size() && impact >= 1 && impact <= impacts.size();
    }

    /** Likelihood grades from the highest down (the heat map's rows, worst at the top). */
    public List<Integer> likelihoodsDescending() {
        List<Integer> out = new ArrayList<>();
        for (int g = likelihoods.size(); g >= 1; g--) {
            out.add(g);
        }
        return out;
    }

    /** Impact grades from 1 up (the heat map's columns). */
    public List<Integer> impactsAscending() {
        List<Integer> out = new ArrayList<>();
        for (int g = 1; g <= impacts.size(); g++) {
            out.add(g);
        }
        return out;
    }

    public String likelihoodLabel(int grade) {
        return likelihoods.get(grade - 1);
    }

    public String impactLabel(int grade) {
        return impacts.get(grade - 1);
    }

    private void requireGrades(int likelihood, int impact) {
        if (!contains(likelihood, impact)) {
            throw new IllegalArgumentException(
                    "grades outside the matrix: likelihood " + likelihood + ", impact " + impact);
        }
    }

    /** The matrix mamori ships (the same as migration V24_1 writes): 3 × 3, 低・中・高. */
    public static RiskMatrix standard() {
        return new RiskMatrix(
                List.of("低", "中", "高"),
                List.of("小", "中", "大"),
                List.of(
                        new Level(1, "低", RiskColour.GREEN),
                        new Level(2, "中", RiskColour.YELLOW),
                        new Level(3, "高", RiskColour.RED)),
                List.of(List.of(1, 1, 2), List.of(1, 2, 3), List.of(2, 3, 3)));
    }
}
