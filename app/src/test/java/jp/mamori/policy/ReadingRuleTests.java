package jp.mamori.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Set;
import jp.mamori.shared.Role;
import org.junit.jupiter.api.Test;

/** Who may read which document: the one rule every entry point uses. */
class ReadingRuleTests {
    static final long OWNER = 10;
    static final long SECTION = 20;
    static final long OTHER = 30;

    static PolicyDocument doc(Visibility visibility) {
        return new PolicyDocument(1, PolicyTier.PROCEDURE, 2L, "手順", "", OWNER, visibility, OffsetDateTime.now());
    }

    static Reader staffOf(long... ownUnits) {
        Set<Long> units = new java.util.HashSet<>();
        for (long u : ownUnits) {
            units.add(u);
        }
        return new Reader("s", 1L, true, units, Set.of(Role.STAFF), Set.of(), false);
    }

    @Test
    void a_public_document_is_read_by_every_account_even_without_a_person() {
        assertThat(ReadingRule.allows(Reader.anonymous(), doc(Visibility.open(Audience.PUBLIC))))
                .isTrue();
    }

    @Test
    void an_all_staff_document_needs_someone_in_post() {
        PolicyDocument document = doc(Visibility.open(Audience.ALL_STAFF));
        assertThat(ReadingRule.allows(staffOf(OTHER), document)).isTrue();
        assertThat(ReadingRule.allows(Reader.anonymous(), document)).isFalse();
    }

    @Test
    void a_restricted_document_is_read_by_members_of_a_named_unit_or_a_unit_below_it() {
        PolicyDocument document = doc(Visibility.restricted(Set.of(), Set.of(SECTION)));
        assertThat(ReadingRule.allows(staffOf(SECTION), document)).isTrue();
        // a member of a team below the section: own units are the team and every unit above it
        assertThat(ReadingRule.allows(staffOf(99, SECTION, 5), document)).isTrue();
        assertThat(ReadingRule.allows(staffOf(OTHER, 5), document)).isFalse();
    }

    @Test
    void a_restricted_document_is_read_by_holders_of_a_named_role() {
        PolicyDocument document = doc(Visibility.restricted(Set.of(Role.CSIRT), Set.of()));
        Reader csirt = new Reader("c", 2L, true, Set.of(OTHER), Set.of(Role.STAFF, Role.CSIRT), Set.of(), false);
        assertThat(ReadingRule.allows(csirt, document)).isTrue();
        assertThat(ReadingRule.allows(staffOf(OTHER), document)).isFalse();
    }

    @Test
    void a_role_holder_no_longer_in_post_reads_no_restricted_document() {
        PolicyDocument document = doc(Visibility.restricted(Set.of(Role.CSIRT), Set.of(SECTION)));
        Reader leaver = new Reader("l", 3L, false, Set.of(SECTION), Set.of(Role.CSIRT), Set.of(), false);
        assertThat(ReadingRule.allows(leaver, document)).isFalse();
    }

    @Test
    void a_restricted_document_naming_nobody_is_read_only_by_its_managers_and_body_wide_readers() {
        PolicyDocument document = doc(Visibility.restricted(Set.of(), Set.of()));
        assertThat(ReadingRule.allows(staffOf(OWNER), document)).isFalse();
        Reader manager = new Reader("m", 4L, true, Set.of(OTHER), Set.of(Role.SECURITY_MANAGER), Set.of(OWNER), false);
        assertThat(ReadingRule.allows(manager, document)).isTrue();
        Reader auditor = new Reader("a", 5L, true, Set.of(OTHER), Set.of(Role.AUDITOR), Set.of(), true);
        assertThat(ReadingRule.allows(auditor, document)).isTrue();
    }

    @Test
    void drafts_need_an_editor_or_approver_besides_a_reader() {
        PolicyDocument document = doc(Visibility.open(Audience.ALL_STAFF));
        assertThat(ReadingRule.allowsUnapproved(staffOf(OTHER), document, false))
                .isFalse();
        assertThat(ReadingRule.allowsUnapproved(staffOf(OTHER), document, true)).isTrue();
        Reader auditor = new Reader("a", 5L, true, Set.of(OTHER), Set.of(Role.AUDITOR), Set.of(), true);
        assertThat(ReadingRule.allowsUnapproved(auditor, document, false)).isTrue();
    }
}
