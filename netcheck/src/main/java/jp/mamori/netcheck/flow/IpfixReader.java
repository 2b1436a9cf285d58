package jp.mamori.netcheck.flow;

import java.io.IOException;
import java.io.InputStream;

/**
 * IPFIX (RFC 7011): a file of messages back to back, each with a 16-byte header whose length
 * frames it. Template sets (id 2) and options template sets (id 3) fill the cache per observation
 * domain, including enterprise-specific field specifiers (skipped by length) and withdrawals (field
 * count 0); data sets (id ≥ 256) are decoded by template, with variable-length fields. Zero bytes
 * after the last set of a message (a "set" of length 0) are padding and skipped. A record's
 * position is its byte offset.
 */
final class IpfixReader extends TemplateFlowReader {
    private static final int HEADER = 16;

    IpfixReader(int cacheCapacity) {
        super(cacheCapacity);
    }

    IpfixReader() {
        this(TemplateCache.DEFAULT_CAPACITY);
    }

    @Override
    public ReadSummary read(String fileName, InputStream in, FlowSink sink) throws IOException {
        reset(fileName);
        ByteWindow w = new ByteWindow(in);
        FlowRecord r = new FlowRecord();
        boolean first = true;
        while (!w.atEnd()) {
            long off = w.offset();
            String why = null;
            int length = 0;
            if (!w.ensure(HEADER)) {
                why = "IPFIX のメッセージヘッダー（16 バイト）に足りません";
            } else if (w.u16(w.pos) != 10) {
                why = "IPFIX のメッセージではありません（version=" + w.u16(w.pos) + "）";
            } else {
                length = w.u16(w.pos + 2);
                if (length < HEADER) {
                    why = "メッセージ長が不正です（" + length + "）";
                } else if (!w.ensure(length)) {
                    why = "メッセージが途中で終わっています（長さ " + length + "）";
                }
            }
            if (why != null) {
                if (first) {
                    throw new FlowFormatException(fileName, off, why);
                }
                String hex = w.hex(w.pos, 16);
                long rest = w.drain();
                read++;
                sink.unsupported(NetFlow5Reader.binaryProblem(file, off, hex, why + "。以降 " + rest + " バイトは読めません"));
                break;
            }
            first = false;
            int p = w.pos;
            long exportMillis = w.u32(p + 4) * 1000;
            long domain = w.u32(p + 12);
            int end = p + length;
            int q = p + HEADER;
            while (end - q >= 4) {
                int setId = w.u16(q);
                int setLength = w.u16(q + 2);
                long setOffset = off + (q - p);
                if (setLength == 0 && zeros(w, q, end)) {
                    break; // padding to the end of the message: the next message follows
                }
                if (setLength < 4 || q + setLength > end) {
                    read++;
                    sink.unsupported(NetFlow5Reader.binaryProblem(
                            file, setOffset, w.hex(q, 8), "セット長が不正です（" + setLength + "）。メッセージの残りを読み飛ばします"));
                    break;
                }
                int body = q + 4;
                int setEnd = q + setLength;
                if (setId == 2 || setId == 3) {
                    templates(w, body, setEnd, domain, setId == 3, setOffset, sink);
                } else if (setId >= 256) {
                    dataSet(w, body, setEnd, domain, setId, exportMillis, FlowRecord.NO_TIME, true, r, sink);
                } else {
                    read++;
                    sink.unsupported(NetFlow5Reader.binaryProblem(
                            file, setOffset, w.hex(q, 8), "予約済みのセット ID です（" + setId + "）"));
                }
                q = setEnd;
            }
            w.skip(length);
        }
        return new ReadSummary(read, understood);
    }

    private static boolean zeros(ByteWindow w, int from, int end) {
        for (int i = from; i < end; i++) {
            if (w.u8(i) != 0) {
                return false;
            }
        }
        return true;
    }

    private void templates(ByteWindow w, int q, int end, long domain, boolean options, long setOffset, FlowSink sink) {
        while (end - q >= 4) {
            int templateId = w.u16(q);
            int count = w.u16(q + 2);
            if (templateId == 0 && count == 0) {
                return; // padding
            }
            if (count == 0) {
                // withdrawal: the set id itself (2 or 3) withdraws every template of the domain
                if (templateId == 2 || templateId == 3) {
                    templates.removeDomain(domain);
                } else {
                    templates.remove(domain, templateId);
                }
                q += 4;
                continue;
            }
            int at = q + 4;
            if (options) {
                if (end - at < 2) {
                    bad(sink, setOffset, w, q, templateId, "スコープ数がありません");
                    return;
                }
                at += 2; // scope field count: the scope fields are ordinary specifiers here
            }
            if (templateId < 256) {
                bad(sink, setOffset, w, q, templateId, "ID が 256 未満です");
                return;
            }
            int[] ids = new int[count];
            int[] lengths = new int[count];
            boolean[] enterprise = new boolean[count];
            for (int i = 0; i < count; i++) {
                if (end - at < 4) {
                    bad(sink, setOffset, w, q, templateId, "フィールド指定子がセットの終わりを越えています");
                    return;
                }
                int ie = w.u16(at);
                lengths[i] = w.u16(at + 2);
                at += 4;
                if ((ie & 0x8000) != 0) {
                    if (end - at < 4) {
                        bad(sink, setOffset, w, q, templateId, "企業番号がセットの終わりを越えています");
                        return;
                    }
                    enterprise[i] = true;
                    at += 4;
                }
                ids[i] = ie & 0x7fff;
            }
            templates.put(domain, new FlowTemplate(templateId, ids, lengths, enterprise, options));
            q = at;
        }
    }

    private void bad(FlowSink sink, long setOffset, ByteWindow w, int q, int templateId, String why) {
        read++;
        sink.unsupported(
                NetFlow5Reader.binaryProblem(file, setOffset, w.hex(q, 8), "テンプレート " + templateId + " が不正です: " + why));
    }
}
