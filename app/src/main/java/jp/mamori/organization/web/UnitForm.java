package jp.mamori.organization.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jp.mamori.organization.Unit;
import jp.mamori.organization.UnitDraft;
import org.jspecify.annotations.Nullable;

/** The unit form: code, name and the unit above (none for a top unit). */
record UnitForm(
        @NotBlank(message = "{organization.unit.code.required}")
        @Size(max = UnitDraft.CODE_MAX, message = "{organization.unit.code.format}")
        @Nullable
        String code,

        @NotBlank(message = "{organization.unit.name.required}")
        @Size(max = UnitDraft.NAME_MAX, message = "{organization.unit.name.tooLong}")
        @Nullable
        String name,

        @Nullable Long parentId) {

    static UnitForm empty(@Nullable Long parentId) {
        return new UnitForm("", "", parentId);
    }

    static UnitForm of(Unit unit) {
        return new UnitForm(unit.code(), unit.name(), unit.parentId());
    }

    UnitDraft draft() {
        return new UnitDraft(code, name, parentId);
    }
}
