package jp.mamori.control.catalogue;

import java.util.Locale;
import jp.mamori.shared.Role;
import org.jspecify.annotations.Nullable;

/**
 * What the measure list is narrowed to: a chapter, words in the id, title, statement, evidence or
 * ISO number, a responsible role, a scope, or only measures not adopted.
 */
public record MeasureFilter(
        @Nullable String chapter,
        @Nullable String text,
        @Nullable Role role,
        @Nullable MeasureScope scope,
        boolean notAdoptedOnly) {
    static final MeasureFilter ALL = new MeasureFilter(null, null, null, null, false);

    public MeasureFilter {
        chapter = chapter == null || chapter.isBlank() ? null : chapter.strip();
        text = text == null || text.isBlank() ? null : text.strip();
    }

    /** The text as a LIKE pattern on the lower-cased search column, with %, _ and \ escaped. */
    @Nullable
    String likePattern() {
        if (text == null) {
            return null;
        }
        String escaped = text.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
