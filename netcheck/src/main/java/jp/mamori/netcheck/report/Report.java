package jp.mamori.netcheck.report;

import java.util.List;
import jp.mamori.netcheck.model.Unsupported;

/**
 * The result of one netcheck run: summary figures, findings and the lines not understood.
 *
 * @param rules number of rules analysed (0 for a flow audit)
 * @param linesRead lines (or records) read from the inputs
 * @param linesUnderstood lines (or records) understood
 * @param findings every finding, most severe first
 * @param unsupported every line or record not understood
 */
public record Report(
        int rules, long linesRead, long linesUnderstood, List<Finding> findings, List<Unsupported> unsupported) {
    public Report {
        findings = List.copyOf(findings);
        unsupported = List.copyOf(unsupported);
    }

    /** Number of findings that count as violations (decides exit code 1). */
    public long violations() {
        return findings.stream().filter(f -> f.kind().isViolation()).count();
    }
}
