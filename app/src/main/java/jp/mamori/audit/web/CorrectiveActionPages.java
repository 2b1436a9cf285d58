package jp.mamori.audit.web;

import java.time.LocalDate;
import java.util.Locale;
import jp.mamori.audit.ActionState;
import jp.mamori.audit.CorrectiveAction;
import jp.mamori.audit.CorrectiveActions;
import jp.mamori.web.form.Steps;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Corrective action pages: the list (overdue first to catch the eye), one action with its plan, notes and steps. */
@Controller
@PreAuthorize("isAuthenticated()")
class CorrectiveActionPages {
    private final CorrectiveActions actions;
    private final MessageSource messages;

    CorrectiveActionPages(CorrectiveActions actions, MessageSource messages) {
        this.actions = actions;
        this.messages = messages;
    }

    @GetMapping("/corrective-actions")
    public String list(
            @RequestParam(required = false) @Nullable ActionState state,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute(
                "result",
                actions.list(new CorrectiveActions.Filter(state, overdue), page, SelfInspectionPages.PAGE_SIZE));
        model.addAttribute("state", state);
        model.addAttribute("overdue", overdue);
        model.addAttribute("states", ActionState.values());
        model.addAttribute("today", actions.today());
        return "audit/actions";
    }

    @GetMapping("/corrective-actions/{id}")
    public String show(@PathVariable long id, Model model) {
        CorrectiveAction action = actions.action(id);
        model.addAttribute("action", action);
        model.addAttribute("notes", actions.notes(id));
        model.addAttribute("today", actions.today());
        model.addAttribute("mayWork", actions.mayWork(action));
        model.addAttribute("mayVerify", actions.mayVerify(action));
        model.addAttribute("files", actions.files(id));
        model.addAttribute("stages", CorrectiveActions.EvidenceStage.values());
        return "audit/action";
    }

    @PostMapping("/corrective-actions/{id}/plan")
    public String plan(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String plan,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dueDate,
            Locale locale,
            RedirectAttributes redirect) {
        return step(id, () -> actions.plan(id, plan, dueDate), "aud.action.planned", locale, redirect);
    }

    @PostMapping("/corrective-actions/{id}/notes")
    public String note(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String note,
            Locale locale,
            RedirectAttributes redirect) {
        return step(id, () -> actions.note(id, note), "aud.action.noted", locale, redirect);
    }

    @PostMapping("/corrective-actions/{id}/done")
    public String done(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        return step(id, () -> actions.done(id), "aud.action.reportedDone", locale, redirect);
    }

    @PostMapping("/corrective-actions/{id}/verify")
    public String verify(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        return step(id, () -> actions.verify(id), "aud.action.verified", locale, redirect);
    }

    @PostMapping("/corrective-actions/{id}/return")
    public String sendBack(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            Locale locale,
            RedirectAttributes redirect) {
        return step(id, () -> actions.sendBack(id, reason), "aud.action.returned", locale, redirect);
    }

    @PostMapping("/corrective-actions/{id}/files")
    public String addFile(
            @PathVariable long id,
            @RequestParam(defaultValue = "PROGRESS") CorrectiveActions.EvidenceStage stage,
            @RequestParam(required = false) @Nullable MultipartFile file,
            Locale locale,
            RedirectAttributes redirect) {
        return step(
                id,
                () -> {
                    EvidenceFile.store(file, (name, size, in) -> actions.addFile(id, stage, name, size, in));
                },
                "aud.action.fileAdded",
                locale,
                redirect);
    }

    @GetMapping("/corrective-actions/{id}/files/{fileId}")
    public ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long fileId) {
        var file = actions.file(id, fileId);
        return Downloads.attachment(file.getKey().fileName(), file.getValue());
    }

    private String step(long id, Runnable step, String notice, Locale locale, RedirectAttributes redirect) {
        return Steps.run(redirect, "/corrective-actions/" + id, Steps.everyProblem(messages, locale), notice, step);
    }
}
