package jp.mamori.network;

/** The states of a zone model version: written, in approval, in force, replaced by a later one. */
public enum ZoneVersionState {
    DRAFT,
    IN_APPROVAL,
    IN_FORCE,
    SUPERSEDED;

    public String messageKey() {
        return "network.zone.state." + name();
    }

    public boolean open() {
        return this == DRAFT || this == IN_APPROVAL;
    }
}
