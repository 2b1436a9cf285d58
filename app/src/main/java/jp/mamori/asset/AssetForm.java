package jp.mamori.asset;

/** The form an asset takes (形態): electronic, paper, or both. */
public enum AssetForm {
    ELECTRONIC,
    PAPER,
    BOTH;

    /** True when the asset exists as data, so that a network zone matters. */
    boolean electronic() {
        return this != PAPER;
    }

    public String messageKey() {
        return "asset.form." + name();
    }
}
