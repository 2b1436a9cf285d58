package jp.mamori.netcheck.importer;

import org.jspecify.annotations.Nullable;

/** Picks the device name: the one the configuration states, else the caller's, else the file's. */
final class DeviceName {
    private DeviceName() {}

    static String choose(@Nullable String fromConfig, @Nullable String given, String fileName) {
        if (fromConfig != null && !fromConfig.isBlank()) {
            return fromConfig;
        }
        if (given != null && !given.isBlank()) {
            return given;
        }
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }
}
