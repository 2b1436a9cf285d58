package jp.mamori.netcheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The starting zone files of {@code netcheck init --model …}, one per network model of the guideline. */
enum Preset {
    ALPHA("alpha"),
    ALPHA_PRIME("alpha-prime"),
    BETA("beta"),
    BETA_PRIME("beta-prime");

    private final String cliName;

    Preset(String cliName) {
        this.cliName = cliName;
    }

    String cliName() {
        return cliName;
    }

    /** The preset for a {@code --model} value; α, α′, β, β′ are accepted as well. */
    static Optional<Preset> byName(String name) {
        String n = name.strip()
                .replace("α", "alpha")
                .replace("β", "beta")
                .replace("′", "-prime")
                .replace("'", "-prime");
        return Arrays.stream(values())
                .filter(p -> p.cliName.equalsIgnoreCase(n))
                .findFirst();
    }

    static String names() {
        return Arrays.stream(values()).map(Preset::cliName).collect(Collectors.joining(", "));
    }

    /** The zone file text. */
    String text() {
        try (InputStream in = Preset.class.getResourceAsStream("/jp/mamori/netcheck/presets/" + cliName + ".yaml")) {
            if (in == null) {
                throw new IllegalStateException("preset missing from the jar: " + cliName);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
