package jp.mamori.system.web;

import jp.mamori.system.Device;
import jp.mamori.system.DeviceKind;
import org.jspecify.annotations.Nullable;

/** The form that adds a device or a group of like terminals to a system. */
record DeviceForm(
        @Nullable String name,
        @Nullable DeviceKind kind,
        @Nullable String location,
        @Nullable Integer quantity,
        @Nullable Boolean multiFactorSignIn,
        @Nullable Boolean removableMediaBlocked) {
    Device device() {
        return new Device(
                null,
                name == null ? "" : name,
                kind == null ? DeviceKind.OTHER : kind,
                location == null ? "" : location,
                quantity == null ? 1 : quantity,
                Boolean.TRUE.equals(multiFactorSignIn),
                Boolean.TRUE.equals(removableMediaBlocked));
    }
}
