package jp.mamori.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: who is signed in, the roles they hold today, and what they can open from here. */
@Controller
class HomeController {
    @GetMapping("/")
    String home() {
        return "web/home";
    }
}
