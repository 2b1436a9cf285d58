package jp.mamori.system;

/** What a device of a system is: a server, a terminal (端末) people sign in on, network equipment or other. */
public enum DeviceKind {
    SERVER,
    TERMINAL,
    NETWORK,
    OTHER;

    public String messageKey() {
        return "system.device.kind." + name();
    }
}
