/**
 * My work (やること): everything waiting for a person, collected from every module's
 * {@link jp.mamori.shared.TaskSource}, ranked by urgency, shown on the home page, answered by
 * {@code GET /api/v1/me/tasks} and mailed as a daily digest through the notification module's
 * outbox (each person may opt out). See docs/home.md.
 */
@NullMarked
package jp.mamori.home;

import org.jspecify.annotations.NullMarked;
