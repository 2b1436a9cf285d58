package jp.mamori.netcheck.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import jp.mamori.netcheck.zone.ZoneModel;

/**
 * The one zone model netcheck's tests share: the three zones of the fictional city (My Number
 * 10.10.0.0/16, LGWAN 10.20.0.0/16 and 172.16.0.0/20, Internet 10.30.0.0/16, everything else
 * outside), the mail relay, the usual cells and one valid exception. It is the file
 * {@code samples/flows/zones.yaml}; the bench reads the same file from its copy of the class path.
 */
public final class ThreeZones {
    /** "Today" for every test that uses the model: 2026-11-26 in Tokyo. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T00:00:00Z"), ZoneId.of("Asia/Tokyo"));

    /** The zone file's text. */
    public static final String YAML = read();

    private ThreeZones() {}

    /** The model, as of {@link #CLOCK}. */
    public static ZoneModel model() {
        return ZoneModel.parse("zones.yaml", YAML, CLOCK);
    }

    /**
     * The model with an {@code interfaces:} block added, e.g. {@code "fw: {eth0: mynumber, eth1:
     * lgwan}"} (one device per line).
     */
    public static ZoneModel withInterfaces(String... devices) {
        StringBuilder y = new StringBuilder(YAML).append("interfaces:\n");
        for (String d : devices) {
            y.append("  ").append(d).append('\n');
        }
        return ZoneModel.parse("zones.yaml", y.toString(), CLOCK);
    }

    private static String read() {
        try (InputStream in = ThreeZones.class.getResourceAsStream("/samples/flows/zones.yaml")) {
            Objects.requireNonNull(in, "samples/flows/zones.yaml");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
