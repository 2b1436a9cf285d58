package jp.mamori.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.mamori.security.PendingSecondFactor;
import jp.mamori.security.SecurityConfiguration;
import jp.mamori.security.SignInCompletion;
import jp.mamori.security.SignInOutcome;
import jp.mamori.security.SignIns;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page (the form posts to Spring Security's login processing) and the code step. */
@Controller
class SignInPages {
    private final SignIns signIns;
    private final SignInCompletion completion;

    SignInPages(SignIns signIns, SignInCompletion completion) {
        this.signIns = signIns;
        this.completion = completion;
    }

    @GetMapping("/login")
    String login(
            @RequestParam(required = false) @Nullable String error,
            @RequestParam(required = false) @Nullable String logout,
            @RequestParam(required = false) @Nullable String ended,
            @Nullable Authentication authentication,
            Model model) {
        if (authentication != null && SecurityConfiguration.isFullySignedIn(authentication)) {
            return "redirect:/";
        }
        if (error != null) {
            model.addAttribute(
                    "error",
                    "signin.error." + SignInOutcome.Reason.fromCode(error).code());
        }
        if (logout != null) {
            model.addAttribute("signedOut", true);
        }
        if (ended != null) {
            model.addAttribute("error", "signin.error.ended");
        }
        return "security/login";
    }

    @GetMapping("/login/totp")
    String codeForm(@RequestParam(required = false) @Nullable String error, Model model) {
        model.addAttribute("wrongCode", error != null);
        return "security/totp";
    }

    @PostMapping("/login/totp")
    void code(
            @RequestParam(defaultValue = "") String code,
            @AuthenticationPrincipal PendingSecondFactor pending,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        SignInOutcome outcome = signIns.secondFactor(pending.accountId(), code, request.getRemoteAddr());
        if (outcome instanceof SignInOutcome.Completed completed) {
            completion.complete(completed.user(), request, response);
            return;
        }
        SignInOutcome.Reason reason = ((SignInOutcome.Refused) outcome).reason();
        if (reason == SignInOutcome.Reason.WRONG_CODE) {
            response.sendRedirect(request.getContextPath() + "/login/totp?error");
            return;
        }
        completion.abandon(request, response);
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason.code());
    }
}
