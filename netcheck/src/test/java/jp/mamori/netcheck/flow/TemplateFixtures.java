package jp.mamori.netcheck.flow;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;

/** Builds NetFlow v9 packets and IPFIX messages for tests, set by set. */
final class TemplateFixtures {
    private final ByteArrayOutputStream sets = new ByteArrayOutputStream();
    private int records;

    /** A set (flowset) with its id and body; padded to a multiple of 4 as exporters do. */
    TemplateFixtures set(int id, byte[] body, int recordCount) {
        int padded = (body.length + 3) / 4 * 4;
        ByteBuffer b = ByteBuffer.allocate(4 + padded);
        b.putShort((short) id).putShort((short) (4 + padded)).put(body);
        sets.writeBytes(b.array());
        records += recordCount;
        return this;
    }

    /** Zero bytes after the last set, as some exporters pad their packets (counted in the length). */
    TemplateFixtures padding(int bytes) {
        sets.writeBytes(new byte[bytes]);
        return this;
    }

    /** Template record body: id, then (element, length) pairs; an element above 0x7fff gets enterprise 9. */
    static byte[] template(int id, int... elementsAndLengths) {
        ByteBuffer b = ByteBuffer.allocate(4 + elementsAndLengths.length * 4);
        b.putShort((short) id).putShort((short) (elementsAndLengths.length / 2));
        for (int i = 0; i < elementsAndLengths.length; i += 2) {
            b.putShort((short) elementsAndLengths[i]).putShort((short) elementsAndLengths[i + 1]);
            if (elementsAndLengths[i] > 0x7fff) {
                b.putInt(9);
            }
        }
        byte[] out = new byte[b.position()];
        b.flip().get(out);
        return out;
    }

    static byte[] concat(byte[]... parts) {
        return NetFlowFixtures.concat(parts);
    }

    byte[] netflow9(long unixSecs, int uptimeMillis, int sourceId) {
        ByteBuffer h = ByteBuffer.allocate(20);
        h.putShort((short) 9)
                .putShort((short) records)
                .putInt(uptimeMillis)
                .putInt((int) unixSecs)
                .putInt(1);
        h.putInt(sourceId);
        return concat(h.array(), sets.toByteArray());
    }

    byte[] ipfix(long exportSecs, int domain) {
        byte[] body = sets.toByteArray();
        ByteBuffer h = ByteBuffer.allocate(16);
        h.putShort((short) 10)
                .putShort((short) (16 + body.length))
                .putInt((int) exportSecs)
                .putInt(1)
                .putInt(domain);
        return concat(h.array(), body);
    }

    static ByteBuffer record(int size) {
        return ByteBuffer.allocate(size);
    }
}
