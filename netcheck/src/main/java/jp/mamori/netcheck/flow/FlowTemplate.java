package jp.mamori.netcheck.flow;

/**
 * A NetFlow v9 or IPFIX template, compiled: for each field, what it means to the audit ({@code
 * role}) and its length ({@link #VARIABLE} for IPFIX variable-length fields). Fields the audit does
 * not need, enterprise-specific fields and fields with an unexpected length are skipped by length.
 */
final class FlowTemplate {
    static final int VARIABLE = 65535;

    static final int SKIP = 0;
    static final int SRC4 = 1;
    static final int DST4 = 2;
    static final int SRC6 = 3;
    static final int DST6 = 4;
    static final int SRC_PORT = 5;
    static final int DST_PORT = 6;
    static final int PROTO = 7;
    static final int BYTES = 8;
    static final int PACKETS = 9;
    static final int NAT_SRC4 = 10;
    static final int NAT_DST4 = 11;
    static final int NAT_SRC6 = 12;
    static final int NAT_DST6 = 13;
    static final int NAT_DST_PORT = 14;
    static final int START_UPTIME = 15;
    static final int START_SECONDS = 16;
    static final int START_MILLIS = 17;
    static final int START_NTP = 18;
    static final int FW_EVENT = 19;
    static final int FORWARDING_STATUS = 20;

    final int id;
    final int[] roles;
    final int[] lengths;
    /** True for an options template: its data records describe the exporter, not flows. */
    final boolean options;
    /** Smallest possible record length (variable fields count one byte). */
    final int minLength;
    /** The record length when every field is fixed, else -1. */
    final int fixedLength;
    /** True when the template carries a source and a destination address. */
    final boolean hasAddresses;

    FlowTemplate(int id, int[] elementIds, int[] lengths, boolean[] enterprise, boolean options) {
        this.id = id;
        this.options = options;
        this.lengths = lengths;
        this.roles = new int[elementIds.length];
        int min = 0;
        boolean variable = false;
        boolean src = false;
        boolean dst = false;
        for (int i = 0; i < elementIds.length; i++) {
            int role = enterprise[i] ? SKIP : role(elementIds[i], lengths[i]);
            roles[i] = role;
            src |= role == SRC4 || role == SRC6;
            dst |= role == DST4 || role == DST6;
            if (lengths[i] == VARIABLE) {
                variable = true;
                min += 1;
            } else {
                min += lengths[i];
            }
        }
        this.minLength = min;
        this.fixedLength = variable ? -1 : min;
        this.hasAddresses = src && dst;
    }

    /** The role of an information element (IPFIX numbering, which NetFlow v9 shares for these). */
    private static int role(int element, int length) {
        boolean number = length >= 1 && length <= 8;
        return switch (element) {
            case 8 -> length == 4 ? SRC4 : SKIP;
            case 12 -> length == 4 ? DST4 : SKIP;
            case 27 -> length == 16 ? SRC6 : SKIP;
            case 28 -> length == 16 ? DST6 : SKIP;
            case 7 -> number ? SRC_PORT : SKIP;
            case 11 -> number ? DST_PORT : SKIP;
            case 4 -> number ? PROTO : SKIP;
            // octetDeltaCount / octetTotalCount, initiatorOctets / responderOctets (both directions)
            case 1, 85, 231, 232 -> number ? BYTES : SKIP;
            case 2, 86, 298, 299 -> number ? PACKETS : SKIP;
            case 225 -> length == 4 ? NAT_SRC4 : SKIP;
            case 226 -> length == 4 ? NAT_DST4 : SKIP;
            case 281 -> length == 16 ? NAT_SRC6 : SKIP;
            case 282 -> length == 16 ? NAT_DST6 : SKIP;
            case 228 -> number ? NAT_DST_PORT : SKIP;
            case 22 -> number ? START_UPTIME : SKIP;
            case 150 -> number ? START_SECONDS : SKIP;
            case 152 -> number ? START_MILLIS : SKIP;
            case 154, 156 -> length == 8 ? START_NTP : SKIP;
            case 233 -> number ? FW_EVENT : SKIP;
            case 89 -> number ? FORWARDING_STATUS : SKIP;
            default -> SKIP;
        };
    }
}
