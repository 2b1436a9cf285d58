package jp.mamori.netcheck.flow;

import java.io.IOException;
import java.io.InputStream;

/**
 * NetFlow v9 (RFC 3954): a file of export packets back to back. A v9 header has no length, so a
 * packet runs until the next header: flowset ids 2–255 are reserved, so a flowset id of 9 at a
 * flowset boundary can only be the version of the next packet. Template flowsets (id 0) fill the
 * cache per source id; options templates (id 1) are kept only so their data is skipped properly;
 * data flowsets (id ≥ 256) are decoded by template. A flowset of length 0 starts the padding some
 * exporters (PAN-OS 8.1) put at the end of a packet: the zero bytes are skipped up to the next
 * packet. One to three zero bytes after the last flowset (padding to a 4-byte boundary that the
 * flowset's length does not count) are skipped as well. A record's position is its byte offset.
 */
final class NetFlow9Reader extends TemplateFlowReader {
    private static final int HEADER = 20;

    NetFlow9Reader(int cacheCapacity) {
        super(cacheCapacity);
    }

    NetFlow9Reader() {
        this(TemplateCache.DEFAULT_CAPACITY);
    }

    @Override
    public ReadSummary read(String fileName, InputStream in, FlowSink sink) throws IOException {
        reset(fileName);
        ByteWindow w = new ByteWindow(in);
        FlowRecord r = new FlowRecord();
        boolean first = true;
        packets:
        while (!w.atEnd()) {
            long off = w.offset();
            if (!w.ensure(HEADER) || w.u16(w.pos) != 9) {
                String why = w.available() < HEADER
                        ? "NetFlow v9 のヘッダー（20 バイト）に足りません"
                        : "NetFlow v9 のパケットではありません（version=" + w.u16(w.pos) + "）";
                if (first) {
                    throw new FlowFormatException(fileName, off, why);
                }
                stop(w, sink, off, why);
                break;
            }
            first = false;
            int p = w.pos;
            long uptime = w.u32(p + 4);
            long exportMillis = w.u32(p + 8) * 1000;
            long sourceId = w.u32(p + 16);
            long exportSecs = w.u32(p + 8);
            w.skip(HEADER);
            while (true) {
                int pad = shortPadding(w, exportSecs);
                if (pad > 0) {
                    // 1–3 zero bytes after the last flowset, not counted in its length
                    w.skip(pad);
                    continue packets;
                }
                if (!w.ensure(4)) {
                    if (w.available() > 0) {
                        stop(w, sink, w.offset(), "フローセットのヘッダーが途中で終わっています");
                    }
                    break packets;
                }
                int id = w.u16(w.pos);
                int len = w.u16(w.pos + 2);
                if (id == 9) {
                    continue packets;
                }
                long setOffset = w.offset();
                if (len == 0) {
                    // padding to the end of the packet (PAN-OS 8.1 pads its export packets with
                    // zeros): skip it and go on with the next packet
                    if (skipPadding(w, sink)) {
                        continue packets;
                    }
                    break packets;
                }
                if (len < 4) {
                    stop(w, sink, setOffset, "フローセット長が不正です（" + len + "）");
                    break packets;
                }
                if (!w.ensure(len)) {
                    stop(w, sink, setOffset, "フローセットが途中で終わっています（長さ " + len + "）");
                    break packets;
                }
                int body = w.pos + 4;
                int end = w.pos + len;
                if (id == 0) {
                    templates(w, body, end, sourceId, setOffset, sink);
                } else if (id == 1) {
                    optionsTemplates(w, body, end, sourceId);
                } else if (id >= 256) {
                    dataSet(w, body, end, sourceId, id, exportMillis, exportMillis - uptime, false, r, sink);
                } else {
                    read++;
                    sink.unsupported(NetFlow5Reader.binaryProblem(
                            file, setOffset, w.hex(w.pos, 8), "予約済みのフローセット ID です（" + id + "）"));
                }
                w.skip(len);
            }
        }
        return new ReadSummary(read, understood);
    }

