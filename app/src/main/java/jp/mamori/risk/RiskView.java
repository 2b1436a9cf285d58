package jp.mamori.risk;

import org.jspecify.annotations.Nullable;

/**
 * A risk as its page shows it: the risk, the names of its unit, owner and asset, the matrix in
 * use, and what the reader may do with it.
 */
public record RiskView(
        Risk risk,
        String unitName,
        @Nullable String ownerName,
        @Nullable String ownerStaffNumber,
        @Nullable String assetName,
        RiskMatrix matrix,
        boolean mayChange,
        boolean mayAccept) {}
