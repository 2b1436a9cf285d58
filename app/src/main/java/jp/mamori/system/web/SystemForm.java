package jp.mamori.system.web;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.system.RegisteredSystem;
import jp.mamori.system.SystemDraft;
import jp.mamori.system.SystemViews;
import jp.mamori.system.SystemZone;
import org.jspecify.annotations.Nullable;

/**
 * The system form. People are typed as 職員番号 and held assets as 管理番号, separated by commas,
 * spaces or new lines; the recovery time objective is text so a wrong value gets a message on its
 * field.
 */
record SystemForm(
        @Nullable String assetNumber,
        @Nullable String purpose,
        @Nullable SystemZone zone,
        @Nullable Boolean cloudService,
        @Nullable String contractor,
        @Nullable String rtoHours,
        @Nullable String backup,
        @Nullable String administrators,
        @Nullable String staff,
        @Nullable String heldAssets) {

    static SystemForm empty(@Nullable String assetNumber) {
        return new SystemForm(assetNumber == null ? "" : assetNumber, "", null, false, "", "", "", "", "", "");
    }

    static SystemForm of(SystemViews.Details d) {
        RegisteredSystem s = d.system();
        return new SystemForm(
                s.assetNumber(),
                s.purpose(),
                s.zone(),
                s.cloudService(),
                s.contractor(),
                s.rtoHours() == null ? "" : s.rtoHours().toString(),
                s.backup(),
                d.administrators().stream()
                        .map(SystemViews.NamedPerson::staffNumber)
                        .collect(Collectors.joining(", ")),
                d.staff().stream().map(SystemViews.NamedPerson::staffNumber).collect(Collectors.joining(", ")),
                String.join(", ", s.heldAssets()));
    }

    /** The draft for the service (devices unchanged); a recovery time that is not a number is refused on its field. */
    SystemDraft draft() {
        Integer rto = null;
        String rtoText = text(rtoHours);
        if (!rtoText.isEmpty()) {
            try {
                rto = Integer.valueOf(Normalizer.normalize(rtoText, Normalizer.Form.NFKC));
            } catch (NumberFormatException e) {
                throw InvalidInputException.of("rtoHours", "system.error.rtoHours.number");
            }
        }
        return new SystemDraft(
                text(assetNumber),
                text(purpose),
                zone,
                Boolean.TRUE.equals(cloudService),
                text(contractor),
                rto,
                text(backup),
                list(administrators),
                list(staff),
                list(heldAssets),
                null);
    }

    static List<String> list(@Nullable String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(Normalizer.normalize(text, Normalizer.Form.NFKC).split("[,、\\s]+"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
