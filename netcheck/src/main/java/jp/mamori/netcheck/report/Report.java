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

    /** Number of findings that count as violations (the summary's {@code violations}). */
    public long violations() {
        return findings.stream().filter(f -> f.kind().isViolation()).count();
    }

    /**
     * True when the run does not prove the zones apart: a violation, an {@link
     * Finding.Kind#UNRESOLVED} rule, or (for {@code rejectUnread}, the flow audit) any record
     * that could not be read. Decides exit code 1.
     */
    public boolean fails(boolean rejectUnread) {
        return findings.stream().anyMatch(f -> f.kind().failsCheck()) || (rejectUnread && !unsupported.isEmpty());
    }
}
