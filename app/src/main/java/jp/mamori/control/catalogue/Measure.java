package jp.mamori.control.catalogue;

import java.util.List;
import java.util.regex.Pattern;
import jp.mamori.shared.Role;

/**
 * One measure (対策) of a catalogue version.
 *
 * @param id stable id such as {@code 6.3.2} (own measures may add a suffix: {@code 6.3.2-1})
 * @param chapter chapter number, the first part of the id
 * @param section section number, the first two parts of the id
 * @param role who is normally responsible
 * @param evidence what one would expect to see as proof
 * @param adopted false when the body does not adopt a guideline measure; the reason says why
 */
public record Measure(
        String id,
        String chapter,
        String section,
        String title,
        String statement,
        Role role,
        String evidence,
        CheckFrequency frequency,
        MeasureScope scope,
        Applicability appliesTo,
        List<String> iso27001,
        MeasureOrigin origin,
        boolean adopted,
        String notAdoptedReason) {
    static final Pattern ID = Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.\\d{1,3}(-[A-Za-z0-9]{1,8})?");

    public Measure {
        iso27001 = List.copyOf(iso27001);
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("measure id " + id + " is not of the form 6.3.2");
        }
        if (adopted && !notAdoptedReason.isEmpty()) {
            throw new IllegalArgumentException("an adopted measure has no reason for not adopting it");
        }
        if (!adopted && notAdoptedReason.isBlank()) {
            throw new IllegalArgumentException("a measure not adopted needs the reason");
        }
    }

    /** The chapter of an id: {@code 6} for {@code 6.3.2}. */
    static String chapterOf(String id) {
        return id.substring(0, id.indexOf('.'));
    }

    /** The section of an id: {@code 6.3} for {@code 6.3.2}. */
    static String sectionOf(String id) {
        int first = id.indexOf('.');
        return id.substring(0, id.indexOf('.', first + 1));
    }

    Measure reworded(String newTitle, String newStatement, String newEvidence) {
        return new Measure(
                id,
                chapter,
                section,
                newTitle,
                newStatement,
                role,
                newEvidence,
                frequency,
                scope,
                appliesTo,
                iso27001,
                origin,
                adopted,
                notAdoptedReason);
    }

    Measure notAdopted(String reason) {
        return new Measure(
                id, chapter, section, title, statement, role, evidence, frequency, scope, appliesTo, iso27001, origin,
                false, reason);
    }

    Measure readopted() {
        return new Measure(
                id, chapter, section, title, statement, role, evidence, frequency, scope, appliesTo, iso27001, origin,
                true, "");
    }
}
