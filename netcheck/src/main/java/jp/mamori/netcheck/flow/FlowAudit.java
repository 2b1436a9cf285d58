package jp.mamori.netcheck.flow;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import jp.mamori.netcheck.analysis.RuleAnalysis;
import jp.mamori.netcheck.model.AddressSet;
import jp.mamori.netcheck.model.Service;
import jp.mamori.netcheck.model.Unsupported;
import jp.mamori.netcheck.report.Finding;
import jp.mamori.netcheck.report.Finding.Kind;
import jp.mamori.netcheck.report.Messages;
import jp.mamori.netcheck.report.Report;
import jp.mamori.netcheck.zone.Access;
import jp.mamori.netcheck.zone.Exemption;
import jp.mamori.netcheck.zone.PolicyCell;
import jp.mamori.netcheck.zone.Verdict;
import jp.mamori.netcheck.zone.Zone;
import jp.mamori.netcheck.zone.ZoneLookup;
import jp.mamori.netcheck.zone.ZoneModel;
import org.jspecify.annotations.Nullable;

/**
 * Audits observed flows against the zone model, streaming: each flow is classified by the zone of
 * its pre-NAT source and of its post-NAT destination and judged by the model (cells, relays,
 * exceptions). A forbidden flow the device let through is a {@link Kind#FLOW_VIOLATION}; one the
 * device blocked is a {@link Kind#FLOW_ATTEMPT}, kept for monitoring but not a breach.
 *
 * <p>Findings are grouped by (kind, zone pair, service, device, rule) with count, bytes, first and
 * last seen and at most 100 sample flows, so memory grows with the number of distinct findings,
 * never with the number of records. As a guard against a scan that touches every port, at most
 * {@value #MAX_GROUPS} groups are kept; further distinct keys are folded into one group per kind
 * and zone pair with service {@code any}. Unsupported records are kept in full for the first 1,000
 * only, then counted by reason.
 *
 * <p>Two ways in: {@link #run} reads whole files; the push API ({@link #start}, {@link #accept},
 * {@link #reject}, {@link #report()}) lets the application or a stream engine hand over records one
 * by one. An instance is not thread-safe.
 */
public final class FlowAudit {
    /** The most distinct finding groups kept before new keys fold into a per-pair group. */
    public static final int MAX_GROUPS = 100_000;

    private final ZoneModel model;
    private final ZoneLookup lookup;
    private final ZoneId zone;
    private final Messages messages;
    private final int maxGroups;
    private final Map<FindingGroup.Key, FindingGroup> groups = new HashMap<>();
    private final FindingGroup.Key probe = new FindingGroup.Key();
    private final UnsupportedLog unsupported = new UnsupportedLog();
    private final Map<String, Long> expiredUse = new HashMap<>();
    private final FlowSink readerSink = new FlowSink() {
        @Override
        public void flow(FlowRecord record) {
            audit(record);
        }

        @Override
        public void unsupported(Unsupported entry) {
            unsupported.add(entry);
        }
    };
    private long read;
    private long understood;
    private String file = "";
    private boolean binary;

    /**
     * Per zone pair: could a relay or an exception (valid or expired) apply to any packet of the
     * pair? When not, a packet the cell forbids is a violation without asking the model, which
     * would otherwise build address objects per packet to test exceptions that cannot match.
     */
    private final boolean[][] needsJudge;

    private FlowAudit(ZoneModel model, ZoneId zone, Messages messages, int maxGroups) {
        this.model = model;
        this.lookup = model.lookup();
        this.zone = zone;
        this.messages = messages;
        this.maxGroups = maxGroups;
        int n = model.zones().size();
        AddressSet[] space = new AddressSet[n];
        for (int i = 0; i < n; i++) {
            space[i] = lookup.addressesOf(i);
        }
        List<Exemption> exemptions = new ArrayList<>(model.activeExemptions());
        exemptions.addAll(model.expiredExemptions());
        needsJudge = new boolean[n][n];
        for (int f = 0; f < n; f++) {
            for (int t = 0; t < n; t++) {
                boolean any = !model.relaysFor(f, t).isEmpty();
                for (Exemption x : exemptions) {
                    any |= !x.from().intersect(space[f]).isEmpty()
                            && !x.to().intersect(space[t]).isEmpty();
                }
                needsJudge[f][t] = any;
            }
        }
    }

    /**
     * Audits flow log files.
     *
     * @param model the zone model
     * @param files the logs, read one after the other (gzip-compressed files are recognised)
     * @param format a {@code --flow-format} name: csv, fortigate, paloalto, netflow5, netflow9, ipfix,
     *     zeek
     * @param clock "today" for exceptions, and the zone for log times without an offset
     * @return findings (most severe first), counts and unsupported records
     * @throws FlowFormatException when the format is unknown, or a file is not in it, or cannot be
     *     read (the command line maps this to exit 2)
     */
    public static Report run(ZoneModel model, List<Path> files, String format, Clock clock) {
        return run(model, files, format, clock, Messages.japanese());
    }

