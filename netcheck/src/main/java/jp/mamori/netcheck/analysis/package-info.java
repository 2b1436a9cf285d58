/**
 * Exact first-match analysis of firewall rule sets against the zone model: violations with a
 * verified example packet, shadowed, redundant and correlated rules.
 */
@NullMarked
package jp.mamori.netcheck.analysis;

import org.jspecify.annotations.NullMarked;
