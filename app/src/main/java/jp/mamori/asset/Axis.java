package jp.mamori.asset;

/** The three axes of classification: 機密性, 完全性, 可用性. */
public enum Axis {
    CONFIDENTIALITY("機密性"),
    INTEGRITY("完全性"),
    AVAILABILITY("可用性");

    private final String japanese;

    Axis(String japanese) {
        this.japanese = japanese;
    }

    /** The Japanese name, as it prefixes level labels (機密性3). */
    public String japanese() {
        return japanese;
    }

    String messageKey() {
        return "asset.axis." + name();
    }
}
