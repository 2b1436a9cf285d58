package jp.mamori.incident;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A report to the 個人情報保護委員会 as it was actually submitted (issue 11 point 2). Its countdown stops
 * here; when the day of submission (Japan time) is after the due date, the submission is late and
 * says so.
 *
 * @param kind 速報 or 確報
 * @param submittedAt when it was sent
 * @param submittedBy who sent it (a name or a role, as written by the person recording it)
 * @param channel how it was sent
 * @param receiptNumber the receipt number given by the commission or the ministry ("" when none)
 * @param fileName the file sent, kept as it was
 * @param sha256 the file's SHA-256
 * @param size the file's size in bytes
 * @param dueOn the due date at the time of recording
 * @param late sent after the due date
 * @param recordedBy the login that recorded it
 * @param recordedAt when it was recorded
 */
public record ReportSubmission(
        Kind kind,
        Instant submittedAt,
        String submittedBy,
        Channel channel,
        String receiptNumber,
        String fileName,
        String sha256,
        long size,
        LocalDate dueOn,
        boolean late,
        String recordedBy,
        Instant recordedAt) {

    /** The two reports the rules ask for (施行規則 第8条・第44条 第1項 and 第2項). */
    public enum Kind {
        PRELIMINARY,
        FINAL;

        public String messageKey() {
            return "incident.submission.kind." + name();
        }
    }

    /** How the report was sent. */
    public enum Channel {
        /** the commission's report form (漏えい等報告フォーム). */
        PPC_FORM,
        /** through the ministry the commission delegated its power to (権限の委任先). */
        DELEGATED_MINISTRY,
        /** any other way (paper, in person); say how in who-sent. */
        OTHER;

        public String messageKey() {
            return "incident.submission.channel." + name();
        }
    }
}
