package jp.mamori.training;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A recorded completion: who completed which course, when, how ({@code TEST}, {@code ATTENDANCE}, {@code DRILL}). */
public record CompletionRecord(
        long courseId,
        String courseTitle,
        int fiscalYear,
        long personId,
        String staffNumber,
        String name,
        long unitId,
        LocalDate completedOn,
        String source,
        @Nullable Integer score) {}
