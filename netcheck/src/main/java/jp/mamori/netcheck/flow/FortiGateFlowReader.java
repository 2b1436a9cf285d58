package jp.mamori.netcheck.flow;

/**
 * FortiGate traffic logs: one {@code key=value} line per session, values optionally quoted. A
 * syslog prefix before the first pair is skipped. Read: {@code srcip}, {@code dstip}, {@code
 * tranip}/{@code tranport} (destination NAT, audited), {@code transip} (source NAT, evidence),
 * {@code proto}, {@code srcport}, {@code dstport}, {@code sentbyte}+{@code rcvdbyte}, {@code
 * sentpkt}+{@code rcvdpkt}, {@code action}, {@code policyid}, {@code devname} (else {@code devid}),
 * {@code eventtime} (else {@code date}+{@code time} in {@code tz}, else the audit zone).
 *
 * <p>{@code action=deny} (and block/drop) is an attempt the firewall stopped; {@code start} opens a
 * session whose end line carries the same flow, so it is understood but not audited; every other
 * value (accept, close, timeout, server-rst …) is traffic that passed.
 */
final class FortiGateFlowReader extends TextFlowReader {
    private static final int K_TYPE = 0;
    private static final int K_DATE = 1;
    private static final int K_TIME = 2;
    private static final int K_TZ = 3;
    private static final int K_EVENTTIME = 4;
    private static final int K_SRCIP = 5;
    private static final int K_DSTIP = 6;
    private static final int K_TRANSIP = 7;
    private static final int K_TRANIP = 8;
    private static final int K_TRANPORT = 9;
    private static final int K_PROTO = 10;
    private static final int K_SRCPORT = 11;
    private static final int K_DSTPORT = 12;
    private static final int K_SENTBYTE = 13;
    private static final int K_RCVDBYTE = 14;
    private static final int K_SENTPKT = 15;
    private static final int K_RCVDPKT = 16;
    private static final int K_ACTION = 17;
    private static final int K_POLICYID = 18;
    private static final int K_DEVNAME = 19;
    private static final int K_DEVID = 20;
    private static final int KEYS = 21;

    private static final byte[][] NAMES = {
        ByteText.ascii("type"), ByteText.ascii("date"), ByteText.ascii("time"), ByteText.ascii("tz"),
        ByteText.ascii("eventtime"), ByteText.ascii("srcip"), ByteText.ascii("dstip"), ByteText.ascii("transip"),
        ByteText.ascii("tranip"), ByteText.ascii("tranport"), ByteText.ascii("proto"), ByteText.ascii("srcport"),
        ByteText.ascii("dstport"), ByteText.ascii("sentbyte"), ByteText.ascii("rcvdbyte"), ByteText.ascii("sentpkt"),
        ByteText.ascii("rcvdpkt"), ByteText.ascii("action"), ByteText.ascii("policyid"), ByteText.ascii("devname"),
        ByteText.ascii("devid")
    };
    private static final byte[] TRAFFIC = ByteText.ascii("traffic");
    private static final byte[] DENY = ByteText.ascii("deny");
    private static final byte[] BLOCK = ByteText.ascii("block");
    private static final byte[] BLOCKED = ByteText.ascii("blocked");
    private static final byte[] DROP = ByteText.ascii("drop");
    private static final byte[] START = ByteText.ascii("start");

    private final Timestamps time;
    private final NameCache names = new NameCache();
    private final long[] addr = new long[2];
    private final int[] vs = new int[KEYS];
    private final int[] ve = new int[KEYS];

    FortiGateFlowReader(Timestamps time) {
        super("fortigate");
        this.time = time;
    }

