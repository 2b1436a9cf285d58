package jp.mamori.netcheck.flow;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The neutral CSV flow format (docs/netcheck.md, "Flow formats"): a header line naming the columns
 * in any order, or no header and the default order {@code time,src,dst,proto,src_port,dst_port,
 * bytes,packets,action,device,rule}. Optional columns {@code nat_src} and {@code nat_dst} carry the
 * translated addresses. Lines starting with {@code #} are comments.
 */
final class CsvFlowReader extends TextFlowReader {
    static final String[] DEFAULT_COLUMNS = {
        "time", "src", "dst", "proto", "src_port", "dst_port", "bytes", "packets", "action", "device", "rule"
    };
    private static final String[] KNOWN = {
        "time",
        "src",
        "dst",
        "proto",
        "src_port",
        "dst_port",
        "bytes",
        "packets",
        "action",
        "device",
        "rule",
        "nat_src",
        "nat_dst"
    };
    private static final int TIME = 0;
    private static final int SRC = 1;
    private static final int DST = 2;
    private static final int PROTO = 3;
    private static final int SRC_PORT = 4;
    private static final int DST_PORT = 5;
    private static final int BYTES = 6;
    private static final int PACKETS = 7;
    private static final int ACTION = 8;
    private static final int DEVICE = 9;
    private static final int RULE = 10;
    private static final int NAT_SRC = 11;
    private static final int NAT_DST = 12;

    private final Timestamps time;
    private final FieldSplitter fields = new FieldSplitter();
    private final NameCache names = new NameCache();
    private final long[] addr = new long[2];
    /** Column index of each known column, -1 when absent. */
    private final int[] column = new int[KNOWN.length];

    private boolean firstLine;
    private String file = "";

    CsvFlowReader(Timestamps time) {
        super("csv");
        this.time = time;
    }

    @Override
    void begin(String fileName) {
        file = fileName;
        firstLine = true;
        java.util.Arrays.fill(column, -1);
        for (int i = 0; i < DEFAULT_COLUMNS.length; i++) {
            column[i] = i;
        }
    }

    @Override
    int parse(byte[] b, int s, int e, FlowRecord r) {
        if (b[s] == '#') {
            return NOT_A_RECORD;
        }
        int n = fields.split(b, s, e, (byte) ',', true);
        if (firstLine) {
            firstLine = false;
            if (readHeader(b, n)) {
                return NOT_A_RECORD;
            }
        }
        if (fields.unbalanced()) {
            problem = "引用符が閉じていません";
            return BAD;
        }
        if (!addressAt(b, n, SRC)) {
            problem = "送信元アドレスが不正です";
            return BAD;
        }
        r.srcHi = addr[0];
        r.srcLo = addr[1];
        if (!addressAt(b, n, DST)) {
            problem = "宛先アドレスが不正です";
            return BAD;
        }
        r.dstHi = addr[0];
        r.dstLo = addr[1];
        if (present(n, NAT_SRC)) {
            if (!addressAt(b, n, NAT_SRC)) {
                problem = "NAT 後の送信元アドレスが不正です";
                return BAD;
            }
            r.natSrcHi = addr[0];
            r.natSrcLo = addr[1];
            r.hasNatSrc = true;
        }
        if (present(n, NAT_DST)) {
            if (!addressAt(b, n, NAT_DST)) {
                problem = "NAT 後の宛先アドレスが不正です";
                return BAD;
            }
            r.natDstHi = addr[0];
            r.natDstLo = addr[1];
            r.hasNatDst = true;
        }
        int proto = column[PROTO] >= 0 && column[PROTO] < n
                ? ByteText.protocol(b, fields.starts[column[PROTO]], fields.ends[column[PROTO]])
                : -1;
        if (proto < 0) {
            problem = "プロトコルが不正です";
            return BAD;
        }
        r.proto = proto;
        if (present(n, SRC_PORT)) {
            r.srcPort = ByteText.port(b, fields.starts[column[SRC_PORT]], fields.ends[column[SRC_PORT]]);
            if (r.srcPort < 0) {
                problem = "送信元ポートが不正です";
                return BAD;
            }
        }
        if (present(n, DST_PORT)) {
            r.dstPort = ByteText.port(b, fields.starts[column[DST_PORT]], fields.ends[column[DST_PORT]]);
            if (r.dstPort < 0) {
                problem = "宛先ポートが不正です";
                return BAD;
            }
        } else if (proto == 6 || proto == 17) {
            problem = "宛先ポートがありません";
            return BAD;
        }
        if (present(n, BYTES)) {
            r.bytes = ByteText.number(b, fields.starts[column[BYTES]], fields.ends[column[BYTES]]);
            if (r.bytes < 0) {
                problem = "バイト数が不正です";
                return BAD;
            }
        }
        if (present(n, PACKETS)) {
            r.packets = ByteText.number(b, fields.starts[column[PACKETS]], fields.ends[column[PACKETS]]);
            if (r.packets < 0) {
                problem = "パケット数が不正です";
                return BAD;
            }
        }
        if (present(n, TIME)) {
            r.startMillis = time.instant(b, fields.starts[column[TIME]], fields.ends[column[TIME]]);
            if (r.startMillis == Timestamps.NONE) {
                problem = "時刻が不正です（ISO 8601 か UNIX 秒）";
                return BAD;
            }
        }
        if (present(n, ACTION)) {
            FlowAction a = action(b, fields.starts[column[ACTION]], fields.ends[column[ACTION]]);
            if (a == null) {
                problem = "action が不正です（permit/allow/accept か deny/drop/block/reject）";
                return BAD;
            }
            r.action = a;
        }
        r.device = name(b, n, DEVICE);
        r.rule = name(b, n, RULE);
        return FLOW;
    }

    /** True when the line has a non-empty value in the column. */
    private boolean present(int n, int which) {
        int c = column[which];
        return c >= 0 && c < n && fields.ends[c] > fields.starts[c];
    }

    private boolean addressAt(byte[] b, int n, int which) {
        int c = column[which];
        return c >= 0 && c < n && ByteText.address(b, fields.starts[c], fields.ends[c], addr);
    }

    private @Nullable String name(byte[] b, int n, int which) {
        if (!present(n, which)) {
            return null;
        }
        int c = column[which];
        String v = names.get(b, fields.starts[c], fields.ends[c]);
        return v.indexOf('"') >= 0 ? v.replace("\"\"", "\"") : v;
    }

    /** A first line with a column named {@code src} is a header: it sets the column order. */
    private boolean readHeader(byte[] b, int n) {
        boolean header = false;
        for (int i = 0; i < Math.min(n, FieldSplitter.MAX); i++) {
            String name =
                    ByteText.string(b, fields.starts[i], fields.ends[i]).trim().toLowerCase(Locale.ROOT);
            if (name.equals("src")) {
                header = true;
            }
        }
        if (!header) {
            return false;
        }
        java.util.Arrays.fill(column, -1);
        for (int i = 0; i < Math.min(n, FieldSplitter.MAX); i++) {
            String name =
                    ByteText.string(b, fields.starts[i], fields.ends[i]).trim().toLowerCase(Locale.ROOT);
            for (int k = 0; k < KNOWN.length; k++) {
                if (KNOWN[k].equals(name) && column[k] < 0) {
                    column[k] = i;
                }
            }
        }
        if (column[DST] < 0 || column[PROTO] < 0) {
            throw new FlowFormatException(file, 1, "CSV の見出しに dst または proto の列がありません");
        }
        return true;
    }

    private static final byte[][] PERMIT_WORDS =
            words("permit", "permitted", "allow", "allowed", "accept", "accepted", "pass", "passed");
    private static final byte[][] BLOCK_WORDS =
            words("deny", "denied", "drop", "dropped", "block", "blocked", "reject", "rejected", "reset");

    static @Nullable FlowAction action(byte[] b, int s, int e) {
        for (byte[] w : PERMIT_WORDS) {
            if (ByteText.isIgnoreCase(b, s, e, w)) {
                return FlowAction.PERMITTED;
            }
        }
        for (byte[] w : BLOCK_WORDS) {
            if (ByteText.isIgnoreCase(b, s, e, w)) {
                return FlowAction.BLOCKED;
            }
        }
        return null;
    }

    private static byte[][] words(String... w) {
        byte[][] out = new byte[w.length][];
        for (int i = 0; i < w.length; i++) {
            out[i] = ByteText.ascii(w[i]);
        }
        return out;
    }
}
