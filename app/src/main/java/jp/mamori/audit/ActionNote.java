package jp.mamori.audit;

import java.time.OffsetDateTime;

/** A progress note on a corrective action. */
public record ActionNote(long id, long actionId, String writtenBy, OffsetDateTime writtenAt, String text) {}
