package jp.mamori.organization;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A person of the body (職員等). In post from {@code inPostFrom} to {@code inPostTo} (離任日, the last
 * working day, included). A leaver is never deleted: {@link #deactivate} sets the last day and
 * records who did it, and from the next day the person is out of post and holds no role.
 */
public record Person(
        long id,
        String staffNumber,
        String name,
        String kana,
        String email,
        long categoryId,
        String category,
        long unitId,
        LocalDate inPostFrom,
        @Nullable LocalDate inPostTo,
        @Nullable OffsetDateTime deactivatedAt,
        @Nullable String deactivatedBy) {

    public boolean inPostOn(LocalDate day) {
        return InPost.on(inPostFrom, inPostTo, day);
    }

    public boolean isDeactivated() {
        return deactivatedAt != null;
    }

    /** The person as a leaver whose last day is {@code lastDay}; refuses a last day before the first. */
    Person deactivate(LocalDate lastDay, String by, OffsetDateTime at) {
        if (lastDay.isBefore(inPostFrom)) {
            throw jp.mamori.shared.InvalidInputException.of("lastDay", "organization.person.lastDay.beforeFrom");
        }
        return new Person(
                id, staffNumber, name, kana, email, categoryId, category, unitId, inPostFrom, lastDay, at, by);
    }

    PersonSummary summary(LocalDate today) {
        return new PersonSummary(id, staffNumber, name, kana, email, unitId, categoryId, inPostOn(today));
    }
}
