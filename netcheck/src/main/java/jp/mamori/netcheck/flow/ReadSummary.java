package jp.mamori.netcheck.flow;

/**
 * What one reader run saw.
 *
 * @param recordsRead records (log lines, flow records, data sets without a template) read; blank
 *     lines, comments, headers and templates are not records
 * @param recordsUnderstood records understood, including session-start records that are not
 *     audited because the session's end record carries the same flow
 */
public record ReadSummary(long recordsRead, long recordsUnderstood) {
    public ReadSummary plus(ReadSummary other) {
        return new ReadSummary(recordsRead + other.recordsRead, recordsUnderstood + other.recordsUnderstood);
    }
}
