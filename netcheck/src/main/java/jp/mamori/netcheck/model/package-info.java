/** The vendor-neutral model every importer writes and the analysis reads: addresses, services, rules. */
@NullMarked
package jp.mamori.netcheck.model;

import org.jspecify.annotations.NullMarked;