    /**
     * The number (1–3) of zero bytes at a flowset boundary that only pad the packet: they end the
     * file, or the next packet's header follows them (version 9 and an export time within a day
     * of this packet's, so that a template flowset starting with zero bytes is not taken for
     * padding). 0 when there is no such padding.
     */
    private static int shortPadding(ByteWindow w, long exportSecs) throws IOException {
        if (!w.ensure(1) || w.u8(w.pos) != 0) {
            return 0;
        }
        for (int k = 1; k <= 3; k++) {
            if (!w.ensure(k) || w.u8(w.pos + k - 1) != 0) {
                return 0;
            }
            if (!w.ensure(k + 1)) {
                return k; // zeros up to the end of the file
            }
            if (w.ensure(k + HEADER)
                    && w.u16(w.pos + k) == 9
                    && Math.abs(w.u32(w.pos + k + 8) - exportSecs) <= 86_400) {
                return k;
            }
        }
        return 0;
    }

    /**
     * Skips a zero-length flowset and the zero bytes after it. True when the next packet's header
     * (version 9) follows; false at the end of the file, or when other bytes follow, which are
     * reported as unreadable (they cannot be framed).
     */
    private boolean skipPadding(ByteWindow w, FlowSink sink) throws IOException {
        long start = w.offset();
        if (w.u16(w.pos) != 0) {
            w.skip(4); // a flowset header with an id and length 0; zero bytes are skipped one by one
        }
        while (w.ensure(2) && w.u16(w.pos) == 0) {
            w.skip(1);
        }
        if (!w.ensure(1)) {
            return false;
        }
        if (w.available() == 1 && w.u8(w.pos) == 0) {
            w.skip(1);
            return false;
        }
        if (w.ensure(2) && w.u16(w.pos) == 9) {
            return true;
        }
        stop(w, sink, start, "長さ 0 のフローセット(パディング)の後に次のパケット以外のデータがあります");
        return false;
    }

    private void stop(ByteWindow w, FlowSink sink, long offset, String why) throws IOException {
        String hex = w.hex(w.pos, 16);
        long rest = w.drain();
        read++;
        sink.unsupported(NetFlow5Reader.binaryProblem(file, offset, hex, why + "。以降 " + rest + " バイトは読めません"));
    }

    private void templates(ByteWindow w, int q, int end, long sourceId, long setOffset, FlowSink sink) {
        while (end - q >= 4) {
            int templateId = w.u16(q);
            int count = w.u16(q + 2);
            if (templateId == 0 && count == 0) {
                return; // padding
            }
            if (templateId < 256 || count == 0 || q + 4 + 4 * count > end) {
                read++;
                sink.unsupported(NetFlow5Reader.binaryProblem(
                        file, setOffset, w.hex(q, 8), "テンプレートが不正です（ID " + templateId + "、フィールド数 " + count + "）"));
                return;
            }
            int[] ids = new int[count];
            int[] lengths = new int[count];
            boolean valid = true;
            for (int i = 0; i < count; i++) {
                ids[i] = w.u16(q + 4 + 4 * i);
                lengths[i] = w.u16(q + 6 + 4 * i);
                valid &= lengths[i] > 0;
            }
            if (valid) {
                templates.put(sourceId, new FlowTemplate(templateId, ids, lengths, new boolean[count], false));
            } else {
                templates.remove(sourceId, templateId);
                read++;
                sink.unsupported(NetFlow5Reader.binaryProblem(
                        file, setOffset, w.hex(q, 8), "テンプレート " + templateId + " に長さ 0 のフィールドがあります"));
            }
            q += 4 + 4 * count;
        }
    }

    private void optionsTemplates(ByteWindow w, int q, int end, long sourceId) {
        while (end - q >= 6) {
            int templateId = w.u16(q);
            int scopeBytes = w.u16(q + 2);
            int optionBytes = w.u16(q + 4);
            int fields = (scopeBytes + optionBytes) / 4;
            if (templateId < 256 || fields == 0 || q + 6 + 4 * fields > end) {
                return; // the rest is padding or garbage; options never carry flows
            }
            int[] ids = new int[fields];
            int[] lengths = new int[fields];
            for (int i = 0; i < fields; i++) {
                ids[i] = w.u16(q + 6 + 4 * i);
                lengths[i] = w.u16(q + 8 + 4 * i);
            }
            templates.put(sourceId, new FlowTemplate(templateId, ids, lengths, new boolean[fields], true));
            q += 6 + 4 * fields;
        }
    }
}
