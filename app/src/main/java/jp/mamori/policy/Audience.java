package jp.mamori.policy;

/** Who a document is meant for; the details for {@link #RESTRICTED} are in {@link Visibility}. */
public enum Audience {
    /** 公開: everyone signed in to mamori, also accounts without a person (and fit for publishing). */
    PUBLIC,
    /** 全職員: everyone in post. */
    ALL_STAFF,
    /** 限定: only the named roles and units (and the people who manage the owner unit). */
    RESTRICTED;

    public String messageKey() {
        return "policy.audience." + name();
    }
}