    /**
     * As {@link #run(ZoneModel, List, String, Clock)}, with finding messages in the language of
     * {@code messages} (the same bundle as the rule findings).
     */
    public static Report run(ZoneModel model, List<Path> files, String format, Clock clock, Messages messages) {
        FlowFormat f = FlowFormat.byName(format)
                .orElseThrow(() -> new FlowFormatException(
                        "", 0, "フロー形式「" + format + "」は扱えません（使える形式: " + FlowFormat.names() + "）"));
        FlowAudit audit = start(model.withClock(clock), clock.getZone(), messages);
        for (Path p : files) {
            audit.read(p, f);
        }
        return audit.report();
    }

    /**
     * Starts a push-style audit.
     *
     * @param model the zone model (its clock decides which exceptions still hold)
     * @param zone the zone for log times without an offset, and for the times in the report
     */
    public static FlowAudit start(ZoneModel model, ZoneId zone) {
        return start(model, zone, Messages.japanese());
    }

    /** As {@link #start(ZoneModel, ZoneId)}, with finding messages in the language of {@code messages}. */
    public static FlowAudit start(ZoneModel model, ZoneId zone, Messages messages) {
        return new FlowAudit(model, zone, messages, MAX_GROUPS);
    }

    /** As {@link #start(ZoneModel, ZoneId)} with a smaller group limit (tests). */
    static FlowAudit start(ZoneModel model, ZoneId zone, int maxGroups) {
        return new FlowAudit(model, zone, Messages.japanese(), maxGroups);
    }

    /** Reads one file in the format; a gzip file is unpacked on the fly. */
    public ReadSummary read(Path path, FlowFormat format) {
        try (InputStream raw = Files.newInputStream(path)) {
            BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
            in.mark(2);
            int b0 = in.read();
            int b1 = in.read();
            in.reset();
            InputStream body = b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
            return read(path.toString(), body, format);
        } catch (NoSuchFileException e) {
            throw new FlowFormatException(path.toString(), 0, "ファイルがありません");
        } catch (IOException e) {
            throw new FlowFormatException(path.toString(), 0, "読み込めません: " + e.getMessage());
        }
    }

    /** Reads one stream in the format; {@code fileName} names it in findings. */
    public ReadSummary read(String fileName, InputStream in, FlowFormat format) throws IOException {
        source(fileName, format);
        ReadSummary s = format.newReader(zone).read(fileName, in, readerSink);
        read += s.recordsRead();
        understood += s.recordsUnderstood();
        return s;
    }

    /**
     * Names the source of the records pushed next; for a binary format the findings carry line 0
     * (a record's byte offset is in its position, not a line).
     */
    public FlowAudit source(String fileName, FlowFormat format) {
        this.file = fileName;
        this.binary = format.isBinary();
        return this;
    }

    /** Push API: one understood record, counted as read and understood, then audited. */
    public void accept(FlowRecord record) {
        read++;
        understood++;
        audit(record);
    }

    /** Push API: one record that could not be used, counted as read. */
    public void reject(Unsupported entry) {
        read++;
        unsupported.add(entry);
    }

    /** The core of the audit: classify, judge, group. Allocation-free for allowed IPv4 flows. */
    private void audit(FlowRecord r) {
        boolean v4 = r.isV4();
        int src = (int) r.srcLo;
        int dst = (int) r.auditedDestinationLow();
        int f;
        int t;
        if (v4) {
            f = lookup.zoneIndexOfV4(src);
            t = lookup.zoneIndexOfV4(dst);
        } else {
            f = lookup.zoneIndexOf(r.sourceAddress());
            t = lookup.zoneIndexOf(r.auditedDestinationAddress());
        }
        if (f < 0 || t < 0 || f == t) {
            return;
        }
        PolicyCell cell = model.cellFor(f, t);
        Access access = cell.access();
        if (access instanceof Access.Allow
                || (access instanceof Access.AllowOnly only && only.services().matches(r.proto, r.dstPort))) {
            return;
        }
        Exemption lapsed = null;
        if (needsJudge[f][t]) {
            Verdict v = v4
                    ? model.judgeV4(src, dst, r.proto, r.dstPort)
                    : model.judge(r.sourceAddress(), r.auditedDestinationAddress(), r.proto, r.dstPort);
            if (!v.isViolation()) {
                return;
            }
            lapsed = v.exemption();
        }
        if (lapsed != null) {
            expiredUse.merge(lapsed.id(), 1L, Long::sum);
        }
        Kind kind = r.action == FlowAction.BLOCKED ? Kind.FLOW_ATTEMPT : Kind.FLOW_VIOLATION;
        int port = Service.hasPorts(r.proto) ? r.dstPort : 0;
        probe.set(kind, f, t, r.proto, port, r.device, r.rule);
        FindingGroup g = groups.get(probe);
        if (g == null) {
            if (groups.size() >= maxGroups) {
                probe.set(kind, f, t, -1, 0, null, null);
                g = groups.get(probe);
            }
            if (g == null) {
                FindingGroup.Key key = probe.copy();
                g = new FindingGroup(key, file, binary ? 0 : r.position);
                groups.put(key, g);
            }
        }
        g.add(r, lapsed);
    }

