package jp.mamori.netcheck.flow;

/**
 * What NetFlow v9 and IPFIX share: a bounded template cache and the decoding of data sets by
 * template. A data set whose template is unknown counts as one record read and not understood, and
 * is reported with its byte offset, template id and domain; records of options templates describe
 * the exporter and are skipped without being counted.
 */
abstract class TemplateFlowReader implements FlowReader {
    final TemplateCache templates;
    long read;
    long understood;
    String file = "";

    TemplateFlowReader(int cacheCapacity) {
        this.templates = new TemplateCache(cacheCapacity);
    }

    void reset(String fileName) {
        file = fileName;
        read = 0;
        understood = 0;
    }

    /**
     * Decodes the data set body {@code [p, end)} of template {@code setId} in {@code domain}.
     *
     * @param exportMillis the message's export time, the start time of records that carry none
     * @param bootMillis the exporter's boot time (v9: export time minus uptime), for uptime fields
     * @param variableLengths true for IPFIX, where a field of length 65535 is variable-length
     */
    void dataSet(
            ByteWindow w,
            int p,
            int end,
            long domain,
            int setId,
            long exportMillis,
            long bootMillis,
            boolean variableLengths,
            FlowRecord r,
            FlowSink sink) {
        long setOffset = w.offset() + (p - 4 - w.pos);
        FlowTemplate t = templates.get(domain, setId);
        if (t == null) {
            read++;
            sink.unsupported(NetFlow5Reader.binaryProblem(
                    file,
                    setOffset,
                    "",
                    "テンプレート " + setId + "（ドメイン " + domain + "）を受信していないため、データセット（" + (end - p) + " バイト）を読めません"));
            return;
        }
        if (t.options) {
            return;
        }
        if (t.minLength == 0) {
            read++;
            sink.unsupported(NetFlow5Reader.binaryProblem(file, setOffset, "", "テンプレート " + setId + " のレコード長が 0 です"));
            return;
        }
        int q = p;
        int skipped = 0;
        while (end - q >= t.minLength && (t.fixedLength < 0 || end - q >= t.fixedLength)) {
            long recordOffset = w.offset() + (q - w.pos);
            r.clear();
            r.position = recordOffset;
            int next = decode(w, q, end, t, exportMillis, bootMillis, variableLengths, r);
            if (next < 0) {
                read++;
                sink.unsupported(NetFlow5Reader.binaryProblem(
                        file, recordOffset, w.hex(q, 16), "可変長フィールドがデータセットの終わりを越えています（テンプレート " + setId + "）"));
                return;
            }
            q = next;
            read++;
            if (t.hasAddresses) {
                understood++;
                sink.flow(r);
            } else {
                skipped++;
            }
        }
        if (skipped > 0) {
            sink.unsupported(NetFlow5Reader.binaryProblem(
                    file, setOffset, "", "テンプレート " + setId + " に送信元・宛先アドレスがないため、" + skipped + " 件のレコードを監査できません"));
        }
    }

