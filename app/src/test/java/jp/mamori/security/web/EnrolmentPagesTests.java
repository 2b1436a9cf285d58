package jp.mamori.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnrolmentPagesTests {
    @Test
    void the_totp_secret_is_shown_in_groups_of_four() {
        assertThat(EnrolmentPages.grouped("ABCDEFGHIJ")).isEqualTo("ABCD EFGH IJ");
    }
}
