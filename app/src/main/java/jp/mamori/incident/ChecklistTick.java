package jp.mamori.incident;

import java.time.Instant;

/**
 * A step of the emergency response plan ticked on an incident. The title is kept as it read when
 * ticked, so a later change of the plan does not rewrite the incident's history.
 */
public record ChecklistTick(String key, String title, String by, Instant at) {}
