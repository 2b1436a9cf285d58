package jp.mamori.system.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.system.AccountKind;
import jp.mamori.system.AccountList;
import jp.mamori.system.SystemAccounts;
import jp.mamori.system.Systems;
import jp.mamori.web.form.Flash;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Accounts on systems (ID管理): request an account on a system, approve it (the system's 管理者),
 * confirm its removal, the list of accounts to remove (leavers, movers, expired) across the
 * systems one may read, and the comparison of a system's own account list (CSV) with the register. The accounts themselves show on the system's page.
 */
@Controller
class SystemAccountPages {
    private final SystemAccounts accounts;
    private final Systems systems;
    private final MessageSource messages;

    SystemAccountPages(SystemAccounts accounts, Systems systems, MessageSource messages) {
        this.accounts = accounts;
        this.systems = systems;
        this.messages = messages;
    }

    @GetMapping("/systems/accounts/removals")
    @PreAuthorize("@systemAccess.mayList()")
    public String removals(Model model) {
        model.addAttribute("removals", accounts.removals());
        return "system/removals";
    }

    @PostMapping("/systems/{id}/accounts")
    @PreAuthorize("@systemAccess.mayChange(#id)")
    public String request(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String accountName,
            @RequestParam(required = false) @Nullable AccountKind kind,
            @RequestParam(defaultValue = "") String holder,
            @RequestParam(defaultValue = "") String deputy,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate validFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate validTo,
            RedirectAttributes redirect) {
        try {
            accounts.request(
                    id, new SystemAccounts.AccountDraft(accountName, kind, holder, deputy, validFrom, validTo));
            Flash.notice(redirect, "system.account.requested", accountName.strip());
        } catch (InvalidInputException e) {
            Flash.alert(redirect, e);
        }
        return "redirect:/systems/" + id + "#accounts";
    }

    @PostMapping("/systems/{id}/accounts/{accountId}/approve")
    @PreAuthorize("@systemAccess.mayApproveAccounts(#id)")
    public String approve(@PathVariable long id, @PathVariable long accountId, RedirectAttributes redirect) {
        try {
            accounts.approve(id, accountId);
            Flash.notice(redirect, "system.account.approved");
        } catch (InvalidInputException e) {
            Flash.alert(redirect, e);
        }
        return "redirect:/systems/" + id + "#accounts";
    }

    @PostMapping("/systems/{id}/accounts/{accountId}/removed")
    @PreAuthorize("@systemAccess.mayChange(#id)")
    public String confirmRemoval(
            @PathVariable long id,
            @PathVariable long accountId,
            @RequestParam(defaultValue = "") String back,
            RedirectAttributes redirect) {
        try {
            accounts.confirmRemoval(id, accountId);
            Flash.notice(redirect, "system.account.removedNotice");
        } catch (InvalidInputException e) {
            Flash.alert(redirect, e);
        }
        return "removals".equals(back)
                ? "redirect:/systems/accounts/removals"
                : "redirect:/systems/" + id + "#accounts";
    }

    /** The yearly review (棚卸し): every account not removed, each kept unless ended here. */
    @GetMapping("/systems/{id}/accounts/review")
    @PreAuthorize("@systemAccess.mayApproveAccounts(#id)")
    public String reviewForm(@PathVariable long id, Model model) {
        model.addAttribute("d", systems.details(id));
        model.addAttribute(
                "accounts",
                accounts.ofSystem(id).stream()
                        .filter(v -> !v.account().removed())
                        .toList());
        model.addAttribute("review", accounts.currentReview(id).orElse(null));
        return "system/review";
    }

    @PostMapping("/systems/{id}/accounts/review")
    @PreAuthorize("@systemAccess.mayApproveAccounts(#id)")
    public String review(
            @PathVariable long id,
            @RequestParam(name = "ended", required = false) @Nullable List<Long> ended,
            @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        try {
            var r = accounts.review(id, ended == null ? java.util.Set.of() : java.util.Set.copyOf(ended), note);
            Flash.notice(redirect, "system.account.review.done", r.kept(), r.ended());
        } catch (InvalidInputException e) {
            Flash.alert(redirect, e);
        }
        return "redirect:/systems/" + id + "#accounts";
    }

    /** The system's accounts as Excel (column A the account name, so the comparison reads it back). */
    @GetMapping("/systems/{id}/accounts.xlsx")
    @PreAuthorize("@systemAccess.mayRead(#id)")
    public org.springframework.http.ResponseEntity<byte[]> workbook(@PathVariable long id, Locale locale) {
        String name = systems.details(id).system().assetNumber() + "-accounts.xlsx";
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                                .filename(name)
                                .build()
                                .toString())
                .body(accounts.workbook(id, messages, locale));
    }

    @GetMapping("/systems/{id}/accounts/compare")
    @PreAuthorize("@systemAccess.mayChange(#id)")
    public String compareForm(@PathVariable long id, Model model) {
        model.addAttribute("d", systems.details(id));
        return "system/compare";
    }

    @PostMapping(path = "/systems/{id}/accounts/compare", consumes = "multipart/form-data")
    @PreAuthorize("@systemAccess.mayChange(#id)")
    public String compare(
            @PathVariable long id,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            Model model,
            Locale locale) {
        model.addAttribute("d", systems.details(id));
        try {
            if (file == null || file.isEmpty()) {
                throw InvalidInputException.of("file", "system.accountList.error.empty");
            }
            try (InputStream in = file.getInputStream()) {
                model.addAttribute("result", accounts.compare(id, AccountList.read(in)));
            }
        } catch (InvalidInputException e) {
            model.addAttribute(
                    "problems",
                    e.problems().stream()
                            .map(p ->
                                    messages.getMessage(p.messageKey(), p.args().toArray(), p.messageKey(), locale))
                            .toList());
        } catch (IOException e) {
            model.addAttribute(
                    "problems", List.of(messages.getMessage("system.accountList.error.unreadable", null, locale)));
        }
        return "system/compare";
    }
}
