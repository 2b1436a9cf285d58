/**
 * The shared kernel: the few types every business module speaks in — audit events, the role
 * catalogue, the signed-in user, the errors mapped once at the edge, and 和暦 dates.
 */
@NullMarked
package jp.mamori.shared;

import org.jspecify.annotations.NullMarked;
