package jp.mamori.asset;

import org.jspecify.annotations.Nullable;

/** A draft for a batch (the Excel import): with a 管理番号 it updates that asset, with "" it creates one. */
record NumberedDraft(String number, AssetDraft draft) {
    NumberedDraft(@Nullable String number, AssetDraft draft) {
        this.number = number == null ? "" : number.strip();
        this.draft = draft;
    }

    boolean isNew() {
        return number.isEmpty();
    }
}
