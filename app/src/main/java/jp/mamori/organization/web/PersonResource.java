package jp.mamori.organization.web;

import java.time.LocalDate;
import jp.mamori.organization.Person;
import org.jspecify.annotations.Nullable;

/** A person in the REST API; dates in ISO 8601, {@code inPost} as of today. */
record PersonResource(
        long id,
        String staffNumber,
        String name,
        String kana,
        String email,
        String category,
        long unitId,
        LocalDate inPostFrom,
        @Nullable LocalDate inPostTo,
        boolean inPost,
        boolean deactivated) {
    static PersonResource of(Person person, LocalDate today) {
        return new PersonResource(
                person.id(),
                person.staffNumber(),
                person.name(),
                person.kana(),
                person.email(),
                person.category(),
                person.unitId(),
                person.inPostFrom(),
                person.inPostTo(),
                person.inPostOn(today),
                person.isDeactivated());
    }
}
