package jp.mamori.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** At most one import per person and {@link ImportSlots#OVERALL} per node; a refusal asks to try again. */
class ImportSlotsTest {
    private final ImportSlots slots = new ImportSlots();

    private static void refusedAsBusy(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        LedgerUnreadableException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("ledger.import.busy"));
    }

    @Test
    void a_person_running_an_import_cannot_start_a_second_one_until_the_first_ends() throws Exception {
        ImportSlots.Slot first = slots.take("manager");
        refusedAsBusy(() -> slots.take("manager"));
        first.close();
        slots.take("manager").close();
    }

    @Test
    void the_node_runs_at_most_the_overall_number_of_imports() throws Exception {
        assertThat(ImportSlots.OVERALL).isEqualTo(2);
        ImportSlots.Slot a = slots.take("a");
        ImportSlots.Slot b = slots.take("b");
        refusedAsBusy(() -> slots.take("c"));
        b.close();
        ImportSlots.Slot c = slots.take("c");
        // a refused person is not left marked as running
        refusedAsBusy(() -> slots.take("d"));
        a.close();
        slots.take("d").close();
        c.close();
    }
}
