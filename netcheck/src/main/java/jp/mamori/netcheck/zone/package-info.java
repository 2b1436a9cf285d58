/**
 * The body's zone model: which addresses belong to which network zone, what each pair of zones may
 * exchange, the sanitizing relays and the justified exceptions; read from the zone file (YAML).
 */
@NullMarked
package jp.mamori.netcheck.zone;

import org.jspecify.annotations.NullMarked;
