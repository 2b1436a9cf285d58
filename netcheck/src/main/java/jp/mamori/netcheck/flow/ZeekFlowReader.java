package jp.mamori.netcheck.flow;

import java.util.Arrays;

/**
 * Zeek conn.log, in either of Zeek's two writers, told apart by the first line: the TSV writer
 * ({@code #separator}, {@code #path conn}, {@code #fields …} header lines, then one tab-separated
 * line per connection; {@code -} unset) or JSON lines (one flat object per line, the same field
 * names). Read: {@code ts}, {@code id.orig_h}, {@code id.orig_p}, {@code id.resp_h}, {@code
 * id.resp_p}, {@code proto}, {@code orig_bytes}+{@code resp_bytes}, {@code orig_pkts}+{@code
 * resp_pkts} and {@code _node_name} (cluster node) as the device.
 *
 * <p>Zeek watches the wire, not the firewall: a connection it saw is audited as traffic that got
 * there, whatever its {@code conn_state} ({@code S0} or {@code REJ} still mean the packets crossed
 * to where Zeek listens), so the action stays unknown.
 */
final class ZeekFlowReader extends TextFlowReader {
    private static final String[] NAMES = {
        "ts",
        "id.orig_h",
        "id.orig_p",
        "id.resp_h",
        "id.resp_p",
        "proto",
        "orig_bytes",
        "resp_bytes",
        "orig_pkts",
        "resp_pkts",
        "_node_name"
    };
    private static final byte[][] KEYS = new byte[NAMES.length][];

    static {
        for (int i = 0; i < NAMES.length; i++) {
            KEYS[i] = ByteText.ascii(NAMES[i]);
        }
    }

    private static final int TS = 0;
    private static final int ORIG_H = 1;
    private static final int ORIG_P = 2;
    private static final int RESP_H = 3;
    private static final int RESP_P = 4;
    private static final int PROTO = 5;
    private static final int ORIG_BYTES = 6;
    private static final int RESP_BYTES = 7;
    private static final int ORIG_PKTS = 8;
    private static final int RESP_PKTS = 9;
    private static final int NODE = 10;

    private final Timestamps time;
    private final FieldSplitter fields = new FieldSplitter();
    private final NameCache names = new NameCache();
    private final long[] addr = new long[2];
    private final int[] column = new int[NAMES.length];
    private final int[] vs = new int[NAMES.length];
    private final int[] ve = new int[NAMES.length];
    private byte separator;
    private boolean haveFields;
    private String file = "";

    ZeekFlowReader(Timestamps time) {
        super("zeek");
        this.time = time;
    }

    @Override
    void begin(String fileName) {
        file = fileName;
        separator = '\t';
        haveFields = false;
        Arrays.fill(column, -1);
    }

    @Override
    int parse(byte[] b, int s, int e, FlowRecord r) {
        if (b[s] == '#') {
            header(b, s, e);
            return NOT_A_RECORD;
        }
        Arrays.fill(vs, -1);
        if (b[s] == '{') {
            if (!json(b, s, e)) {
                problem = "JSON のオブジェクトとして読めません";
                return BAD;
            }
        } else {
            if (!haveFields) {
                problem = "#fields の見出しより前のデータ行です";
                return BAD;
            }
            int n = fields.split(b, s, e, separator, false);
            for (int k = 0; k < NAMES.length; k++) {
                int c = column[k];
                if (c >= 0 && c < n && c < FieldSplitter.MAX) {
                    int fs = fields.starts[c];
                    int fe = fields.ends[c];
                    if (!(fe - fs == 1 && b[fs] == '-')) {
                        vs[k] = fs;
                        ve[k] = fe;
                    }
                }
            }
        }
        return record(b, r);
    }

    private int record(byte[] b, FlowRecord r) {
        if (vs[ORIG_H] < 0 || !ByteText.address(b, vs[ORIG_H], ve[ORIG_H], addr)) {
            problem = "id.orig_h がないか不正です";
            return BAD;
        }
        r.srcHi = addr[0];
        r.srcLo = addr[1];
        if (vs[RESP_H] < 0 || !ByteText.address(b, vs[RESP_H], ve[RESP_H], addr)) {
            problem = "id.resp_h がないか不正です";
            return BAD;
        }
        r.dstHi = addr[0];
        r.dstLo = addr[1];
        r.proto = vs[PROTO] < 0 ? -1 : ByteText.protocol(b, vs[PROTO], ve[PROTO]);
        if (r.proto < 0) {
            problem = "proto がないか不正です";
            return BAD;
        }
        if (vs[RESP_P] >= 0) {
            r.dstPort = ByteText.port(b, vs[RESP_P], ve[RESP_P]);
            if (r.dstPort < 0) {
                problem = "id.resp_p が不正です";
                return BAD;
            }
        }
        if (vs[ORIG_P] >= 0) {
            r.srcPort = Math.max(0, ByteText.port(b, vs[ORIG_P], ve[ORIG_P]));
        }
        r.bytes = count(b, ORIG_BYTES) + count(b, RESP_BYTES);
        r.packets = count(b, ORIG_PKTS) + count(b, RESP_PKTS);
        if (vs[TS] >= 0) {
            r.startMillis = time.instant(b, vs[TS], ve[TS]);
            if (r.startMillis == Timestamps.NONE) {
                problem = "ts が不正です";
                return BAD;
            }
        }
        if (vs[NODE] >= 0 && ve[NODE] > vs[NODE]) {
            r.device = names.get(b, vs[NODE], ve[NODE]);
        }
        return FLOW;
    }

