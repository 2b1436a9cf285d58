package jp.mamori.incident.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import jp.mamori.incident.ReportFacts;
import org.jspecify.annotations.Nullable;

/**
 * The report-facts form on the report page. The day it happened comes as text from a date field
 * (2025-04-09), so a bad value is named on the field instead of failing the binding.
 */
record ReportFactsForm(
        @Nullable String occurredOn,
        @Nullable String dataItems,
        @Nullable String secondaryDamage,
        @Nullable String responseToPeople,
        @Nullable String publication,
        @Nullable String causeSoFar,
        @Nullable String measuresSoFar,
        @Nullable String otherNotes,
        @Nullable String contact) {

    static ReportFactsForm of(ReportFacts facts) {
        return new ReportFactsForm(
                facts.occurredOn() == null ? "" : facts.occurredOn().toString(),
                facts.dataItems(),
                facts.secondaryDamage(),
                facts.responseToPeople(),
                facts.publication(),
                facts.causeSoFar(),
                facts.measuresSoFar(),
                facts.otherNotes(),
                facts.contact());
    }

    /** The facts the form describes; {@link jp.mamori.shared.InvalidInputException} names bad fields. */
    ReportFacts facts() {
        return new ReportFacts(
                day(occurredOn),
                text(dataItems),
                text(secondaryDamage),
                text(responseToPeople),
                text(publication),
                text(causeSoFar),
                text(measuresSoFar),
                text(otherNotes),
                text(contact));
    }

    private static @Nullable LocalDate day(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip().replace('/', '-'));
        } catch (DateTimeParseException e) {
            throw jp.mamori.shared.InvalidInputException.of("occurredOn", "incident.report.error.date");
        }
    }

    private static String text(@Nullable String text) {
        return text == null ? "" : text;
    }
}
