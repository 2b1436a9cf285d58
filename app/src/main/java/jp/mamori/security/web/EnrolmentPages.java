package jp.mamori.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import jp.mamori.security.AccountHolder;
import jp.mamori.security.PendingSecondFactor;
import jp.mamori.security.Reauthentication;
import jp.mamori.security.SecondFactorEnrolment;
import jp.mamori.security.SignInCompletion;
import jp.mamori.security.SignInOutcome;
import jp.mamori.security.SignIns;
import jp.mamori.security.SignedInUser;
import jp.mamori.web.form.Flash;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * TOTP enrolment, forced right after the password for accounts that need a second factor and
 * have none, and open to everyone from their account page. The QR code is drawn by the server and
 * served from here (the Content-Security-Policy allows no outside images).
 */
@Controller
class EnrolmentPages {
    private final SecondFactorEnrolment enrolment;
    private final SignIns signIns;
    private final SignInCompletion completion;
    private final Reauthentication reauthentication;

    EnrolmentPages(
            SecondFactorEnrolment enrolment,
            SignIns signIns,
            SignInCompletion completion,
            Reauthentication reauthentication) {
        this.enrolment = enrolment;
        this.signIns = signIns;
        this.completion = completion;
        this.reauthentication = reauthentication;
    }

    @GetMapping("/account/totp")
    @PreAuthorize(Rights.OWN_ACCOUNT)
    public String form(@AuthenticationPrincipal AccountHolder holder, Model model) {
        String secret = enrolment.pendingSecret(holder.accountId());
        model.addAttribute("secret", grouped(secret));
        model.addAttribute("login", holder.login());
        model.addAttribute("forced", holder instanceof PendingSecondFactor);
        return "security/enrol";
    }

    @GetMapping(value = "/account/totp/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    @PreAuthorize(Rights.OWN_ACCOUNT)
    public ResponseEntity<byte[]> qrCode(@AuthenticationPrincipal AccountHolder holder) {
        Optional<byte[]> png = enrolment.qrCode(holder.accountId());
        return png.map(bytes -> ResponseEntity.ok()
                        .cacheControl(CacheControl.noStore())
                        .contentType(MediaType.IMAGE_PNG)
                        .body(bytes))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PostMapping("/account/totp")
    @PreAuthorize(Rights.OWN_ACCOUNT)
    public String confirm(
            @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String confirmation,
            @AuthenticationPrincipal AccountHolder holder,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!(holder instanceof PendingSecondFactor)) {
            // changing the second factor of a signed-in account: the person again, first
            try {
                reauthentication.confirm(holder.accountId(), confirmation, request.getRemoteAddr());
            } catch (jp.mamori.shared.InvalidInputException e) {
                Flash.alert(redirect, e.problems().get(0).messageKey());
                return "redirect:/account/totp";
            }
        }
        Optional<List<String>> codes = enrolment.confirm(holder.accountId(), code);
        if (codes.isEmpty()) {
            Flash.alert(redirect, "mfa.enrol.wrongCode");
            return "redirect:/account/totp";
        }
        if (holder instanceof PendingSecondFactor) {
            SignInOutcome outcome = signIns.enrolled(holder.accountId());
            if (!(outcome instanceof SignInOutcome.Completed completed)) {
                completion.abandon(request, response);
                return "redirect:/login?error="
                        + ((SignInOutcome.Refused) outcome).reason().code();
            }
            completion.signIn(completed.user(), request, response);
        }
        redirect.addFlashAttribute("recoveryCodes", codes.get());
        Flash.notice(redirect, "mfa.enrol.done");
        return "redirect:/account/recovery-codes";
    }

    @GetMapping("/account/recovery-codes")
    @PreAuthorize(Rights.OWN_ACCOUNT)
    public String recoveryCodes(Model model) {
        if (!model.containsAttribute("recoveryCodes")) {
            return "redirect:/account";
        }
        return "security/recovery-codes";
    }

    @PostMapping("/account/recovery-codes")
    @PreAuthorize(Rights.OWN_ACCOUNT)
    public String newRecoveryCodes(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(defaultValue = "") String confirmation,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        try {
            reauthentication.confirm(user.accountId(), confirmation, request.getRemoteAddr());
        } catch (jp.mamori.shared.InvalidInputException e) {
            Flash.alert(redirect, e.problems().get(0).messageKey());
            return "redirect:/account";
        }
        redirect.addFlashAttribute("recoveryCodes", enrolment.newRecoveryCodes(user.accountId()));
        Flash.notice(redirect, "mfa.recoveryCodes.renewed");
        return "redirect:/account/recovery-codes";
    }

    /** ABCD EFGH …: easier to type by hand. */
    static String grouped(String secret) {
        return String.join(" ", secret.split("(?<=\\G.{4})"));
    }
}
