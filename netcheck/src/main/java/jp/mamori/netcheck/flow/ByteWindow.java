package jp.mamori.netcheck.flow;

import java.io.IOException;
import java.io.InputStream;

/**
 * A sliding window over a binary stream: {@link #ensure(int)} makes the next bytes available in
 * one fixed buffer, so a binary reader can decode a whole datagram or message in place. Messages
 * of the binary flow formats are at most 65,535 bytes, which bounds the buffer.
 */
final class ByteWindow {
    private final InputStream in;
    final byte[] buf = new byte[1 << 17];
    /** Index of the current position in {@link #buf}. */
    int pos;

    private int limit;
    private long consumedBefore;
    private boolean eof;

    ByteWindow(InputStream in) {
        this.in = in;
    }

    /** Makes {@code n} bytes from the current position available; false when the stream ends first. */
    boolean ensure(int n) throws IOException {
        if (limit - pos >= n) {
            return true;
        }
        if (n > buf.length) {
            return false;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            consumedBefore += pos;
            pos = 0;
        }
        while (limit < n && !eof) {
            int r = in.read(buf, limit, buf.length - limit);
            if (r < 0) {
                eof = true;
            } else {
                limit += r;
            }
        }
        return limit - pos >= n;
    }

    /** Bytes available from the current position without reading more. */
    int available() {
        return limit - pos;
    }

    /** Byte offset of the current position in the stream. */
    long offset() {
        return consumedBefore + pos;
    }

    void skip(int n) {
        pos += n;
    }

    /** Drops every byte left in the stream; returns how many there were. */
    long drain() throws IOException {
        long n = limit - pos;
        pos = limit;
        byte[] scratch = buf;
        while (!eof) {
            int r = in.read(scratch, 0, scratch.length);
            if (r < 0) {
                eof = true;
            } else {
                n += r;
            }
        }
        consumedBefore += limit;
        pos = 0;
        limit = 0;
        return n;
    }

    /** True when nothing is left, reading more if needed. */
    boolean atEnd() throws IOException {
        return !ensure(1);
    }

    int u8(int at) {
        return buf[at] & 0xff;
    }

    int u16(int at) {
        return ((buf[at] & 0xff) << 8) | (buf[at + 1] & 0xff);
    }

    int i32(int at) {
        return ((buf[at] & 0xff) << 24)
                | ((buf[at + 1] & 0xff) << 16)
                | ((buf[at + 2] & 0xff) << 8)
                | (buf[at + 3] & 0xff);
    }

    long u32(int at) {
        return i32(at) & 0xffffffffL;
    }

    long i64(int at) {
        return ((long) i32(at) << 32) | u32(at + 4);
    }

    /** Unsigned big-endian integer of 1–8 bytes (IPFIX reduced-size encoding). */
    long unsigned(int at, int len) {
        long v = 0;
        for (int i = 0; i < len; i++) {
            v = (v << 8) | (buf[at + i] & 0xff);
        }
        return v;
    }

    /** The first bytes at a position, in hex, for an unsupported entry. */
    String hex(int at, int max) {
        StringBuilder sb = new StringBuilder();
        int end = Math.min(limit, at + max);
        for (int i = at; i < end; i++) {
            sb.append(String.format("%02x", buf[i] & 0xff));
        }
        return sb.toString();
    }
}
