package jp.mamori.organization;

import org.jspecify.annotations.Nullable;

/**
 * How the people list is narrowed: a unit (with the units below it), a category name, a text found
 * in the name, フリガナ, staff number or mail address, and whether the person is in post today.
 */
public record PersonFilter(
        @Nullable Long unitId,
        @Nullable String category,
        @Nullable String text,
        Status status) {
    /** In post today, out of post (leavers and people not yet in post), or everyone. */
    public enum Status {
        IN_POST,
        OUT_OF_POST,
        ALL
    }

    static PersonFilter everyone() {
        return new PersonFilter(null, null, null, Status.ALL);
    }

    public PersonFilter {
        text = text == null || text.isBlank() ? null : text.strip();
        category = category == null || category.isBlank() ? null : category.strip();
        status = status == null ? Status.ALL : status;
    }
}
