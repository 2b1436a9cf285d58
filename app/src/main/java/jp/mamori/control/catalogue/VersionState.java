package jp.mamori.control.catalogue;

/** The states of a catalogue version: written, in approval, in force, replaced by a later one. */
public enum VersionState {
    DRAFT,
    IN_APPROVAL,
    IN_FORCE,
    SUPERSEDED;

    public String messageKey() {
        return "control.version.state." + name();
    }
}