    @Override
    int parse(byte[] b, int s, int e, FlowRecord r) {
        java.util.Arrays.fill(vs, -1);
        int pairs = 0;
        int i = s;
        while (i < e) {
            while (i < e && b[i] == ' ') {
                i++;
            }
            int ks = i;
            while (i < e && b[i] != '=' && b[i] != ' ') {
                i++;
            }
            if (i >= e || b[i] == ' ') {
                continue; // a word that is not a pair: syslog prefix
            }
            int ke = i;
            i++;
            int valueStart;
            int valueEnd;
            if (i < e && b[i] == '"') {
                valueStart = ++i;
                while (i < e && b[i] != '"') {
                    i += b[i] == '\\' ? 2 : 1;
                }
                valueEnd = Math.min(i, e);
                i++;
            } else {
                valueStart = i;
                while (i < e && b[i] != ' ') {
                    i++;
                }
                valueEnd = i;
            }
            pairs++;
            // a syslog priority glued to the first key: "<189>date=…"
            if (b[ks] == '<') {
                int gt = ByteText.indexOf(b, ks, ke, (byte) '>');
                if (gt > 0) {
                    ks = gt + 1;
                }
            }
            int k = key(b, ks, ke);
            if (k >= 0) {
                vs[k] = valueStart;
                ve[k] = valueEnd;
            }
        }
        if (pairs == 0) {
            problem = "key=value の組がありません";
            return BAD;
        }
        if (vs[K_TYPE] >= 0 && !ByteText.is(b, vs[K_TYPE], ve[K_TYPE], TRAFFIC)) {
            problem = "トラフィックログではありません（type=" + ByteText.string(b, vs[K_TYPE], ve[K_TYPE]) + "）";
            return BAD;
        }
        if (vs[K_SRCIP] < 0 || !ByteText.address(b, vs[K_SRCIP], ve[K_SRCIP], addr)) {
            problem = "srcip がないか不正です";
            return BAD;
        }
        r.srcHi = addr[0];
        r.srcLo = addr[1];
        if (vs[K_DSTIP] < 0 || !ByteText.address(b, vs[K_DSTIP], ve[K_DSTIP], addr)) {
            problem = "dstip がないか不正です";
            return BAD;
        }
        r.dstHi = addr[0];
        r.dstLo = addr[1];
        if (vs[K_PROTO] < 0) {
            problem = "proto がありません";
            return BAD;
        }
        r.proto = ByteText.protocol(b, vs[K_PROTO], ve[K_PROTO]);
        if (r.proto < 0) {
            problem = "proto が不正です";
            return BAD;
        }
        if (vs[K_SRCPORT] >= 0) {
            r.srcPort = Math.max(0, ByteText.port(b, vs[K_SRCPORT], ve[K_SRCPORT]));
        }
        if (vs[K_DSTPORT] >= 0) {
            r.dstPort = ByteText.port(b, vs[K_DSTPORT], ve[K_DSTPORT]);
            if (r.dstPort < 0) {
                problem = "dstport が不正です";
                return BAD;
            }
        }
        if (vs[K_TRANSIP] >= 0 && ByteText.address(b, vs[K_TRANSIP], ve[K_TRANSIP], addr) && !unspecified()) {
            r.natSrcHi = addr[0];
            r.natSrcLo = addr[1];
            r.hasNatSrc = true;
        }
        if (vs[K_TRANIP] >= 0 && ByteText.address(b, vs[K_TRANIP], ve[K_TRANIP], addr) && !unspecified()) {
            r.natDstHi = addr[0];
            r.natDstLo = addr[1];
            r.hasNatDst = true;
            if (vs[K_TRANPORT] >= 0) {
                int p = ByteText.port(b, vs[K_TRANPORT], ve[K_TRANPORT]);
                if (p > 0) {
                    r.dstPort = p; // the service reached is the one behind the translation
                }
            }
        }
        r.bytes = sum(b, K_SENTBYTE, K_RCVDBYTE);
        r.packets = sum(b, K_SENTPKT, K_RCVDPKT);
        r.startMillis = startTime(b);
        if (vs[K_POLICYID] >= 0 && ve[K_POLICYID] > vs[K_POLICYID]) {
            r.rule = names.get(b, vs[K_POLICYID], ve[K_POLICYID]);
        }
        int dev = vs[K_DEVNAME] >= 0 ? K_DEVNAME : K_DEVID;
        if (vs[dev] >= 0 && ve[dev] > vs[dev]) {
            r.device = names.get(b, vs[dev], ve[dev]);
        }
        if (vs[K_ACTION] >= 0) {
            int as = vs[K_ACTION];
            int ae = ve[K_ACTION];
            if (ByteText.is(b, as, ae, START)) {
                return NOT_AUDITED;
            }
            boolean blocked = ByteText.is(b, as, ae, DENY)
                    || ByteText.is(b, as, ae, BLOCK)
                    || ByteText.is(b, as, ae, BLOCKED)
                    || ByteText.is(b, as, ae, DROP);
            r.action = blocked ? FlowAction.BLOCKED : FlowAction.PERMITTED;
        }
        return FLOW;
    }

    /** 0.0.0.0 or :: in a NAT field means "no translation". */
    private boolean unspecified() {
        return (addr[0] == 0 && addr[1] == IpBits.V4_MARK) || (addr[0] == 0 && addr[1] == 0);
    }

    private long sum(byte[] b, int k1, int k2) {
        long total = 0;
        if (vs[k1] >= 0) {
            total += Math.max(0, ByteText.number(b, vs[k1], ve[k1]));
        }
        if (vs[k2] >= 0) {
            total += Math.max(0, ByteText.number(b, vs[k2], ve[k2]));
        }
        return total;
    }

    private long startTime(byte[] b) {
        if (vs[K_EVENTTIME] >= 0) {
            long v = ByteText.number(b, vs[K_EVENTTIME], ve[K_EVENTTIME]);
            if (v != ByteText.NOT_A_NUMBER) {
                return Timestamps.epochAnyUnit(v);
            }
        }
        if (vs[K_DATE] < 0 || vs[K_TIME] < 0) {
            return Timestamps.NONE;
        }
        long day = Timestamps.date(b, vs[K_DATE], ve[K_DATE]);
        int tod = Timestamps.timeOfDay(b, vs[K_TIME], ve[K_TIME]);
        if (day == Timestamps.NONE || tod < 0) {
            return Timestamps.NONE;
        }
        long local = day * 86400 + tod;
        if (vs[K_TZ] >= 0) {
            int off = Timestamps.offset(b, vs[K_TZ], ve[K_TZ]);
            if (off != Integer.MIN_VALUE) {
                return (local - off) * 1000;
            }
        }
        return time.localToEpochMillis(local, 0);
    }

    /** The index of a key we read, or -1; dispatch on length and first letter before comparing. */
    private static int key(byte[] b, int s, int e) {
        int len = e - s;
        if (len < 2 || len > 9) {
            return -1;
        }
        int first;
        int last;
        switch (b[s]) {
            case 's' -> {
                first = K_SRCIP;
                last = K_SENTPKT;
            }
            case 'd' -> {
                first = K_DATE;
                last = K_DEVID;
            }
            case 't' -> {
                first = K_TYPE;
                last = K_TRANPORT;
            }
            case 'r' -> {
                first = K_RCVDBYTE;
                last = K_RCVDPKT;
            }
            case 'p' -> {
                first = K_PROTO;
                last = K_POLICYID;
            }
            case 'a' -> {
                first = K_ACTION;
                last = K_ACTION;
            }
            case 'e' -> {
                first = K_EVENTTIME;
                last = K_EVENTTIME;
            }
            default -> {
                return -1;
            }
        }
        for (int k = first; k <= last; k++) {
            if (NAMES[k][0] == b[s] && ByteText.is(b, s, e, NAMES[k])) {
                return k;
            }
        }
        return -1;
    }
}
