package jp.mamori.asset;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The field table covers every field a person gives an asset, so none is left out of the history. */
class AssetFieldTest {
    @Test
    void every_component_of_a_draft_is_in_the_field_table_and_on_the_asset() {
        List<String> draft = Arrays.stream(AssetDraft.class.getRecordComponents())
                .map(RecordComponent::getName)
                .filter(name -> !name.equals(AssetField.MORE))
                .toList();
        List<String> asset = Arrays.stream(Asset.class.getRecordComponents())
                .map(RecordComponent::getName)
                .toList();
        // the rows held in the records' `more` map have no component of their own
        List<String> table = Arrays.stream(AssetField.values())
                .filter(f -> !f.inMore())
                .map(f -> f == AssetField.RESTRICTIONS ? "restrictionCodes" : f.key())
                .toList();
        assertThat(table).containsAll(draft).contains("scheme").hasSize(draft.size() + 1);
        assertThat(asset).containsAll(table).contains(AssetField.MORE);
    }
}
