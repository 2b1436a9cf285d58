package jp.mamori.audittrail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChainHashTest {
    static final Instant T = Instant.parse("2026-11-26T00:30:00.123456Z");

    static String hash(String actor, String action, String details, String previous) {
        return ChainHash.of(7, T, actor, action, "person", "42", details, previous);
    }

    @Test
    void the_same_content_always_gives_the_same_hash() {
        assertThat(hash("tanaka", "person.created", "{}", ChainHash.GENESIS))
                .isEqualTo(hash("tanaka", "person.created", "{}", ChainHash.GENESIS))
                .hasSize(64)
                .matches("[0-9a-f]{64}");
    }

    @Test
    void changing_any_field_changes_the_hash() {
        String base = hash("tanaka", "person.created", "{}", ChainHash.GENESIS);
        assertThat(hash("tanakb", "person.created", "{}", ChainHash.GENESIS)).isNotEqualTo(base);
        assertThat(hash("tanaka", "person.changed", "{}", ChainHash.GENESIS)).isNotEqualTo(base);
        assertThat(hash("tanaka", "person.created", "{\"a\":\"b\"}", ChainHash.GENESIS))
                .isNotEqualTo(base);
        assertThat(hash("tanaka", "person.created", "{}", "1".repeat(64))).isNotEqualTo(base);
        assertThat(ChainHash.of(8, T, "tanaka", "person.created", "person", "42", "{}", ChainHash.GENESIS))
                .isNotEqualTo(base);
        assertThat(ChainHash.of(
                        7, T.plusNanos(1000), "tanaka", "person.created", "person", "42", "{}", ChainHash.GENESIS))
                .isNotEqualTo(base);
    }

    @Test
    void moving_text_from_one_field_to_the_next_changes_the_hash() {
        // without length prefixes "ab"+"c" and "a"+"bc" would encode alike
        assertThat(hash("ab", "c", "{}", ChainHash.GENESIS)).isNotEqualTo(hash("a", "bc", "{}", ChainHash.GENESIS));
    }

    @Test
    void a_known_entry_hashes_to_the_value_an_independent_implementation_computes() {
        // computed with Python's hashlib over the documented encoding (length-prefixed UTF-8 fields)
        assertThat(ChainHash.of(1, Instant.parse("2026-01-01T00:00:00Z"), "a", "b", "c", "d", "{}", ChainHash.GENESIS))
                .isEqualTo("cfcea93fd2bd444cefd9bef56a9a0e17a9c32e869e667ed42e4c2e00b8ed51af");
    }

    @Test
    void details_are_canonical_json_with_sorted_keys_and_escapes() {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("name", "見本 \"太郎\"\n");
        details.put("email", "a\\b");
        assertThat(CanonicalJson.of(details)).isEqualTo("{\"email\":\"a\\\\b\",\"name\":\"見本 \\\"太郎\\\"\\n\"}");
        assertThat(CanonicalJson.of(Map.of())).isEqualTo("{}");
    }

    @Test
    void times_are_kept_to_the_microsecond_both_databases_store() {
        assertThat(ChainHash.storable(Instant.parse("2026-11-26T00:30:00.123456789Z")))
                .isEqualTo(Instant.parse("2026-11-26T00:30:00.123456Z"));
    }
}
