package jp.mamori.committee;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import jp.mamori.shared.Wareki;
import org.jspecify.annotations.Nullable;

/**
 * A decision (議決) of the committee: taken by the members present at a meeting or in writing
 * (書面決議), with its outcome and the count of votes; numbered per fiscal year (令和8年度第3号).
 * Once recorded it never changes. When it decides a matter of another module, {@link #matter} names
 * it and links to it; that module reads the decision back through {@link Decisions#find}.
 */
public record Decision(
        long id,
        int fiscalYear,
        int seq,
        DecisionMethod method,
        @Nullable Long meetingId,
        String title,
        String resolution,
        @Nullable Matter matter,
        Outcome outcome,
        LocalDate decidedOn,
        int votesFor,
        int votesAgainst,
        int abstentions,
        String recordedBy,
        String recordedName,
        OffsetDateTime recordedAt) {

    /** 議決番号 for the reader: 令和8年度第3号 (FY2026 No. 3 in English). */
    public String number(Locale locale) {
        String year = Wareki.fiscalYear(fiscalYear, locale);
        return "ja".equals(locale.getLanguage()) ? year + "第" + seq + "号" : year + " No. " + seq;
    }

    /** 議決番号 in Japanese, as notices and the audit trail write it. */
    public String number() {
        return number(Locale.JAPANESE);
    }

    public boolean carried() {
        return outcome == Outcome.CARRIED;
    }

    /** True when the decision is about that matter of another module. */
    public boolean decides(String kind, long id) {
        return matter != null && matter.kind().equals(kind) && matter.id() == id;
    }
}
