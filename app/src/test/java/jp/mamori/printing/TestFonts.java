package jp.mamori.printing;

import java.util.List;

/** Japanese fonts for tests of other modules, which cannot call the font's package-private constructor. */
public final class TestFonts {
    /** Debian's IPAex Gothic, as {@code .ci/run} installs it. */
    public static final String IPAEX = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf";

    private TestFonts() {}

    /** The font found among exactly these candidates (nothing configured, no well-known places). */
    public static JapaneseFont lookingAt(String... candidates) {
        return new JapaneseFont(List.of(candidates));
    }
}
