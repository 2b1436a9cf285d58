package jp.mamori.asset;

import java.time.OffsetDateTime;

/** One line of an asset's history: who changed which field when, from what to what. */
public record HistoryEntry(OffsetDateTime at, String actor, String action, String field, String before, String after) {}
