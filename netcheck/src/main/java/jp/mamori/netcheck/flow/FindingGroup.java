package jp.mamori.netcheck.flow;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jp.mamori.netcheck.model.Service;
import jp.mamori.netcheck.report.Finding;
import jp.mamori.netcheck.report.Finding.Kind;
import jp.mamori.netcheck.report.Finding.Packet;
import jp.mamori.netcheck.zone.Exemption;
import org.jspecify.annotations.Nullable;

/**
 * The figures of one flow finding while the audit runs: counters plus at most {@value
 * #MAX_SAMPLES} sample flows. Its key is (kind, zone pair, service, device, rule); the key object
 * is mutable so the audit can probe the map with one reused instance and copy it only on insert.
 */
final class FindingGroup {
    static final int MAX_SAMPLES = 100;

    /** The grouping key. Mutable only while used as the audit's probe; never after insert. */
    static final class Key {
        Kind kind;
        int from;
        int to;
        /** Protocol number, or -1 for the overflow group that stands for any service. */
        int proto;

        int port;

        @Nullable
        String device;

        @Nullable
        String rule;

        Key set(Kind k, int f, int t, int pr, int po, @Nullable String dev, @Nullable String ru) {
            kind = k;
            from = f;
            to = t;
            proto = pr;
            port = po;
            device = dev;
            rule = ru;
            return this;
        }

        Key copy() {
            return new Key().set(kind, from, to, proto, port, device, rule);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && k.kind == kind
                    && k.from == from
                    && k.to == to
                    && k.proto == proto
                    && k.port == port
                    && Objects.equals(k.device, device)
                    && Objects.equals(k.rule, rule);
        }

        @Override
        public int hashCode() {
            int h = kind.ordinal();
            h = 31 * h + from;
            h = 31 * h + to;
            h = 31 * h + proto;
            h = 31 * h + port;
            h = 31 * h + (device == null ? 0 : device.hashCode());
            return 31 * h + (rule == null ? 0 : rule.hashCode());
        }
    }

    final Key key;
    final String file;
    final long line;
    long count;
    long bytes;
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;

    @Nullable
    Exemption lapsed;

    /** The first sample's address translation, kept as facts so the report words it per language. */
    @Nullable
    Nat nat;

    final List<Packet> samples = new ArrayList<>();

    FindingGroup(Key key, String file, long line) {
        this.key = key;
        this.file = file;
        this.line = line;
    }

    void add(FlowRecord r, @Nullable Exemption expired) {
        count++;
        bytes += r.bytes;
        if (r.startMillis != FlowRecord.NO_TIME) {
            first = Math.min(first, r.startMillis);
            last = Math.max(last, r.startMillis);
        }
        if (lapsed == null && expired != null) {
            lapsed = expired;
        }
        if (samples.size() < MAX_SAMPLES) {
            samples.add(new Packet(
                    r.sourceText(),
                    r.auditedDestinationText(),
                    Service.protocolName(r.proto),
                    Service.hasPorts(r.proto) ? r.dstPort : 0));
            if (nat == null && (r.hasNatDst || r.hasNatSrc)) {
                nat = Nat.of(r);
            }
        }
    }

    /**
     * An address translation seen on a sample flow: destination and source before and after, each
     * pair null when that side was not translated.
     */
    record Nat(
            @Nullable String destination,
            @Nullable String translatedDestination,
            @Nullable String source,
            @Nullable String translatedSource) {
        static Nat of(FlowRecord r) {
            return new Nat(
                    r.hasNatDst ? r.destinationText() : null,
                    r.hasNatDst ? r.translatedDestinationText() : null,
                    r.hasNatSrc ? r.sourceText() : null,
                    r.hasNatSrc ? r.translatedSourceText() : null);
        }
    }

    static @Nullable String time(long millis, ZoneId zone) {
        if (millis == Long.MAX_VALUE || millis == Long.MIN_VALUE) {
            return null;
        }
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(Instant.ofEpochMilli(millis)
                .truncatedTo(ChronoUnit.SECONDS)
                .atZone(zone)
                .toOffsetDateTime());
    }

    Finding.FlowFacts facts(ZoneId zone) {
        return new Finding.FlowFacts(bytes, time(first, zone), time(last, zone), samples);
    }
}
