package jp.mamori.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The content hash: stable against line ends, trailing spaces and Unicode forms; sensitive to content and dates. */
class ContentHashTests {
    static Revision revision(String body, LocalDate effectiveOn) {
        return Revision.draft(
                        7,
                        2,
                        new RevisionDraft(
                                "7架共第3号",
                                LocalDate.of(2024, 4, 1),
                                LocalDate.of(2025, 3, 1),
                                effectiveOn,
                                "理由",
                                "附則",
                                body),
                        "a",
                        1L,
                        "a",
                        RevisionRulesTests.NOW)
                .withId(5);
    }

    @Test
    void the_canonical_text_has_the_documented_shape() {
        assertThat(ContentHash.canonical(revision("本文", LocalDate.of(2025, 4, 1))))
                .isEqualTo("""
                        mamori-policy-revision/1
                        document-id:7
                        revision:2
                        document-number:7架共第3号
                        enacted-on:2024-04-01
                        amended-on:2025-03-01
                        effective-on:2025-04-01
                        --- body
                        本文
                        --- supplementary-provisions
                        附則
                        """);
    }

    @Test
    void a_known_text_gives_a_known_hash() {
        assertThat(ContentHash.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void line_ends_trailing_spaces_and_unicode_forms_do_not_change_the_hash() {
        LocalDate day = LocalDate.of(2025, 4, 1);
        String nfc = "第1条　ガイドライン\n本文";
        String nfd = java.text.Normalizer.normalize(nfc, java.text.Normalizer.Form.NFD);
        assertThat(ContentHash.of(revision("第1条　ガイドライン  \r\n本文\n\n", day)))
                .isEqualTo(ContentHash.of(revision(nfc, day)))
                .isEqualTo(ContentHash.of(revision(nfd, day)));
    }

    @Test
    void a_changed_character_or_date_changes_the_hash() {
        LocalDate day = LocalDate.of(2025, 4, 1);
        String hash = ContentHash.of(revision("本文", day));
        assertThat(ContentHash.of(revision("本分", day))).isNotEqualTo(hash);
        assertThat(ContentHash.of(revision("本文", day.plusDays(1)))).isNotEqualTo(hash);
    }
}
