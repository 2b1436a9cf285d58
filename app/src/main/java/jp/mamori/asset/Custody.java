package jp.mamori.asset;

import org.jspecify.annotations.Nullable;

/**
 * Who looks after an asset and where it is: the person or post in charge (管理者), who uses it
 * (利用者) and where it is kept (保管場所), as free text, stripped. The unit that owns the asset is
 * the asset's own {@code ownerUnitId}: rights and rules read it.
 */
public record Custody(String custodian, String users, String location) {
    public Custody {
        custodian = text(custodian);
        users = text(users);
        location = text(location);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
