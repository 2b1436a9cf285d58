package jp.mamori.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class NoticeTest {
    @Test
    void a_notice_links_only_inside_mamori() {
        assertThatThrownBy(() -> new Notice(1, "t", "題名", "", "https://example.com/"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("inside mamori");
        assertThatThrownBy(() -> new Notice(1, "t", "題名", "", "//evil.example/"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Notice(1, "t", "題名", "", "/incidents/3").link()).isEqualTo("/incidents/3");
    }

    @Test
    void a_notice_needs_a_title() {
        assertThatThrownBy(() -> new Notice(1, "t", " ", "本文", "")).hasMessageContaining("title");
    }

    @Test
    void the_mail_shows_the_link_after_the_configured_address() {
        MailSettings settings =
                new MailSettings("m@example.jp", "https://mamori.example.lg.jp/", "UTF-8", Duration.ofSeconds(10), 5);
        assertThat(settings.absolute("/incidents/3")).isEqualTo("https://mamori.example.lg.jp/incidents/3");
        assertThat(settings.absolute("")).isEmpty();
        MailSettings noBase = new MailSettings("m@example.jp", "", "UTF-8", Duration.ofSeconds(10), 5);
        assertThat(noBase.absolute("/incidents/3")).isEqualTo("/incidents/3");
    }

    @Test
    void an_unknown_charset_or_no_attempts_stops_start_up() {
        assertThatThrownBy(() -> new MailSettings("m@example.jp", "", "SJIS-X-NONE", Duration.ofSeconds(10), 5))
                .hasMessageContaining("SJIS-X-NONE");
        assertThatThrownBy(() -> new MailSettings("m@example.jp", "", "UTF-8", Duration.ofSeconds(10), 0))
                .hasMessageContaining("max-attempts");
    }
}
