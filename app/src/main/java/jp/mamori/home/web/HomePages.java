package jp.mamori.home.web;

import jp.mamori.home.DigestChoices;
import jp.mamori.home.MyWork;
import jp.mamori.web.form.Flash;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The home page (who is signed in, their roles, everything waiting for them, most urgent first,
 * and the pages they can open) and the person's own choice about the daily digest mail.
 */
@Controller
class HomePages {
    private final MyWork work;
    private final DigestChoices choices;

    HomePages(MyWork work, DigestChoices choices) {
        this.work = work;
        this.choices = choices;
    }

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    public String home(Model model) {
        model.addAttribute("work", work.mine());
        return "home/index";
    }

    @GetMapping("/me/digest")
    @PreAuthorize("isAuthenticated()")
    public String digest(Model model) {
        model.addAttribute("receives", choices.mineOn());
        return "home/digest";
    }

    @PostMapping("/me/digest")
    @PreAuthorize("isAuthenticated()")
    public String setDigest(@RequestParam("receive") boolean receive, RedirectAttributes redirect) {
        choices.setMine(receive);
        Flash.notice(redirect, receive ? "home.digest.resumed" : "home.digest.stopped");
        return "redirect:/me/digest";
    }
}
