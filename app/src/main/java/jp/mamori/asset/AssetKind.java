package jp.mamori.asset;

/**
 * The three groups of information assets the policy names (資産区分): ① networks, systems,
 * equipment and media; ② the information itself, printouts included; ③ system documents such as
 * specifications and network diagrams. Fixed by the policy, hence an enum.
 */
public enum AssetKind {
    NETWORK_SYSTEM_MEDIA(1),
    INFORMATION(2),
    SYSTEM_DOCUMENT(3);

    private final int number;

    AssetKind(int number) {
        this.number = number;
    }

    /** 1, 2 or 3, as in ①②③. */
    public int number() {
        return number;
    }

    /** The circled number, ① ② ③. */
    public String circled() {
        return String.valueOf((char) ('\u2460' + number - 1));
    }

    public String messageKey() {
        return "asset.kind." + name();
    }
}
