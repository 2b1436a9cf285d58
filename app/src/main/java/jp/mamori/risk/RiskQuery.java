package jp.mamori.risk;

import jp.mamori.incident.ThreatCategory;
import org.jspecify.annotations.Nullable;

/**
 * A filter, order and page of the register, all applied in SQL.
 *
 * @param unitId only this unit's risks (and those of the units below it)
 * @param minResidual only risks whose current residual level has at least this rank
 * @param text words in the reference, title, threat or 管理番号
 * @param reviewDue only risks whose review date is today or past
 */
public record RiskQuery(
        @Nullable Long unitId,
        @Nullable RiskState state,
        @Nullable Treatment treatment,
        @Nullable ThreatCategory threatCategory,
        @Nullable Integer minResidual,
        @Nullable String text,
        boolean reviewDue,
        Sort sort,
        int page,
        int size) {

    /** The orders a list offers; each is one SQL order, ties broken by reference. */
    public enum Sort {
        REFERENCE("r.reference"),
        RESIDUAL("r.residual_rank desc nulls last, r.inherent_rank desc nulls last, r.reference"),
        INHERENT("r.inherent_rank desc nulls last, r.reference"),
        REVIEW("r.review_date nulls last, r.reference"),
        UPDATED("r.updated_at desc, r.reference");

        final String sql;

        Sort(String sql) {
            this.sql = sql;
        }
    }

    public RiskQuery {
        int[] bounds = jp.mamori.shared.Page.bounds(page, size);
        page = bounds[0];
        size = bounds[1];
        if (text != null && text.isBlank()) {
            text = null;
        }
    }

    /** Everything, by reference, one page of the given size. */
    public static RiskQuery all(int page, int size) {
        return new RiskQuery(null, null, null, null, null, null, false, Sort.REFERENCE, page, size);
    }

    RiskQuery withPage(int newPage, int newSize) {
        return new RiskQuery(
                unitId, state, treatment, threatCategory, minResidual, text, reviewDue, sort, newPage, newSize);
    }
}
