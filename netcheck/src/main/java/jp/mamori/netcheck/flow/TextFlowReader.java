package jp.mamori.netcheck.flow;

import java.io.IOException;
import java.io.InputStream;
import jp.mamori.netcheck.model.Unsupported;
import org.jspecify.annotations.Nullable;

/**
 * The line loop shared by the text formats. A subclass parses one line into the holder and says
 * whether it was a flow, a line that is not a record (header, comment), a record understood but not
 * audited, or a bad record (with {@link #problem} set).
 *
 * <p>A file in which no record is understood while at least one is bad is not in this format at
 * all: that is a {@link FlowFormatException} naming the first bad line, not a report of garbage.
 * So is a file whose first {@value #PROBE} records are all bad (decided early, before the whole
 * file is read).
 */
abstract class TextFlowReader implements FlowReader {
    static final int FLOW = 0;
    static final int NOT_A_RECORD = 1;
    static final int NOT_AUDITED = 2;
    static final int BAD = 3;
    static final int PROBE = 32;

    /** Why the last line was bad; set by {@link #parse} when it returns {@link #BAD}. */
    protected @Nullable String problem;

    private final String formatName;

    TextFlowReader(String formatName) {
        this.formatName = formatName;
    }

    /** Called once per file before the first line, to reset header state. */
    void begin(String fileName) {}

    /** Parses line {@code [s, e)} of {@code b} into {@code r} (already cleared). */
    abstract int parse(byte[] b, int s, int e, FlowRecord r);

    @Override
    public final ReadSummary read(String fileName, InputStream in, FlowSink sink) throws IOException {
        begin(fileName);
        LineScanner lines = new LineScanner(in);
        FlowRecord r = new FlowRecord();
        long read = 0;
        long understood = 0;
        long firstBadLine = 0;
        String firstBadReason = null;
        while (lines.next()) {
            byte[] b = lines.buffer();
            int s = ByteText.trimStart(b, lines.start(), lines.end());
            int e = ByteText.trimEnd(b, s, lines.end());
            if (s == e) {
                continue;
            }
            int result;
            if (lines.tooLong()) {
                problem = "行が長すぎます（" + LineScanner.MAX_LINE + " バイト超）";
                result = BAD;
            } else {
                r.clear();
                r.position = lines.lineNumber();
                problem = null;
                try {
                    result = parse(b, s, e, r);
                } catch (FlowFormatException ex) {
                    throw ex;
                } catch (RuntimeException ex) {
                    // a parser bug must not end the audit: the line is reported like any bad record
                    problem = "解析できません: " + ex.getClass().getSimpleName();
                    result = BAD;
                }
            }
            switch (result) {
                case FLOW -> {
                    read++;
                    understood++;
                    sink.flow(r);
                }
                case NOT_AUDITED -> {
                    read++;
                    understood++;
                }
                case BAD -> {
                    read++;
                    String reason = problem == null ? "解析できません" : problem;
                    if (firstBadReason == null) {
                        firstBadLine = lines.lineNumber();
                        firstBadReason = reason;
                    }
                    sink.unsupported(new Unsupported(
                            fileName,
                            (int) Math.min(lines.lineNumber(), Integer.MAX_VALUE),
                            ByteText.excerpt(b, s, e),
                            reason));
                    if (understood == 0 && read >= PROBE) {
                        throw notThisFormat(fileName, firstBadLine, firstBadReason);
                    }
                }
                default -> {}
            }
        }
        if (understood == 0 && firstBadReason != null) {
            throw notThisFormat(fileName, firstBadLine, firstBadReason);
        }
        return new ReadSummary(read, understood);
    }

    private FlowFormatException notThisFormat(String fileName, long line, String reason) {
        return new FlowFormatException(fileName, line, formatName + " 形式のフローログとして読める行がありません（最初の問題: " + reason + "）");
    }
}