    /** The report so far: findings most severe first, violations before attempts, larger counts first. */
    public Report report() {
        List<Finding> findings = new ArrayList<>();
        for (FindingGroup g : groups.values()) {
            findings.add(finding(g));
        }
        findings.addAll(expiredExceptions());
        findings.sort(ORDER);
        return new Report(0, read, understood, findings, unsupported.entries());
    }

    private static final Comparator<Finding> ORDER = Comparator.<Finding>comparingInt(f -> severityRank(f.severity()))
            .thenComparing(f -> !f.kind().isViolation())
            .thenComparing(Comparator.comparingLong(Finding::count).reversed())
            .thenComparing(f ->
                    String.valueOf(f.from()) + "|" + f.to() + "|" + f.example() + "|" + f.device() + "|" + f.rule());

    private static int severityRank(String s) {
        return switch (s) {
            case "critical" -> 0;
            case "high" -> 1;
            case "medium" -> 2;
            case "low" -> 3;
            default -> 4;
        };
    }

    private Finding finding(FindingGroup g) {
        FindingGroup.Key k = g.key;
        Zone from = model.zones().get(k.from);
        Zone to = model.zones().get(k.to);
        PolicyCell cell = model.cellFor(k.from, k.to);
        String service = k.proto < 0
                ? messages.format("flow.service.any")
                : Service.hasPorts(k.proto)
                        ? Service.protocolName(k.proto) + "/" + k.port
                        : Service.protocolName(k.proto);
        // sentences in the bundle's order; Japanese runs them together, English puts a space between
        List<String> parts = new ArrayList<>();
        parts.add(messages.format(
                k.kind == Kind.FLOW_ATTEMPT ? "flow.attempt" : "flow.violation",
                from.label(),
                from.id(),
                to.label(),
                to.id(),
                service,
                String.valueOf(g.count),
                cell.text()));
        if (cell.access() instanceof Access.ViaRelay) {
            parts.add(messages.format("flow.relay.missing"));
        }
        if (k.device != null && k.rule != null) {
            parts.add(messages.format("flow.device.rule", k.device, k.rule));
        } else if (k.device != null) {
            parts.add(messages.format("flow.device", k.device));
        } else if (k.rule != null) {
            parts.add(messages.format("flow.rule", k.rule));
        }
        if (k.proto < 0) {
            parts.add(messages.format("flow.folded", String.valueOf(maxGroups)));
        }
        if (g.lapsed != null) {
            parts.add(messages.format(
                    "flow.exception.lapsed", g.lapsed.id(), g.lapsed.expires().toString()));
        }
        if (g.nat != null) {
            parts.add(natText(g.nat));
        }
        String m = String.join(messages.format("flow.separator"), parts);
        return new Finding(
                k.kind,
                cell.severity().label(),
                k.device,
                null,
                k.rule,
                g.file,
                (int) Math.min(g.line, Integer.MAX_VALUE),
                from.id(),
                to.id(),
                cell.text(),
                g.samples.isEmpty() ? null : g.samples.get(0),
                g.count,
                m,
                g.facts(zone));
    }

    private String natText(FindingGroup.Nat nat) {
        List<String> changes = new ArrayList<>();
        if (nat.destination() != null) {
            changes.add(messages.format("flow.nat.destination", nat.destination(), nat.translatedDestination()));
        }
        if (nat.source() != null) {
            changes.add(messages.format("flow.nat.source", nat.source(), nat.translatedSource()));
        }
        return messages.format("flow.nat", String.join(messages.format("flow.nat.and"), changes));
    }

    /**
     * The expired exceptions as the rule analysis reports them (one shape across netcheck), with
     * the number of observed flows the exception would have covered.
     */
    private List<Finding> expiredExceptions() {
        List<Finding> out = new ArrayList<>();
        for (Finding f : new RuleAnalysis(model, messages).expiredExemptions()) {
            long used = expiredUse.getOrDefault(f.rule(), 0L);
            String message = used == 0
                    ? f.message()
                    : f.message() + " " + messages.format("flow.exception.used", String.valueOf(used));
            out.add(new Finding(
                    f.kind(),
                    f.severity(),
                    f.device(),
                    f.filter(),
                    f.rule(),
                    f.file(),
                    f.line(),
                    f.from(),
                    f.to(),
                    f.cell(),
                    f.example(),
                    Math.max(used, f.count()),
                    message,
                    f.flow()));
        }
        return out;
    }

    /** The zone used for log times without an offset. */
    public ZoneId zone() {
        return zone;
    }

    /** The current source name (the file being read or pushed). */
    @Nullable
    String file() {
        return file;
    }
}
