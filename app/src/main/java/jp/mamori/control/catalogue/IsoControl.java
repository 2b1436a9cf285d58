package jp.mamori.control.catalogue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A control number of ISO/IEC 27001:2022 Annex A, such as {@code A.5.15}: theme 5 (organisational,
 * 37 controls), 6 (people, 8), 7 (physical, 14) or 8 (technological, 34).
 */
record IsoControl(int theme, int number) implements Comparable<IsoControl> {
    private static final Pattern FORM = Pattern.compile("A\\.([5-8])\\.(\\d{1,2})");

    IsoControl {
        if (theme < 5 || theme > 8 || number < 1 || number > controlsIn(theme)) {
            throw new IllegalArgumentException(
                    "no Annex A control A." + theme + "." + number + " in ISO/IEC 27001:2022");
        }
    }

    /** How many controls the 2022 Annex A has in the theme. */
    static int controlsIn(int theme) {
        return switch (theme) {
            case 5 -> 37;
            case 6 -> 8;
            case 7 -> 14;
            case 8 -> 34;
            default -> 0;
        };
    }

    /** True when the text names a control of the 2022 Annex A. */
    static boolean isValid(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return false;
        }
        int theme = Integer.parseInt(m.group(1));
        int number = Integer.parseInt(m.group(2));
        return number >= 1 && number <= controlsIn(theme);
    }

    static IsoControl parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not an Annex A control number: " + text);
        }
        return new IsoControl(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    @Override
    public int compareTo(IsoControl other) {
        return theme != other.theme ? Integer.compare(theme, other.theme) : Integer.compare(number, other.number);
    }

    @Override
    public String toString() {
        return "A." + theme + "." + number;
    }
}