    /** Decodes one record at {@code q}; returns the offset after it, or -1 when it overruns {@code end}. */
    private static int decode(
            ByteWindow w,
            int q,
            int end,
            FlowTemplate t,
            long exportMillis,
            long bootMillis,
            boolean variableLengths,
            FlowRecord r) {
        byte[] b = w.buf;
        long start = FlowRecord.NO_TIME;
        boolean denied = false;
        boolean forwarded = false;
        int natDstPort = -1;
        for (int i = 0; i < t.roles.length; i++) {
            int len = t.lengths[i];
            if (variableLengths && len == FlowTemplate.VARIABLE) {
                if (q >= end) {
                    return -1;
                }
                len = b[q] & 0xff;
                q++;
                if (len == 255) {
                    if (q + 2 > end) {
                        return -1;
                    }
                    len = w.u16(q);
                    q += 2;
                }
            }
            if (q + len > end) {
                return -1;
            }
            switch (t.roles[i]) {
                case FlowTemplate.SRC4 -> {
                    r.srcHi = 0;
                    r.srcLo = IpBits.V4_MARK | w.u32(q);
                }
                case FlowTemplate.DST4 -> {
                    r.dstHi = 0;
                    r.dstLo = IpBits.V4_MARK | w.u32(q);
                }
                case FlowTemplate.SRC6 -> {
                    r.srcHi = w.i64(q);
                    r.srcLo = w.i64(q + 8);
                }
                case FlowTemplate.DST6 -> {
                    r.dstHi = w.i64(q);
                    r.dstLo = w.i64(q + 8);
                }
                case FlowTemplate.NAT_SRC4 -> {
                    long v = w.u32(q);
                    if (v != 0) {
                        r.natSrcHi = 0;
                        r.natSrcLo = IpBits.V4_MARK | v;
                        r.hasNatSrc = true;
                    }
                }
                case FlowTemplate.NAT_DST4 -> {
                    long v = w.u32(q);
                    if (v != 0) {
                        r.natDstHi = 0;
                        r.natDstLo = IpBits.V4_MARK | v;
                        r.hasNatDst = true;
                    }
                }
                case FlowTemplate.NAT_SRC6 -> {
                    long hi = w.i64(q);
                    long lo = w.i64(q + 8);
                    if ((hi | lo) != 0) {
                        r.natSrcHi = hi;
                        r.natSrcLo = lo;
                        r.hasNatSrc = true;
                    }
                }
                case FlowTemplate.NAT_DST6 -> {
                    long hi = w.i64(q);
                    long lo = w.i64(q + 8);
                    if ((hi | lo) != 0) {
                        r.natDstHi = hi;
                        r.natDstLo = lo;
                        r.hasNatDst = true;
                    }
                }
                case FlowTemplate.SRC_PORT -> r.srcPort = (int) (w.unsigned(q, len) & 0xffff);
                case FlowTemplate.DST_PORT -> r.dstPort = (int) (w.unsigned(q, len) & 0xffff);
                case FlowTemplate.NAT_DST_PORT -> natDstPort = (int) (w.unsigned(q, len) & 0xffff);
                case FlowTemplate.PROTO -> r.proto = (int) (w.unsigned(q, len) & 0xff);
                case FlowTemplate.BYTES -> r.bytes += w.unsigned(q, len);
                case FlowTemplate.PACKETS -> r.packets += w.unsigned(q, len);
                case FlowTemplate.START_UPTIME ->
                    start = bootMillis == FlowRecord.NO_TIME ? start : bootMillis + w.unsigned(q, len);
                case FlowTemplate.START_SECONDS -> start = w.unsigned(q, len) * 1000;
                case FlowTemplate.START_MILLIS -> start = w.unsigned(q, len);
                case FlowTemplate.START_NTP -> start = ntpToMillis(w.u32(q), w.u32(q + 4));
                case FlowTemplate.FW_EVENT -> {
                    long ev = w.unsigned(q, len);
                    denied |= ev == 3;
                    forwarded |= ev == 1 || ev == 2 || ev == 5;
                }
                case FlowTemplate.FORWARDING_STATUS -> {
                    int status = (b[q] & 0xff) >>> 6;
                    denied |= status == 2;
                    forwarded |= status == 1;
                }
                default -> {}
            }
            q += len;
        }
        if (r.hasNatDst && natDstPort > 0) {
            r.dstPort = natDstPort; // the service reached is the one behind the translation
        }
        r.startMillis = start == FlowRecord.NO_TIME ? exportMillis : start;
        r.action = denied ? FlowAction.BLOCKED : forwarded ? FlowAction.PERMITTED : FlowAction.UNKNOWN;
        return q;
    }

    /** NTP timestamp (seconds since 1900, binary fraction) to epoch milliseconds. */
    static long ntpToMillis(long seconds, long fraction) {
        return (seconds - 2_208_988_800L) * 1000 + ((fraction * 1000) >>> 32);
    }
}
