package jp.mamori.asset;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The field table covers every field a person gives an asset (those grouped in value records too), so
 * none is left out of the history.
 */
class AssetFieldTest {
    @Test
    void every_component_of_a_draft_is_in_the_field_table_and_on_the_asset() {
        List<String> draft = fields(AssetDraft.class).stream()
                .filter(name -> !name.equals(AssetField.MORE))
                .toList();
        List<String> asset = fields(Asset.class);
        // the rows held in the records' `more` map have no component of their own
        List<String> table = Arrays.stream(AssetField.values())
                .filter(f -> !f.inMore())
                .map(f -> f == AssetField.RESTRICTIONS ? "restrictionCodes" : f.key())
                .toList();
        assertThat(table).containsAll(draft).contains("scheme").hasSize(draft.size() + 1);
        assertThat(asset).containsAll(table).contains(AssetField.MORE);
    }

    /** The names of a record's fields, a value record's components (Classification …) in its place. */
    private static List<String> fields(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents())
                .flatMap(c -> VALUE_RECORDS.contains(c.getType())
                        ? Arrays.stream(c.getType().getRecordComponents()).map(RecordComponent::getName)
                        : Stream.of(c.getName()))
                .toList();
    }

    private static final List<Class<?>> VALUE_RECORDS =
            List.of(Custody.class, Classification.class, PersonalData.class);
}
