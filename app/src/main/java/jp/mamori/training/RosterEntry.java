package jp.mamori.training;

import org.jspecify.annotations.Nullable;

/** One person on a session's roster; {@code attended} is null until attendance is taken. */
public record RosterEntry(
        long personId,
        String staffNumber,
        String name,
        String unitName,
        @Nullable Boolean attended) {}
