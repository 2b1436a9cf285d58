package jp.mamori.netcheck.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jp.mamori.netcheck.model.ImportResult;
import jp.mamori.netcheck.model.Rule;
import jp.mamori.netcheck.model.RuleSet;
import jp.mamori.netcheck.report.Finding;
import jp.mamori.netcheck.report.Messages;
import jp.mamori.netcheck.report.Report;
import jp.mamori.netcheck.zone.Exemption;
import jp.mamori.netcheck.zone.PolicyCell;
import jp.mamori.netcheck.zone.Severity;
import jp.mamori.netcheck.zone.Zone;
import jp.mamori.netcheck.zone.ZoneModel;

/**
 * Checks firewall rule sets against the zone model, exactly, under first-match semantics.
 *
 * <p>For every filter it reports each PERMIT rule whose effective region (what it permits after
 * the rules above it) reaches traffic a zone cell forbids, with one verified example packet
 * (VIOLATION); rules that can never match (SHADOWED); rules whose removal changes nothing
 * (REDUNDANT); and rules partly overlapping an earlier rule with another action (CORRELATED). A
 * filter whose default action permits is checked as if it ended with a permit-all rule named
 * {@value #DEFAULT_RULE}. Expired exceptions of the zone model are reported once.
 */
public final class RuleAnalysis {
    /** The rule id of findings caused by a filter's default action. */
    public static final String DEFAULT_RULE = "(default)";

    private final ZoneModel model;
    private final Messages messages;

    public RuleAnalysis(ZoneModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    /** Findings for one filter, in rule order. */
    public List<Finding> analyze(RuleSet set) {
        return new FilterAnalysis(model, messages, set).run();
    }

    /** The full report for an import: every filter, the expired exceptions and the unread lines. */
    public Report report(ImportResult imported) {
        List<Finding> findings = new ArrayList<>(expiredExemptions());
        int rules = 0;
        for (RuleSet set : imported.ruleSets()) {
            if (set.checks() != RuleSet.Checks.PATHS) {
                rules += set.rules().size(); // a composed path repeats rules already counted
            }
            findings.addAll(analyze(set));
        }
        findings.addAll(unmappedInterfaces(imported.ruleSets()));
        return new Report(
                rules, imported.linesRead(), imported.linesUnderstood(), sorted(findings), imported.unsupported());
    }

    /**
     * One UNMAPPED_INTERFACE finding per device whose enabled rules name interfaces (or vendor
     * zones) the zone file's {@code interfaces:} does not map, listing them; it points at the
     * first rule that names one.
     */
    public List<Finding> unmappedInterfaces(List<RuleSet> sets) {
        java.util.Map<String, java.util.TreeSet<String>> names = new java.util.LinkedHashMap<>();
        java.util.Map<String, Rule> first = new java.util.HashMap<>();
        for (RuleSet set : sets) {
            for (Rule r : set.rules()) {
                if (!r.enabled()) {
                    continue;
                }
                for (List<String> side : List.of(r.sourceInterfaces(), r.destinationInterfaces())) {
                    for (String name : side) {
                        if (model.zoneOfInterface(r.device(), name).isEmpty()) {
                            names.computeIfAbsent(r.device(), d -> new java.util.TreeSet<>())
                                    .add(name);
                            first.putIfAbsent(r.device(), r);
                        }
                    }
                }
            }
        }
        List<Finding> out = new ArrayList<>();
        names.forEach((device, unmapped) -> {
            Rule r = first.get(device);
            out.add(new Finding(
                    Finding.Kind.UNMAPPED_INTERFACE,
                    Severity.INFO.label(),
                    device,
                    null,
                    null,
                    r.file(),
                    r.line(),
                    null,
                    null,
                    null,
                    null,
                    1,
                    messages.format("finding.unmapped", device, String.join(", ", unmapped)),
                    null));
        });
        return out;
    }

    /** One EXPIRED_EXCEPTION finding per exception of the zone model past its expiry day. */
    public List<Finding> expiredExemptions() {
        List<Finding> out = new ArrayList<>();
        for (Exemption x : model.expiredExemptions()) {
            String from = x.from().first().flatMap(model::zoneOf).map(Zone::id).orElse(null);
            String to = x.to().first().flatMap(model::zoneOf).map(Zone::id).orElse(null);
            String cell = from != null && to != null ? model.cellFor(from, to).text() : null;
            out.add(new Finding(
                    Finding.Kind.EXPIRED_EXCEPTION,
                    Severity.HIGH.label(),
                    null,
                    null,
                    x.id(),
                    x.file().isEmpty() ? model.fileName() : x.file(),
                    x.line(),
                    from,
                    to,
                    cell,
                    null,
                    1,
                    messages.format("finding.expired", x.id(), x.expires().toString(), x.owner(), x.justification()),
                    null));
        }
        return out;
    }

    /** Most severe first, then by kind, file and line: the order reports use. */
    public static List<Finding> sorted(List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings);
        out.sort(Comparator.comparingInt((Finding f) -> severityRank(f.severity()))
                .thenComparing(Finding::kind)
                .thenComparing(f -> f.file() == null ? "" : f.file())
                .thenComparingInt(Finding::line));
        return out;
    }

    private static int severityRank(String severity) {
        for (Severity s : Severity.values()) {
            if (s.label().equals(severity)) {
                return s.ordinal();
            }
        }
        return Severity.values().length;
    }

    /** The text of a rule for messages: {@code device/filter#id}. */
    public static String ruleName(Rule r) {
        return FilterAnalysis.ruleName(r);
    }

    /** The cell text of a pair, for callers that build their own findings. */
    public PolicyCell cell(String from, String to) {
        return model.cellFor(from, to);
    }
}
