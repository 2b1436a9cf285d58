package jp.mamori.netcheck.flow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import jp.mamori.netcheck.model.Unsupported;

/** Test sink that keeps copies of everything a reader reports. */
final class CollectingSink implements FlowSink {
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    final List<FlowRecord> flows = new ArrayList<>();
    final List<Unsupported> unsupported = new ArrayList<>();
    ReadSummary summary;

    @Override
    public void flow(FlowRecord record) {
        flows.add(record.copy());
    }

    @Override
    public void unsupported(Unsupported entry) {
        unsupported.add(entry);
    }

    static CollectingSink read(FlowFormat format, String text) {
        return read(format, text.getBytes(StandardCharsets.UTF_8));
    }

    static CollectingSink read(FlowFormat format, byte[] bytes) {
        CollectingSink sink = new CollectingSink();
        try {
            sink.summary =
                    format.newReader(TOKYO).read("test." + format.cliName(), new ByteArrayInputStream(bytes), sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sink;
    }
}
