package jp.mamori.organization.web;

import jp.mamori.organization.Unit;
import org.jspecify.annotations.Nullable;

/** A unit in the REST API. */
record UnitResource(
        long id, String code, String name, @Nullable Long parentId) {
    static UnitResource of(Unit unit) {
        return new UnitResource(unit.id(), unit.code(), unit.name(), unit.parentId());
    }
}
