package jp.mamori.notification.web;

import jp.mamori.notification.Notices;
import org.springframework.stereotype.Component;

/**
 * The unread count beside お知らせ in the page header, read by the layout as
 * {@code ${@noticeBadge.unread()}}.
 */
@Component("noticeBadge")
public class NoticeBadge {
    private final Notices notices;

    NoticeBadge(Notices notices) {
        this.notices = notices;
    }

    /** Unread notices of the signed-in person; 0 when nobody (or an account without a person) is signed in. */
    public long unread() {
        return notices.unread();
    }
}
