package jp.mamori.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.mamori.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * What a report to the 個人情報保護委員会 asks for and the incident itself does not record: the day it
 * happened, which items of personal data, secondary damage, what was done for the people affected,
 * publication, other notes and whom to contact; plus the cause and the measures as far as known
 * before closure (once closed, the {@link Closure} is what the report shows). Kept beside the
 * incident in {@code inc_report_facts}, editable by those who respond to it, every change audited.
 *
 * <p>Every text may be blank: a 速報 goes out with what is known, and the report says 「調査中」 for
 * what is still open.
 *
 * @param occurredOn the day it happened, when known (it may be well before the day of discovery)
 * @param dataItems the items of personal data involved: 氏名, 住所, 個人番号, 給付の記録 …
 * @param secondaryDamage whether secondary damage happened or may happen, and what
 * @param responseToPeople what has been done for the people affected (notice, contact point …)
 * @param publication whether and how the breach was made public
 * @param causeSoFar the cause as known before closure
 * @param measuresSoFar recurrence prevention as planned before closure
 * @param otherNotes anything else useful to the commission
 * @param contact the unit and person to contact about the report
 */
public record ReportFacts(
        @Nullable LocalDate occurredOn,
        String dataItems,
        String secondaryDamage,
        String responseToPeople,
        String publication,
        String causeSoFar,
        String measuresSoFar,
        String otherNotes,
        String contact) {

    /** Longest text per field, in characters: enough for a page of the form, short of abuse. */
    public static final int TEXT_MAX = 4_000;

    public ReportFacts {
        dataItems = tidy(dataItems);
        secondaryDamage = tidy(secondaryDamage);
        responseToPeople = tidy(responseToPeople);
        publication = tidy(publication);
        causeSoFar = tidy(causeSoFar);
        measuresSoFar = tidy(measuresSoFar);
        otherNotes = tidy(otherNotes);
        contact = tidy(contact);
        var problems = new ArrayList<InvalidInputException.Problem>();
        check(problems, "dataItems", dataItems);
        check(problems, "secondaryDamage", secondaryDamage);
        check(problems, "responseToPeople", responseToPeople);
        check(problems, "publication", publication);
        check(problems, "causeSoFar", causeSoFar);
        check(problems, "measuresSoFar", measuresSoFar);
        check(problems, "otherNotes", otherNotes);
        check(problems, "contact", contact);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(List.copyOf(problems));
        }
    }

    /** Nothing recorded yet. */
    public static ReportFacts empty() {
        return new ReportFacts(null, "", "", "", "", "", "", "", "");
    }

    /** True when nothing has been filled in. */
    public boolean isEmpty() {
        return equals(empty());
    }

    /** The occurrence day must not come after the discovery day (both in Japan time). */
    ReportFacts checkedAgainst(LocalDate discoveredOn) {
        if (occurredOn != null && occurredOn.isAfter(discoveredOn)) {
            throw InvalidInputException.of("occurredOn", "incident.report.error.occurredAfterDiscovery");
        }
        return this;
    }

    private static String tidy(@Nullable String text) {
        // line ends as \n only, so the stored text, the PDF and the workbook agree
        return text == null
                ? ""
                : text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    private static void check(List<InvalidInputException.Problem> problems, String field, String text) {
        if (text.length() > TEXT_MAX) {
            problems.add(InvalidInputException.Problem.of(field, "incident.report.error.tooLong", TEXT_MAX));
        }
    }
}
