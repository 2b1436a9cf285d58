package jp.mamori.risk;

import java.util.List;

/**
 * How many open risks (not closed) lie in each cell of the matrix, by their current assessment,
 * before treatment (inherent) or after it (residual).
 *
 * @param counts {@code counts.get(likelihood - 1).get(impact - 1)}
 * @param unassessed risks not assessed yet (on no cell)
 */
public record HeatMap(RiskMatrix matrix, boolean residual, List<List<Long>> counts, long unassessed) {
    public HeatMap {
        counts = counts.stream().map(List::copyOf).toList();
    }

    public long count(int likelihood, int impact) {
        return counts.get(likelihood - 1).get(impact - 1);
    }

    public RiskMatrix.Level level(int likelihood, int impact) {
        return matrix.level(likelihood, impact);
    }

    public long total() {
        return counts.stream().flatMap(List::stream).mapToLong(Long::longValue).sum() + unassessed;
    }
}
