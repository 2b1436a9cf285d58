package jp.mamori.asset.web;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.mamori.asset.Asset;
import jp.mamori.asset.AssetDraft;
import jp.mamori.asset.AssetForm;
import jp.mamori.asset.AssetKind;
import jp.mamori.asset.ClassificationScheme;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.InvalidInputException.Problem;
import org.jspecify.annotations.Nullable;

/**
 * The asset form. The record count and the review date are typed as text so that a wrong value gets
 * a message on its field rather than a conversion error.
 */
record AssetEditForm(
        @Nullable String name,
        @Nullable AssetKind kind,
        @Nullable String description,
        @Nullable Long ownerUnitId,
        @Nullable String custodian,
        @Nullable String users,
        @Nullable String location,
        @Nullable AssetForm form,
        @Nullable String zoneCode,
        @Nullable String confidentiality,
        @Nullable String integrity,
        @Nullable String availability,
        @Nullable List<String> restrictionCodes,
        @Nullable Boolean personalInfo,
        @Nullable Boolean sensitivePersonalInfo,
        @Nullable Boolean specificPersonalInfo,
        @Nullable String recordCount,
        @Nullable String retention,
        @Nullable String nextReview,
        @Nullable String parentNumber,
        @Nullable String note) {
    private static final Pattern SLASHED = Pattern.compile("(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})");

    static AssetEditForm empty(@Nullable Long unitId, ClassificationScheme scheme) {
        // kind, form, zone and levels start unchosen: each is a choice a person must make, and a
        // default here would pass for one (and under-classify whatever is left untouched)
        return new AssetEditForm(
                "", null, "", unitId, "", "", "", null, "", "", "", "", List.of(), false, false, false, "", "", "", "",
                "");
    }

    static AssetEditForm of(Asset a) {
        return new AssetEditForm(
                a.name(),
                a.kind(),
                a.description(),
                a.ownerUnitId(),
                a.custodian(),
                a.users(),
                a.location(),
                a.form(),
                a.zoneCode(),
                a.confidentiality(),
                a.integrity(),
                a.availability(),
                a.restrictionCodes(),
                a.personalInfo(),
                a.sensitivePersonalInfo(),
                a.specificPersonalInfo(),
                a.recordCount() == null ? "" : a.recordCount().toString(),
                a.retention(),
                a.nextReview() == null ? "" : a.nextReview().toString(),
                a.parentNumber(),
                a.note());
    }

    /** The draft, or {@link InvalidInputException} naming the count or date field that cannot be read. */
    AssetDraft draft() {
        List<Problem> problems = new ArrayList<>();
        Integer count = null;
        if (recordCount != null && !recordCount.isBlank()) {
            try {
                count = Integer.valueOf(Normalizer.normalize(recordCount, Normalizer.Form.NFKC)
                        .replace(",", "")
                        .strip());
            } catch (NumberFormatException e) {
                problems.add(Problem.of("recordCount", "asset.recordCount.format"));
            }
        }
        LocalDate review = null;
        if (nextReview != null && !nextReview.isBlank()) {
            review = date(nextReview);
            if (review == null) {
                problems.add(Problem.of("nextReview", "asset.nextReview.format"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new AssetDraft(
                name,
                kind,
                description,
                ownerUnitId,
                custodian,
                users,
                location,
                form,
                zoneCode,
                confidentiality,
                integrity,
                availability,
                restrictionCodes,
                Boolean.TRUE.equals(personalInfo),
                Boolean.TRUE.equals(sensitivePersonalInfo),
                Boolean.TRUE.equals(specificPersonalInfo),
                count,
                retention,
                review,
                parentNumber,
                note);
    }

    /** A date typed as 2025-04-01 (what a date input sends) or 2025/4/1. */
    static @Nullable LocalDate date(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        try {
            Matcher m = SLASHED.matcher(s);
            if (m.matches()) {
                return LocalDate.of(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            return LocalDate.parse(s);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
