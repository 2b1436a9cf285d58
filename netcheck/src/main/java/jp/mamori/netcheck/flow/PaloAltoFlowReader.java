package jp.mamori.netcheck.flow;

/**
 * Palo Alto Networks traffic logs in the syslog CSV layout (log forwarding, or a file written by a
 * syslog server; a syslog header before the first comma is ignored). Fields are read by position,
 * counted from 0 with the leading FUTURE_USE field; positions 0–46 are the same in PAN-OS 8.0
 * through 11.x (later releases only append fields), so one layout serves them all:
 *
 * <pre>
 *  2 serial number       3 type (TRAFFIC)   4 subtype (start/end/drop/deny)   6 generated time
 *  7 source address      8 destination      9 NAT source IP                   10 NAT destination IP
 * 11 rule name          24 source port     25 destination port               27 NAT destination port
 * 29 protocol           30 action          31 bytes                          34 packets
 * 35 start time         52 device name (8.0 and later; else the serial number)
 * </pre>
 *
 * A line needs at least 36 fields. Subtype {@code start} is understood but not audited (the {@code
 * end} line of the session carries the same flow). Action {@code allow} is traffic that passed;
 * deny, drop, drop-icmp, reset-client/server/both and subtypes drop/deny are blocked attempts.
 * Times are device-local ({@code YYYY/MM/DD hh:mm:ss}) and read in the audit zone.
 */
final class PaloAltoFlowReader extends TextFlowReader {
    static final int MIN_FIELDS = 36;
    private static final int SERIAL = 2;
    private static final int TYPE = 3;
    private static final int SUBTYPE = 4;
    private static final int GENERATED = 6;
    private static final int SRC = 7;
    private static final int DST = 8;
    private static final int NAT_SRC = 9;
    private static final int NAT_DST = 10;
    private static final int RULE = 11;
    private static final int SRC_PORT = 24;
    private static final int DST_PORT = 25;
    private static final int NAT_DST_PORT = 27;
    private static final int PROTO = 29;
    private static final int ACTION = 30;
    private static final int BYTES = 31;
    private static final int PACKETS = 34;
    private static final int START = 35;
    private static final int DEVICE = 52;

    private static final byte[] TRAFFIC = ByteText.ascii("traffic");
    private static final byte[] TYPE_HEADER = ByteText.ascii("type");
    private static final byte[] START_WORD = ByteText.ascii("start");
    private static final byte[] DROP = ByteText.ascii("drop");
    private static final byte[] DENY = ByteText.ascii("deny");
    private static final byte[] ALLOW = ByteText.ascii("allow");

    private final Timestamps time;
    private final FieldSplitter fields = new FieldSplitter();
    private final NameCache names = new NameCache();
    private final long[] addr = new long[2];

    PaloAltoFlowReader(Timestamps time) {
        super("paloalto");
        this.time = time;
    }

    @Override
    int parse(byte[] b, int s, int e, FlowRecord r) {
        int n = fields.split(b, s, e, (byte) ',', true);
        int[] fs = fields.starts;
        int[] fe = fields.ends;
        if (n > TYPE && ByteText.isIgnoreCase(b, fs[TYPE], fe[TYPE], TYPE_HEADER)) {
            return NOT_A_RECORD; // a header line naming the columns
        }
        if (n < MIN_FIELDS) {
            problem = "フィールドが " + MIN_FIELDS + " 個未満です（" + n + " 個）";
            return BAD;
        }
        if (!ByteText.isIgnoreCase(b, fs[TYPE], fe[TYPE], TRAFFIC)) {
            problem =
                    "TRAFFIC ログではありません（type=" + ByteText.excerpt(b, fs[TYPE], Math.min(fe[TYPE], fs[TYPE] + 20)) + "）";
            return BAD;
        }
        if (!ByteText.address(b, fs[SRC], fe[SRC], addr)) {
            problem = "送信元アドレスが不正です";
            return BAD;
        }
        r.srcHi = addr[0];
        r.srcLo = addr[1];
        if (!ByteText.address(b, fs[DST], fe[DST], addr)) {
            problem = "宛先アドレスが不正です";
            return BAD;
        }
        r.dstHi = addr[0];
        r.dstLo = addr[1];
        r.proto = ByteText.protocol(b, fs[PROTO], fe[PROTO]);
        if (r.proto < 0) {
            problem = "プロトコルが不正です";
            return BAD;
        }
        r.srcPort = Math.max(0, ByteText.port(b, fs[SRC_PORT], fe[SRC_PORT]));
        r.dstPort = ByteText.port(b, fs[DST_PORT], fe[DST_PORT]);
        if (r.dstPort < 0) {
            problem = "宛先ポートが不正です";
            return BAD;
        }
        if (translated(b, fs[NAT_SRC], fe[NAT_SRC])) {
            r.natSrcHi = addr[0];
            r.natSrcLo = addr[1];
            r.hasNatSrc = true;
        }
        if (translated(b, fs[NAT_DST], fe[NAT_DST])) {
            r.natDstHi = addr[0];
            r.natDstLo = addr[1];
            r.hasNatDst = true;
            int p = ByteText.port(b, fs[NAT_DST_PORT], fe[NAT_DST_PORT]);
            if (p > 0) {
                r.dstPort = p; // the service reached is the one behind the translation
            }
        }
        r.bytes = Math.max(0, ByteText.number(b, fs[BYTES], fe[BYTES]));
        r.packets = Math.max(0, ByteText.number(b, fs[PACKETS], fe[PACKETS]));
        r.startMillis = localTime(b, fs[START], fe[START]);
        if (r.startMillis == Timestamps.NONE) {
            r.startMillis = localTime(b, fs[GENERATED], fe[GENERATED]);
        }
        if (fe[RULE] > fs[RULE]) {
            r.rule = names.get(b, fs[RULE], fe[RULE]);
        }
        int dev = n > DEVICE && fe[DEVICE] > fs[DEVICE] ? DEVICE : SERIAL;
        if (fe[dev] > fs[dev]) {
            r.device = names.get(b, fs[dev], fe[dev]);
        }
        int subS = fs[SUBTYPE];
        int subE = fe[SUBTYPE];
        if (ByteText.isIgnoreCase(b, subS, subE, START_WORD)) {
            return NOT_AUDITED;
        }
        boolean blocked = ByteText.isIgnoreCase(b, subS, subE, DROP)
                || ByteText.isIgnoreCase(b, subS, subE, DENY)
                || (fe[ACTION] > fs[ACTION] && !ByteText.isIgnoreCase(b, fs[ACTION], fe[ACTION], ALLOW));
        r.action = blocked ? FlowAction.BLOCKED : FlowAction.PERMITTED;
        return FLOW;
    }

    /** A NAT field holds an address other than 0.0.0.0 (PAN-OS writes 0.0.0.0 when there is no NAT). */
    private boolean translated(byte[] b, int s, int e) {
        return e > s
                && ByteText.address(b, s, e, addr)
                && !(addr[0] == 0 && (addr[1] == IpBits.V4_MARK || addr[1] == 0));
    }

    private long localTime(byte[] b, int s, int e) {
        if (e - s != 19 || b[s + 10] != ' ') {
            return Timestamps.NONE;
        }
        long day = Timestamps.date(b, s, s + 10);
        int tod = Timestamps.timeOfDay(b, s + 11, e);
        if (day == Timestamps.NONE || tod < 0) {
            return Timestamps.NONE;
        }
        return time.localToEpochMillis(day * 86400 + tod, 0);
    }
}
