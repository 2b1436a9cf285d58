package jp.mamori.system;

import org.jspecify.annotations.Nullable;

/**
 * A device or group of like terminals belonging to a system. For terminals of the My Number zone the
 * register checks that sign-in takes more than one factor and that removable media are blocked.
 *
 * @param id the stored id, null before it is saved
 * @param name e.g. 住基端末 or DBサーバ
 * @param kind server, terminal, network equipment or other
 * @param location where it stands (管理区域, 窓口 …)
 * @param quantity how many alike (1 or more)
 * @param multiFactorSignIn sign-in takes a second factor (生体認証, ICカード …)
 * @param removableMediaBlocked USB memory and other removable media cannot be used
 */
public record Device(
        @Nullable Long id,
        String name,
        DeviceKind kind,
        String location,
        int quantity,
        boolean multiFactorSignIn,
        boolean removableMediaBlocked) {
    public Device {
        // a JSON body may leave text out: blank, which the service refuses on its field where required
        name = java.util.Objects.requireNonNullElse((@Nullable String) name, "").strip();
        location = java.util.Objects.requireNonNullElse((@Nullable String) location, "")
                .strip();
        if ((@Nullable DeviceKind) kind == null) {
            throw new IllegalArgumentException("a device needs a kind: SERVER, TERMINAL, NETWORK or OTHER");
        }
    }

    public boolean terminal() {
        return kind == DeviceKind.TERMINAL;
    }
}