    private long count(byte[] b, int k) {
        return vs[k] < 0 ? 0 : Math.max(0, ByteText.number(b, vs[k], ve[k]));
    }

    /** Header lines of the TSV writer; only #separator, #path and #fields matter here. */
    private void header(byte[] b, int s, int e) {
        String line = ByteText.string(b, s, e);
        if (line.startsWith("#separator")) {
            String spec = line.substring("#separator".length()).trim();
            if (spec.startsWith("\\x") && spec.length() == 4) {
                separator = (byte) Integer.parseInt(spec.substring(2), 16);
            } else if (spec.length() == 1) {
                separator = (byte) spec.charAt(0);
            }
            return;
        }
        String[] parts =
                line.split(separator == '\t' ? "\t" : java.util.regex.Pattern.quote(String.valueOf((char) separator)));
        if (parts[0].equals("#path") && parts.length > 1 && !parts[1].trim().equals("conn")) {
            throw new FlowFormatException(file, 0, "conn.log ではありません（#path " + parts[1].trim() + "）");
        }
        if (parts[0].equals("#fields")) {
            Arrays.fill(column, -1);
            for (int i = 1; i < parts.length; i++) {
                for (int k = 0; k < NAMES.length; k++) {
                    if (NAMES[k].equals(parts[i].trim())) {
                        column[k] = i - 1;
                    }
                }
            }
            if (column[ORIG_H] < 0 || column[RESP_H] < 0) {
                throw new FlowFormatException(file, 0, "#fields に id.orig_h と id.resp_h がありません");
            }
            haveFields = true;
        }
    }

    /**
     * Scans one flat JSON object, noting where the values of the keys we read are. Nested values
     * (arrays such as tunnel_parents) are skipped. Returns false when the text is not an object.
     */
    private boolean json(byte[] b, int s, int e) {
        int i = skipSpace(b, s + 1, e);
        if (i < e && b[i] == '}') {
            return true;
        }
        while (i < e) {
            if (b[i] != '"') {
                return false;
            }
            int ks = i + 1;
            int ke = endOfString(b, ks, e);
            if (ke < 0) {
                return false;
            }
            i = skipSpace(b, ke + 1, e);
            if (i >= e || b[i] != ':') {
                return false;
            }
            i = skipSpace(b, i + 1, e);
            if (i >= e) {
                return false;
            }
            int valueStart;
            int valueEnd;
            if (b[i] == '"') {
                valueStart = i + 1;
                valueEnd = endOfString(b, valueStart, e);
                if (valueEnd < 0) {
                    return false;
                }
                i = valueEnd + 1;
            } else if (b[i] == '[' || b[i] == '{') {
                valueStart = -1;
                valueEnd = -1;
                i = skipNested(b, i, e);
                if (i < 0) {
                    return false;
                }
            } else {
                valueStart = i;
                while (i < e && b[i] != ',' && b[i] != '}' && b[i] != ' ') {
                    i++;
                }
                valueEnd = i;
                if (ByteText.is(b, valueStart, valueEnd, NULL)) {
                    valueStart = -1;
                }
            }
            if (valueStart >= 0) {
                for (int k = 0; k < KEYS.length; k++) {
                    if (ByteText.is(b, ks, ke, KEYS[k])) {
                        vs[k] = valueStart;
                        ve[k] = valueEnd;
                        break;
                    }
                }
            }
            i = skipSpace(b, i, e);
            if (i < e && b[i] == ',') {
                i = skipSpace(b, i + 1, e);
                continue;
            }
            return i < e && b[i] == '}';
        }
        return false;
    }

    private static final byte[] NULL = ByteText.ascii("null");

    private static int skipSpace(byte[] b, int i, int e) {
        while (i < e && (b[i] == ' ' || b[i] == '\t')) {
            i++;
        }
        return i;
    }

    /** The index of the closing quote of a string starting at {@code i}, or -1. */
    private static int endOfString(byte[] b, int i, int e) {
        while (i < e) {
            if (b[i] == '\\') {
                i += 2;
            } else if (b[i] == '"') {
                return i;
            } else {
                i++;
            }
        }
        return -1;
    }

    /** The index after the array or object starting at {@code i}, or -1. */
    private static int skipNested(byte[] b, int i, int e) {
        int depth = 0;
        while (i < e) {
            byte c = b[i];
            if (c == '"') {
                int end = endOfString(b, i + 1, e);
                if (end < 0) {
                    return -1;
                }
                i = end + 1;
                continue;
            }
            if (c == '[' || c == '{') {
                depth++;
            } else if (c == ']' || c == '}') {
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            }
            i++;
        }
        return -1;
    }
}
