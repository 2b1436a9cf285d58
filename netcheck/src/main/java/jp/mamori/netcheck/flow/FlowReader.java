package jp.mamori.netcheck.flow;

import java.io.IOException;
import java.io.InputStream;

/**
 * Streams the records of one flow log format. Readers keep constant memory (a fixed buffer, and for
 * template formats a bounded template cache) whatever the size of the input, and never throw on a
 * bad record: they report it to {@link FlowSink#unsupported}. A reader instance is not thread-safe;
 * use one per thread.
 */
public interface FlowReader {
    /**
     * Reads the whole stream.
     *
     * @param fileName name used in unsupported entries and findings
     * @param in the log (not closed by the reader)
     * @param sink receives flows and unsupported records
     * @return the counts of records read and understood
     * @throws FlowFormatException when the input is not in this format at all
     * @throws IOException when reading fails
     */
    ReadSummary read(String fileName, InputStream in, FlowSink sink) throws IOException;
}
