package jp.mamori.netcheck.flow;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;

/** Builds NetFlow v5 datagrams in memory for tests. */
final class NetFlowFixtures {
    private NetFlowFixtures() {}

    /** One v5 record: addresses as ints, ports, protocol, packets, bytes, first (uptime ms). */
    record V5(int src, int dst, int srcPort, int dstPort, int proto, int packets, int bytes, int first) {}

    static int ip(String dotted) {
        String[] p = dotted.split("\\.");
        return (Integer.parseInt(p[0]) << 24)
                | (Integer.parseInt(p[1]) << 16)
                | (Integer.parseInt(p[2]) << 8)
                | Integer.parseInt(p[3]);
    }

    static byte[] v5Datagram(long unixSecs, int uptimeMillis, V5... records) {
        ByteBuffer b = ByteBuffer.allocate(24 + 48 * records.length);
        b.putShort((short) 5).putShort((short) records.length);
        b.putInt(uptimeMillis)
                .putInt((int) unixSecs)
                .putInt(0)
                .putInt(1)
                .put((byte) 0)
                .put((byte) 0);
        b.putShort((short) 0);
        for (V5 r : records) {
            b.putInt(r.src()).putInt(r.dst()).putInt(0);
            b.putShort((short) 1).putShort((short) 2);
            b.putInt(r.packets()).putInt(r.bytes()).putInt(r.first()).putInt(r.first() + 1000);
            b.putShort((short) r.srcPort()).putShort((short) r.dstPort());
            b.put((byte) 0).put((byte) 0x1b).put((byte) r.proto()).put((byte) 0);
            b.putShort((short) 0)
                    .putShort((short) 0)
                    .put((byte) 16)
                    .put((byte) 16)
                    .putShort((short) 0);
        }
        return b.array();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
