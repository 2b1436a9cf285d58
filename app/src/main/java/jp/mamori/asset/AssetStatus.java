package jp.mamori.asset;

/** Where an asset is in its life (状態): in use, or disposed (then read-only for good). */
public enum AssetStatus {
    IN_USE,
    DISPOSED;

    public String messageKey() {
        return "asset.status." + name();
    }
}
