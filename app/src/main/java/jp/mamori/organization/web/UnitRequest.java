package jp.mamori.organization.web;

import jp.mamori.organization.UnitDraft;
import org.jspecify.annotations.Nullable;

/** The body of POST and PUT {@code /api/v1/units}: code, name and the id of the parent unit (none for a top unit). */
record UnitRequest(
        @Nullable String code,
        @Nullable String name,
        @Nullable Long parentId) {
    UnitDraft draft() {
        return new UnitDraft(code, name, parentId);
    }
}
