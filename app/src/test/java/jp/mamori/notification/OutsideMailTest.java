package jp.mamori.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeBodyPart;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The files of a mail to an outside address: bounded, named plainly, and sent with an RFC 2231 name. */
class OutsideMailTest {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static OutsideMail mail() {
        return new OutsideMail("madoguchi@kakuu-joho.example.jp", "test.topic", "件名", "本文");
    }

    @Test
    void files_are_bounded_in_number_and_in_bytes() {
        OutsideMail.Attachment small = new OutsideMail.Attachment("a.xlsx", XLSX, new byte[] {1, 2, 3});
        assertThat(mail().with(small).attachments()).containsExactly(small);
        assertThatThrownBy(() -> new OutsideMail(
                        "madoguchi@kakuu-joho.example.jp",
                        "test.topic",
                        "件名",
                        "本文",
                        Collections.nCopies(OutsideMail.MAX_ATTACHMENTS + 1, small)))
                .isInstanceOf(IllegalArgumentException.class);
        OutsideMail.Attachment big =
                new OutsideMail.Attachment("b.xlsx", XLSX, new byte[OutsideMail.MAX_ATTACHMENT_BYTES / 2 + 1]);
        OutsideMail one = mail().with(big);
        assertThat(one.attachments()).hasSize(1);
        assertThatThrownBy(() -> one.with(big)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_file_name_is_plain_and_a_media_type_is_one() {
        for (String bad : List.of("", " ", "../etc/passwd", "a\\b.xlsx", "a\nb.xlsx", "x".repeat(201))) {
            assertThatThrownBy(() -> new OutsideMail.Attachment(bad, XLSX, new byte[1]))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> new OutsideMail.Attachment("a.xlsx", "text/plain\r\nBcc: x@example.jp", new byte[1]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_content_is_copied_so_the_stored_file_is_the_one_given() {
        byte[] bytes = {1, 2, 3};
        OutsideMail.Attachment a = new OutsideMail.Attachment("a.xlsx", XLSX, bytes);
        bytes[0] = 9;
        assertThat(a.content()).containsExactly(1, 2, 3);
    }

    @Test
    void a_japanese_file_name_is_encoded_as_rfc_2231_says() throws Exception {
        MimeBodyPart part = MailOutbox.part(new OutsideMail.Attachment("定期確認-7.xlsx", XLSX, new byte[] {1}));
        String disposition =
                String.join("", part.getHeader("Content-Disposition")).replaceAll("\\s", "");
        assertThat(disposition)
                .startsWith("attachment")
                .contains("filename*=UTF-8''%E5%AE%9A%E6%9C%9F%E7%A2%BA%E8%AA%8D-7.xlsx");
        assertThat(String.join("", part.getHeader("Content-Type")).replaceAll("\\s", ""))
                .startsWith(XLSX)
                .contains("name*=UTF-8''%E5%AE%9A%E6%9C%9F%E7%A2%BA%E8%AA%8D-7.xlsx");
        assertThat(part.getFileName()).isEqualTo("定期確認-7.xlsx");
    }
}
