package jp.mamori.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jp.mamori.shared.InvalidInputException;

/**
 * What a person reports: what happened, when it was discovered and by whom, what it affects, the
 * kind of threat and the personal-data facts.
 *
 * @param discoveredBy who found it, as free text (a colleague, a resident, a contractor …)
 * @param affectedAssets the assets concerned, as free text until the asset register exists
 * @param reporterUnitId the reporter's unit: its 情報セキュリティ管理者 is told first
 */
public record IncidentDraft(
        String title,
        String description,
        Instant discoveredAt,
        String discoveredBy,
        List<String> affectedAssets,
        ThreatCategory threat,
        PersonalData personalData,
        long reporterUnitId) {

    public IncidentDraft {
        var problems = new ArrayList<InvalidInputException.Problem>();
        if (title.isBlank()) {
            problems.add(InvalidInputException.Problem.of("title", "incident.error.required"));
        }
        if (description.isBlank()) {
            problems.add(InvalidInputException.Problem.of("description", "incident.error.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(List.copyOf(problems));
        }
        title = title.strip();
        description = description.strip();
        discoveredBy = discoveredBy.strip();
        affectedAssets = affectedAssets.stream()
                .map(String::strip)
                .filter(asset -> !asset.isEmpty())
                .toList();
    }
}
