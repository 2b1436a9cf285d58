package jp.mamori.bench;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Random;
import jp.mamori.netcheck.testing.ThreeZones;
import jp.mamori.netcheck.zone.ZoneModel;

/**
 * Generated inputs shared by the benchmarks: the three-zone model of netcheck's tests ({@link
 * ThreeZones}, the same file), and flows in several
 * formats with a fixed mix — about nine in ten allowed (inside a zone, LGWAN to Internet on 443,
 * Internet to outside), one in ten forbidden — from a seeded random source so runs compare.
 */
final class BenchData {
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final Clock CLOCK = ThreeZones.CLOCK;

    private BenchData() {}

    /** The zone model netcheck's tests use (one fixture, {@code samples/flows/zones.yaml}). */
    static ZoneModel model() {
        return ThreeZones.model();
    }

    /** One generated flow: addresses as ints, ports, protocol. */
    record Flow(int src, int dst, int srcPort, int dstPort, int proto) {}

    static int addr(int a, int b, int c, int d) {
        return (a << 24) | (b << 16) | (c << 8) | d;
    }

    static Flow flow(Random r) {
        int kind = r.nextInt(10);
        int sp = 1024 + r.nextInt(60000);
        return switch (kind) {
            // inside one zone
            case 0, 1, 2 -> new Flow(addr(10, 10 * (1 + r.nextInt(3)), r.nextInt(256), r.nextInt(256)), 0, sp, 445, 6);
            // LGWAN to Internet on 443 (allow-only)
            case 3, 4, 5 ->
                new Flow(
                        addr(10, 20, r.nextInt(256), r.nextInt(256)),
                        addr(10, 30, r.nextInt(256), r.nextInt(256)),
                        sp,
                        443,
                        6);
            // Internet zone to outside
            case 6, 7, 8 ->
                new Flow(
                        addr(10, 30, r.nextInt(256), r.nextInt(256)),
                        addr(203, 0, 113, r.nextInt(256)),
                        sp,
                        r.nextBoolean() ? 443 : 80,
                        6);
            // forbidden: My Number zone to the Internet zone
            default -> new Flow(addr(10, 10, r.nextInt(256), r.nextInt(256)), addr(10, 30, 9, 80), sp, 80, 6);
        };
    }

    /** Fills in the intra-zone destination (same /16 as the source) left as 0 by {@link #flow}. */
    static Flow complete(Flow f, Random r) {
        if (f.dst() != 0) {
            return f;
        }
        return new Flow(f.src(), (f.src() & 0xffff0000) | r.nextInt(65536), f.srcPort(), f.dstPort(), f.proto());
    }

    static String dotted(int a) {
        return ((a >>> 24) & 255) + "." + ((a >>> 16) & 255) + "." + ((a >>> 8) & 255) + "." + (a & 255);
    }

    /** NetFlow v5 datagrams of 30 records each, back to back. */
    static byte[] netflow5(int records, long seed) {
        Random r = new Random(seed);
        int datagrams = (records + 29) / 30;
        ByteBuffer b = ByteBuffer.allocate(datagrams * (24 + 30 * 48));
        int left = records;
        long secs = 1_795_134_600L;
        for (int d = 0; d < datagrams; d++) {
            int count = Math.min(30, left);
            left -= count;
            b.putShort((short) 5)
                    .putShort((short) count)
                    .putInt(600_000)
                    .putInt((int) secs)
                    .putInt(0);
            b.putInt(d * 30).put((byte) 0).put((byte) 0).putShort((short) 0);
            for (int i = 0; i < count; i++) {
                Flow f = complete(flow(r), r);
                b.putInt(f.src()).putInt(f.dst()).putInt(0).putShort((short) 1).putShort((short) 2);
                b.putInt(1 + r.nextInt(100))
                        .putInt(64 + r.nextInt(100_000))
                        .putInt(590_000)
                        .putInt(599_000);
                b.putShort((short) f.srcPort()).putShort((short) f.dstPort());
                b.put((byte) 0).put((byte) 0x1b).put((byte) f.proto()).put((byte) 0);
                b.putShort((short) 0)
                        .putShort((short) 0)
                        .put((byte) 16)
                        .put((byte) 16)
                        .putShort((short) 0);
            }
        }
        byte[] out = new byte[b.position()];
        b.flip().get(out);
        return out;
    }

    /** FortiGate traffic log lines in the layout of FortiOS 7.x forward-traffic logs (about 600 bytes each). */
    static byte[] fortigate(int lines, long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder(lines * 640);
        long t = 1_795_134_600L;
        for (int i = 0; i < lines; i++) {
            Flow f = complete(flow(r), r);
            long ev = (t + i / 50) * 1_000_000_000L + r.nextInt(1_000_000_000);
            boolean deny = r.nextInt(20) == 0;
            sb.append("date=2026-11-20 time=09:")
                    .append(10 + (i / 3000) % 50)
                    .append(":")
                    .append(10 + i % 50)
                    .append(" devname=\"fw-core\" devid=\"FG600FTK22000002\" eventtime=")
                    .append(ev)
                    .append(" tz=\"+0900\" logid=\"0000000013\" type=\"traffic\" subtype=\"forward\" level=\"notice\"")
                    .append(" vd=\"root\" srcip=")
                    .append(dotted(f.src()))
                    .append(" srcport=")
                    .append(f.srcPort())
                    .append(" srcintf=\"port5\" srcintfrole=\"lan\" dstip=")
                    .append(dotted(f.dst()))
                    .append(" dstport=")
                    .append(f.dstPort())
                    .append(" dstintf=\"port2\" dstintfrole=\"wan\" srccountry=\"Reserved\" dstcountry=\"Reserved\"")
                    .append(" sessionid=")
                    .append(100000 + i)
                    .append(" proto=")
                    .append(f.proto())
                    .append(" action=\"")
                    .append(deny ? "deny" : "close")
                    .append("\" policyid=")
                    .append(deny ? 0 : 40 + r.nextInt(10))
                    .append(" policytype=\"policy\" poluuid=\"1c9a7e3e-2f0b-51ee-8f2a-5d0c9e8f0001\"")
                    .append(" service=\"HTTPS\" trandisp=\"noop\" duration=")
                    .append(r.nextInt(300))
                    .append(" sentbyte=")
                    .append(r.nextInt(100_000))
                    .append(" rcvdbyte=")
                    .append(r.nextInt(1_000_000))
                    .append(" sentpkt=")
                    .append(r.nextInt(100))
                    .append(" rcvdpkt=")
                    .append(r.nextInt(1000))
                    .append(" appcat=\"unscanned\" sentdelta=0 rcvddelta=0 durationdelta=0 sentpktdelta=0")
                    .append(" rcvdpktdelta=0\n");
        }
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Neutral CSV flows with a header. */
    static String csv(int rows, long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder(rows * 90);
        sb.append("time,src,dst,proto,src_port,dst_port,bytes,packets,action,device,rule\n");
        for (int i = 0; i < rows; i++) {
            Flow f = complete(flow(r), r);
            sb.append(1_795_134_600L + i / 100)
                    .append(',')
                    .append(dotted(f.src()))
                    .append(',')
                    .append(dotted(f.dst()))
                    .append(",tcp,")
                    .append(f.srcPort())
                    .append(',')
                    .append(f.dstPort())
                    .append(',')
                    .append(64 + r.nextInt(100_000))
                    .append(',')
                    .append(1 + r.nextInt(100))
                    .append(",permit,fw-core,")
                    .append(40 + r.nextInt(10))
                    .append('\n');
        }
        return sb.toString();
    }
}
