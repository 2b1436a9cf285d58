/**
 * Flow audit: streams flow logs (CSV, FortiGate, Palo Alto, NetFlow v5/v9, IPFIX, Zeek) record by
 * record and reports every observed flow that breaks the zone model, grouped into findings whose
 * number, not the number of records, bounds the memory used.
 */
@NullMarked
package jp.mamori.netcheck.flow;

import org.jspecify.annotations.NullMarked;
