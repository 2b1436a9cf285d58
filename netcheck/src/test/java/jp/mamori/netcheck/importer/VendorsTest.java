package jp.mamori.netcheck.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VendorsTest {
    @Test
    void everyDocumentedNameHasAnImporter() {
        for (String name : Vendors.NAMES) {
            assertThat(Vendors.forName(name)).isNotNull();
            assertThat(Vendors.forName(name.toUpperCase())).isNotNull();
        }
    }

    @Test
    void anUnknownNameListsTheValidOnes() {
        assertThatThrownBy(() -> Vendors.forName("checkpoint"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("checkpoint")
                .hasMessageContaining("csv, fortigate, paloalto, yamaha, iptables, asa");
    }
}
