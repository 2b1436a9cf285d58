package jp.mamori.organization;

import java.text.Normalizer;
import org.jspecify.annotations.Nullable;

/** Normalises a typed staff number the way {@link PersonDraft} stores it (half-width, trimmed). */
public final class PersonDraftText {
    private PersonDraftText() {}

    public static String staffNumber(@Nullable String text) {
        return text == null
                ? ""
                : Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }
}
