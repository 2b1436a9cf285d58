package jp.mamori.shared;

import org.jspecify.annotations.Nullable;

/**
 * One number of the office's picture, as a {@link FigureSource} reports it.
 *
 * @param key a stable dotted name of what is counted, such as {@code audit.action.overdue}; the
 *     reporting module's messages name it ({@code picture.key.<key>})
 * @param axis what the figure is broken down by
 * @param group the unit's id (as text) for {@link Axis#UNIT}, the chapter number for
 *     {@link Axis#CHAPTER}, the month ({@code 2026-04}) for {@link Axis#MONTH}, {@code body} for
 *     {@link Axis#BODY}
 * @param count how many
 * @param outOf the whole the count is part of (a rate), or null for a plain count
 * @param link the list of the records behind the number, or an empty string
 */
public record Figure(
        String key,
        Axis axis,
        String group,
        long count,
        @Nullable Long outOf,
        String link) {
    public Figure {
        if (!link.isEmpty() && (!link.startsWith("/") || link.startsWith("//"))) {
            throw new IllegalArgumentException("a figure links inside mamori: " + link);
        }
        if (outOf != null && (outOf < count || outOf < 0)) {
            throw new IllegalArgumentException("a part cannot exceed its whole: " + count + "/" + outOf);
        }
    }

    /** What a figure is broken down by. */
    public enum Axis {
        /** Per organisational unit. */
        UNIT,
        /** Per chapter of the 対策基準 (the control catalogue). */
        CHAPTER,
        /** Per calendar month of the current 年度. */
        MONTH,
        /** The whole body, one row (group {@code body}): what belongs to no unit, such as network devices. */
        BODY
    }
}
