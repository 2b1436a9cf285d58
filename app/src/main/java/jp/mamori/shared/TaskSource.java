package jp.mamori.shared;

import java.time.LocalDate;
import java.util.List;

/**
 * What one module has waiting for a person: approvals to give, things to confirm or complete,
 * deadlines to meet. Each module that has such things writes one small bean implementing this; the
 * {@code home} module collects every bean into the person's work list (the home page,
 * {@code GET /api/v1/me/tasks} and the daily digest mail). See docs/home.md.
 *
 * <p>An implementation answers with a few grouped queries for the person, never one query per
 * record it returns: the home page calls every source on each visit.
 */
public interface TaskSource {
    /**
     * The tasks waiting for the person on the day, in any order (the home module sorts them).
     *
     * @param holder the person and the roles they hold on the day
     * @param today the body's today, read from the application clock by the caller
     */
    List<Task> tasksFor(TaskHolder holder, LocalDate today);
}
