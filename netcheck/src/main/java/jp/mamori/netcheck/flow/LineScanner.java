package jp.mamori.netcheck.flow;

import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a stream into lines as slices of one fixed byte buffer, so no line becomes a String and
 * memory stays constant. A line longer than the buffer is reported as too long and skipped.
 */
final class LineScanner {
    static final int MAX_LINE = 1 << 18;

    private final InputStream in;
    private final byte[] buf = new byte[MAX_LINE];
    private int pos;
    private int limit;
    private boolean eof;
    private long lineNumber;
    private int start;
    private int end;
    private boolean tooLong;

    LineScanner(InputStream in) {
        this.in = in;
    }

    /** Advances to the next line; false at the end of the stream. */
    boolean next() throws IOException {
        tooLong = false;
        int scanFrom = pos;
        while (true) {
            for (int i = scanFrom; i < limit; i++) {
                if (buf[i] == '\n') {
                    setLine(pos, i);
                    pos = i + 1;
                    return true;
                }
            }
            if (eof) {
                if (pos < limit) {
                    setLine(pos, limit);
                    pos = limit;
                    return true;
                }
                return false;
            }
            if (pos > 0) {
                System.arraycopy(buf, pos, buf, 0, limit - pos);
                limit -= pos;
                pos = 0;
            } else if (limit == buf.length) {
                skipRestOfLine();
                return true;
            }
            scanFrom = limit;
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
            } else {
                limit += n;
            }
        }
    }

    private void setLine(int s, int e) {
        lineNumber++;
        start = s;
        end = e > s && buf[e - 1] == '\r' ? e - 1 : e;
    }

    /** The buffer is full without a newline: keep the head for the report, drop the rest. */
    private void skipRestOfLine() throws IOException {
        lineNumber++;
        tooLong = true;
        start = 0;
        end = 200;
        int keep = 200;
        while (true) {
            for (int i = keep; i < limit; i++) {
                if (buf[i] == '\n') {
                    System.arraycopy(buf, i + 1, buf, keep, limit - i - 1);
                    limit = keep + limit - i - 1;
                    pos = keep;
                    return;
                }
            }
            limit = keep;
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
                pos = limit;
                return;
            }
            limit += n;
        }
    }

    byte[] buffer() {
        return buf;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    long lineNumber() {
        return lineNumber;
    }

    boolean tooLong() {
        return tooLong;
    }
}
