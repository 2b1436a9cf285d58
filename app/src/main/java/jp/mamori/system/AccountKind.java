package jp.mamori.system;

/** The kind of an account on a system: a person's own (通常), a privileged ID (特権ID) or shared (共用). */
public enum AccountKind {
    NORMAL,
    PRIVILEGED,
    SHARED;

    public String messageKey() {
        return "system.account.kind." + name();
    }
}
