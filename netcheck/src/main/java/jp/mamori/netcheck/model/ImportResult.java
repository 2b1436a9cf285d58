package jp.mamori.netcheck.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What an importer read from one or more configuration files.
 *
 * @param ruleSets every filter found, rules in order
 * @param unsupported every line not understood, with the reason
 * @param linesRead the number of non-blank, non-comment lines read
 * @param linesUnderstood how many of those the importer understood
 */
public record ImportResult(List<RuleSet> ruleSets, List<Unsupported> unsupported, int linesRead, int linesUnderstood) {
    public ImportResult {
        ruleSets = List.copyOf(ruleSets);
        unsupported = List.copyOf(unsupported);
    }

    /** Combines the results of several files. */
    public ImportResult plus(ImportResult other) {
        List<RuleSet> sets = new ArrayList<>(ruleSets);
        sets.addAll(other.ruleSets);
        List<Unsupported> uns = new ArrayList<>(unsupported);
        uns.addAll(other.unsupported);
        return new ImportResult(sets, uns, linesRead + other.linesRead, linesUnderstood + other.linesUnderstood);
    }

    /** Share of lines understood, 0–1 (1 when nothing was read). */
    public double understoodShare() {
        return linesRead == 0 ? 1.0 : (double) linesUnderstood / linesRead;
    }
}
