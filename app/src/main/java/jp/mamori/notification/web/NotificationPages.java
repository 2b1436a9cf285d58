package jp.mamori.notification.web;

import jp.mamori.notification.Notices;
import jp.mamori.notification.StoredNotice;
import jp.mamori.web.form.Flash;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** お知らせ: the signed-in person's notices, newest first; opening one marks it read. */
@Controller
@PreAuthorize("isAuthenticated()")
class NotificationPages {
    static final int PAGE_SIZE = 30;

    private final Notices notices;

    NotificationPages(Notices notices) {
        this.notices = notices;
    }

    @GetMapping("/notifications")
    public String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("result", notices.mine(Math.max(0, page), PAGE_SIZE));
        model.addAttribute("unread", notices.unread());
        return "notification/list";
    }

    /** Marks the notice read and goes where it points (the list when it points nowhere). */
    @PostMapping("/notifications/{id}/open")
    public String open(@PathVariable long id) {
        StoredNotice notice = notices.read(id);
        return "redirect:" + (notice.link().isEmpty() ? "/notifications" : notice.link());
    }

    @PostMapping("/notifications/read-all")
    public String readAll(RedirectAttributes redirect) {
        int changed = notices.readAll();
        Flash.notice(redirect, "notification.readAll.done", changed);
        return "redirect:/notifications";
    }
}
