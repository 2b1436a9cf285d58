/** The home page with the person's work list, their digest choice, and {@code GET /api/v1/me/tasks}. */
@NullMarked
package jp.mamori.home.web;

import org.jspecify.annotations.NullMarked;
