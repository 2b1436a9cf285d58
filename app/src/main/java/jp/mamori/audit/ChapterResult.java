package jp.mamori.audit;

import java.util.EnumMap;
import java.util.Map;
import jp.mamori.control.ImplementationStatus;

/** The answers of a campaign for one chapter of the catalogue, counted by result. */
public record ChapterResult(String chapter, Map<ImplementationStatus, Integer> counts, int unanswered) {
    public ChapterResult {
        counts = Map.copyOf(counts);
    }

    public int count(ImplementationStatus status) {
        return counts.getOrDefault(status, 0);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum() + unanswered;
    }

    static ChapterResult empty(String chapter) {
        return new ChapterResult(chapter, new EnumMap<>(ImplementationStatus.class), 0);
    }
}
