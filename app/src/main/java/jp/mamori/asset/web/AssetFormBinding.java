package jp.mamori.asset.web;

import java.util.Set;
import jp.mamori.asset.AssetDraft;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * The asset form's binding: the fields the draft holds in its value records ({@link
 * jp.mamori.asset.Classification} …) and in {@link AssetDraft#more()} (those the field table adds
 * without a component) are read by their own names, shown with {@code th:field} and given their problems as
 * if they were properties of the draft, so a new field's place on the form is written like any other.
 */
final class AssetFormBinding extends BeanPropertyBindingResult {
    private static final Set<String> NESTED = AssetDraft.nestedNames();

    private final AssetDraft draft;

    AssetFormBinding(AssetDraft draft) {
        super(draft, "form");
        this.draft = draft;
    }

    @Override
    protected @Nullable Object getActualFieldValue(String field) {
        return NESTED.contains(field) ? draft.field(field) : super.getActualFieldValue(field);
    }

    @Override
    public @Nullable Class<?> getFieldType(@Nullable String field) {
        if (field != null && NESTED.contains(field)) {
            Object value = draft.field(field);
            return value == null ? Object.class : value.getClass();
        }
        return super.getFieldType(field);
    }
}
