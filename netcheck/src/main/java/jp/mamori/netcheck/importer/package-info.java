/**
 * Reads firewall configurations of several vendors into the neutral rule model, reporting every
 * line it cannot use instead of dropping it.
 */
@NullMarked
package jp.mamori.netcheck.importer;

import org.jspecify.annotations.NullMarked;
