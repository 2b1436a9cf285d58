package jp.mamori.netcheck.flow;

import java.io.IOException;
import java.io.InputStream;
import jp.mamori.netcheck.model.Unsupported;

/**
 * NetFlow v5: a file of export datagrams back to back, each a 24-byte header (version 5, a count of
 * 1–30) followed by that many 48-byte records. A record's position is its byte offset in the file.
 * The first datagram must be NetFlow v5, or the file is not in this format; a later datagram that
 * is not (or is cut short) is reported and ends the file, as the reader cannot find the next
 * boundary. NetFlow carries no action: flows are audited as traffic that passed.
 */
final class NetFlow5Reader implements FlowReader {
    static final int HEADER = 24;
    static final int RECORD = 48;
    static final int MAX_COUNT = 30;

    @Override
    public ReadSummary read(String fileName, InputStream in, FlowSink sink) throws IOException {
        ByteWindow w = new ByteWindow(in);
        FlowRecord r = new FlowRecord();
        long read = 0;
        long understood = 0;
        boolean first = true;
        while (!w.atEnd()) {
            long off = w.offset();
            if (!w.ensure(HEADER)) {
                int left = w.available();
                sink.unsupported(
                        binaryProblem(fileName, off, w.hex(w.pos, 16), "データグラムのヘッダーが途中で終わっています（残り " + left + " バイト）"));
                if (first) {
                    throw new FlowFormatException(fileName, off, "NetFlow v5 のヘッダー（24 バイト）に足りません");
                }
                read++;
                w.drain();
                break;
            }
            int p = w.pos;
            int version = w.u16(p);
            int count = w.u16(p + 2);
            if (version != 5 || count < 1 || count > MAX_COUNT) {
                String why = version != 5
                        ? "NetFlow v5 のデータグラムではありません（version=" + version + "）"
                        : "レコード数が 1〜30 の範囲外です（count=" + count + "）";
                if (first) {
                    throw new FlowFormatException(fileName, off, why);
                }
                String hex = w.hex(p, 16);
                long rest = w.drain();
                sink.unsupported(binaryProblem(fileName, off, hex, why + "。以降 " + rest + " バイトは読めません"));
                read++;
                break;
            }
            int size = HEADER + count * RECORD;
            if (!w.ensure(size)) {
                String hex = w.hex(w.pos, 16);
                long rest = w.drain();
                sink.unsupported(binaryProblem(
                        fileName, off, hex, "データグラムが途中で終わっています（" + count + " レコード中、残り " + rest + " バイト）"));
                read += count;
                break;
            }
            first = false;
            p = w.pos;
            long uptime = w.u32(p + 4);
            long exportMillis = w.u32(p + 8) * 1000 + w.u32(p + 12) / 1_000_000;
            long bootMillis = exportMillis - uptime;
            byte[] b = w.buf;
            for (int i = 0; i < count; i++) {
                int q = p + HEADER + i * RECORD;
                r.srcHi = 0;
                r.srcLo = IpBits.V4_MARK | w.u32(q);
                r.dstHi = 0;
                r.dstLo = IpBits.V4_MARK | w.u32(q + 4);
                r.hasNatSrc = false;
                r.hasNatDst = false;
                r.packets = w.u32(q + 16);
                r.bytes = w.u32(q + 20);
                r.startMillis = bootMillis + w.u32(q + 24);
                r.srcPort = w.u16(q + 32);
                r.dstPort = w.u16(q + 34);
                r.proto = b[q + 38] & 0xff;
                r.action = FlowAction.UNKNOWN;
                r.device = null;
                r.rule = null;
                r.position = off + HEADER + (long) i * RECORD;
                sink.flow(r);
            }
            read += count;
            understood += count;
            w.skip(size);
        }
        return new ReadSummary(read, understood);
    }

    /** An unsupported entry for binary input: {@code line} holds the byte offset (capped to int). */
    static Unsupported binaryProblem(String file, long offset, String hex, String reason) {
        return new Unsupported(
                file,
                (int) Math.min(offset, Integer.MAX_VALUE),
                "オフセット " + offset + (hex.isEmpty() ? "" : ": " + hex),
                reason);
    }
}
