package jp.mamori.incident.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.mamori.incident.Incident;
import jp.mamori.incident.PersonalData;
import jp.mamori.incident.ReportRequest;
import jp.mamori.incident.ThreatCategory;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.InvalidInputException.Problem;
import org.jspecify.annotations.Nullable;

/**
 * The report form: every fact of a report as typed. The time of discovery is a local date and time
 * in Japan ({@code 2026-11-26T09:30}); affected assets are one per line; unticked boxes arrive as
 * null and mean "no".
 */
record IncidentForm(
        @Nullable String title,
        @Nullable String description,
        @Nullable String discoveredAt,
        @Nullable String discoveredBy,
        @Nullable String affectedAssets,
        @Nullable ThreatCategory threat,
        @Nullable Boolean personalInformation,
        @Nullable Boolean sensitive,
        @Nullable Boolean myNumber,
        @Nullable Integer approximatePeople,
        @Nullable Boolean improperPurposeSuspected,
        @Nullable Boolean exposedOnWeb,
        @Nullable Boolean possibleFinancialHarm,
        @Nullable Boolean stronglyEncrypted,
        @Nullable Boolean myNumberSystemsInvolved,
        @Nullable Boolean ordinanceSensitive,
        @Nullable Long unitId,
        @Nullable String note) {

    static final int TITLE_MAX = 200;

    static IncidentForm empty(LocalDateTime now) {
        return new IncidentForm(
                "",
                "",
                now.withSecond(0).withNano(0).toString(),
                "",
                "",
                null,
                false,
                false,
                false,
                0,
                false,
                false,
                false,
                false,
                false,
                false,
                null,
                "");
    }

    /** The request for the service, or every problem of the form at once. */
    ReportRequest request() {
        List<Problem> problems = new ArrayList<>();
        if (blank(title)) {
            problems.add(Problem.of("title", "incident.error.required"));
        } else if (title.strip().length() > TITLE_MAX) {
            problems.add(Problem.of("title", "incident.error.tooLong", TITLE_MAX));
        }
        if (blank(description)) {
            problems.add(Problem.of("description", "incident.error.required"));
        }
        Instant discovered = null;
        if (blank(discoveredAt)) {
            problems.add(Problem.of("discoveredAt", "incident.error.required"));
        } else {
            try {
                discovered = LocalDateTime.parse(discoveredAt.strip())
                        .atZone(Incident.JAPAN)
                        .toInstant();
            } catch (DateTimeParseException e) {
                problems.add(Problem.of("discoveredAt", "incident.error.dateTime"));
            }
        }
        if (threat == null) {
            problems.add(Problem.of("threat", "incident.error.required"));
        }
        if (approximatePeople != null && approximatePeople < 0) {
            problems.add(Problem.of("approximatePeople", "incident.error.personalData.peopleNotNegative"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ReportRequest(
                title,
                description,
                discovered,
                discoveredBy == null ? "" : discoveredBy,
                affectedAssets == null ? List.of() : Arrays.asList(affectedAssets.split("\\R")),
                threat,
                facts(),
                unitId,
                note == null ? "" : note);
    }

    PersonalData facts() {
        return new PersonalData(
                yes(personalInformation),
                yes(sensitive),
                yes(myNumber),
                approximatePeople == null ? 0 : Math.max(0, approximatePeople),
                yes(improperPurposeSuspected),
                yes(exposedOnWeb),
                yes(possibleFinancialHarm),
                yes(stronglyEncrypted),
                yes(myNumberSystemsInvolved),
                yes(ordinanceSensitive));
    }

    private static boolean yes(@Nullable Boolean box) {
        return Boolean.TRUE.equals(box);
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
