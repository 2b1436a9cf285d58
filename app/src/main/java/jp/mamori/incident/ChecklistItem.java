package jp.mamori.incident;

import org.jspecify.annotations.Nullable;

/**
 * One line of an incident's checklist: a step of the plan in force with its tick, if done; or a
 * ticked step the plan no longer has ({@code phase} null).
 */
record ChecklistItem(
        String key,
        @Nullable IncidentStep phase,
        String title,
        String description,
        @Nullable ChecklistTick tick) {
    public boolean done() {
        return tick != null;
    }
}
