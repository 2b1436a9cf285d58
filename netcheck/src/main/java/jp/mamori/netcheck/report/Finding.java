package jp.mamori.netcheck.report;

import org.jspecify.annotations.Nullable;

/**
 * One result of a rule analysis or flow audit, in the shape of the JSON report (docs/netcheck.md).
 *
 * @param kind what was found
 * @param severity critical, high, medium, low or info (from the zone policy cell, or the kind)
 * @param device device name, when known
 * @param filter filter, chain or table, when known
 * @param rule the vendor's own rule id, when known
 * @param file the source file of the rule or flow log
 * @param line 1-based line in that file (0 when unknown or binary input)
 * @param from source zone id
 * @param to destination zone id
 * @param cell the policy cell broken, as {@code from→to access} (e.g. {@code mynumber→* deny})
 * @param example one concrete packet the firewall passes and the cell forbids, or a sample flow
 * @param count number of flows (flow audit) or 1 (rule analysis)
 * @param message what is wrong, in the report's language
 * @param flow extra figures of a flow finding (bytes, first/last seen, samples), null for rules
 */
public record Finding(
        Kind kind,
        String severity,
        @Nullable String device,
        @Nullable String filter,
        @Nullable String rule,
        @Nullable String file,
        int line,
        @Nullable String from,
        @Nullable String to,
        @Nullable String cell,
        @Nullable Packet example,
        long count,
        String message,
        @Nullable FlowFacts flow) {

    /** The kinds of finding, with the JSON names the issue fixed. */
    public enum Kind {
        VIOLATION,
        EXPIRED_EXCEPTION,
        SHADOWED,
        REDUNDANT,
        CORRELATED,
        FLOW_VIOLATION,
        FLOW_ATTEMPT,
        /** A rule whose objects (VIP, external list, internet-service, unknown object …) were left out. */
        UNRESOLVED,
        /** Interfaces or vendor zones a device's rules name that the zone file does not map. */
        UNMAPPED_INTERFACE;

        /** True for the kinds counted as violations in the summary. */
        public boolean isViolation() {
            return this == VIOLATION || this == FLOW_VIOLATION || this == EXPIRED_EXCEPTION;
        }

        /**
         * True for the kinds that make the command exit 1: the violations, and {@code UNRESOLVED},
         * whose rule may open a path netcheck could not check.
         */
        public boolean failsCheck() {
            return isViolation() || this == UNRESOLVED;
        }
    }

    /**
     * A concrete packet: source and destination address as text, protocol name (tcp, udp, icmp …)
     * and destination port (0 when the protocol has none).
     */
    public record Packet(String src, String dst, String proto, int dstPort) {}

    /** Flow figures: bytes, first and last seen (ISO 8601, or null when the log has no time), samples. */
    public record FlowFacts(
            long bytes,
            @Nullable String firstSeen,
            @Nullable String lastSeen,
            java.util.List<Packet> samples) {}
}
