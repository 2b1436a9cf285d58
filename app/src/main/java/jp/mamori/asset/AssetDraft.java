package jp.mamori.asset;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import jp.mamori.shared.InvalidInputException.Problem;
import org.jspecify.annotations.Nullable;

/**
 * What a form, the API or an Excel row says an asset should be. Levels, zone and restrictions are
 * named by their codes (see {@link ClassificationScheme}, {@link NetworkZones},
 * {@link HandlingRestrictions}); the owner unit by its id; the parent by its 管理番号 ("" for none).
 * The compact constructor normalises (text stripped, codes folded to half-width upper case,
 * restriction codes sorted without repeats); {@link #problems()} lists what is wrong with the
 * fields on their own — the service adds what only the database and the scheme can tell.
 */
public record AssetDraft(
        String name,
        @Nullable AssetKind kind,
        String description,
        @Nullable Long ownerUnitId,
        String custodian,
        String users,
        String location,
        @Nullable AssetForm form,
        String zoneCode,
        String confidentiality,
        String integrity,
        String availability,
        List<String> restrictionCodes,
        boolean personalInfo,
        boolean sensitivePersonalInfo,
        boolean specificPersonalInfo,
        @Nullable Integer recordCount,
        String retention,
        @Nullable LocalDate nextReview,
        String parentNumber,
        String note) {
    static final int NAME_MAX = 200;
    static final int TEXT_MAX = 2000;
    static final int CUSTODIAN_MAX = 100;
    static final int SHORT_MAX = 200;
    static final int RETENTION_MAX = 50;

    public AssetDraft {
        name = text(name);
        description = text(description);
        custodian = text(custodian);
        users = text(users);
        location = text(location);
        zoneCode = code(zoneCode);
        confidentiality = code(confidentiality);
        integrity = code(integrity);
        availability = code(availability);
        restrictionCodes = restrictionCodes == null
                ? List.of()
                : List.copyOf(new TreeSet<>(restrictionCodes.stream()
                        .map(AssetDraft::code)
                        .filter(c -> !c.isEmpty())
                        .toList()));
        retention = text(retention);
        parentNumber = code(parentNumber);
        note = text(note);
    }

    /** The draft of a stored asset: saving it unchanged changes nothing. */
    static AssetDraft of(Asset asset) {
        return new AssetDraft(
                asset.name(),
                asset.kind(),
                asset.description(),
                asset.ownerUnitId(),
                asset.custodian(),
                asset.users(),
                asset.location(),
                asset.form(),
                asset.zoneCode(),
                asset.confidentiality(),
                asset.integrity(),
                asset.availability(),
                asset.restrictionCodes(),
                asset.personalInfo(),
                asset.sensitivePersonalInfo(),
                asset.specificPersonalInfo(),
                asset.recordCount(),
                asset.retention(),
                asset.nextReview(),
                asset.parentNumber(),
                asset.note());
    }

    /** The problems of the fields on their own (required, lengths, ranges). */
    List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (name.isEmpty()) {
            problems.add(Problem.of("name", "asset.name.required"));
        } else if (name.length() > NAME_MAX) {
            problems.add(Problem.of("name", "asset.tooLong", NAME_MAX));
        }
        if (kind == null) {
            problems.add(Problem.of("kind", "asset.kind.required"));
        }
        if (ownerUnitId == null) {
            problems.add(Problem.of("ownerUnitId", "asset.ownerUnit.required"));
        }
        if (form == null) {
            problems.add(Problem.of("form", "asset.form.required"));
        }
        if (zoneCode.isEmpty()) {
            problems.add(Problem.of("zoneCode", "asset.zone.required"));
        }
        for (var field : List.of(
                new String[] {"confidentiality", confidentiality},
                new String[] {"integrity", integrity},
                new String[] {"availability", availability})) {
            if (field[1].isEmpty()) {
                problems.add(Problem.of(field[0], "asset.level.required"));
            }
        }
        tooLong(problems, "description", description, TEXT_MAX);
        tooLong(problems, "custodian", custodian, CUSTODIAN_MAX);
        tooLong(problems, "users", users, SHORT_MAX);
        tooLong(problems, "location", location, SHORT_MAX);
        tooLong(problems, "retention", retention, RETENTION_MAX);
        tooLong(problems, "note", note, TEXT_MAX);
        if (recordCount != null && recordCount < 0) {
            problems.add(Problem.of("recordCount", "asset.recordCount.negative"));
        }
        return problems;
    }

    /** True when the draft says the asset holds personal data of any kind. */
    boolean anyPersonalData() {
        return personalInfo || sensitivePersonalInfo || specificPersonalInfo;
    }

    private static void tooLong(List<Problem> problems, String field, String value, int max) {
        if (value.length() > max) {
            problems.add(Problem.of(field, "asset.tooLong", max));
        }
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    private static String code(@Nullable String value) {
        return value == null
                ? ""
                : Normalizer.normalize(value, Normalizer.Form.NFKC).strip().toUpperCase(java.util.Locale.ROOT);
    }
}
