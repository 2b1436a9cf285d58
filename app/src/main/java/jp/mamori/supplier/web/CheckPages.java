package jp.mamori.supplier.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.supplier.Assessment;
import jp.mamori.supplier.CheckAnswer;
import jp.mamori.supplier.ContractCheck;
import jp.mamori.supplier.SupplierChecks;
import jp.mamori.web.form.Flash;
import jp.mamori.web.form.Steps;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

/**
 * The periodic checks of contracts: the campaigns (started by the CISO level), one check with its
 * questionnaire answered on the page or by Excel, and the officer's assessment.
 */
@Controller
class CheckPages {
    private final SupplierChecks checks;
    private final MessageSource messages;

    CheckPages(SupplierChecks checks, MessageSource messages) {
        this.checks = checks;
        this.messages = messages;
    }

    @GetMapping("/contractors/checks")
    @PreAuthorize("@supplierAccess.mayList()")
    public String campaigns(@RequestParam(required = false) @Nullable Long campaign, Model model) {
        var campaigns = checks.campaigns();
        model.addAttribute("campaigns", campaigns);
        Long shown = campaign != null
                ? campaign
                : campaigns.isEmpty() ? null : campaigns.get(0).id();
        model.addAttribute("shown", shown);
        model.addAttribute("lines", shown == null ? List.of() : checks.ofCampaign(shown));
        model.addAttribute("defaultQuestions", String.join("\n", SupplierChecks.DEFAULT_QUESTIONS));
        return "supplier/checks";
    }

    @PostMapping("/contractors/checks")
    @PreAuthorize("@supplierAccess.mayApprove()")
    public String start(
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String dueOn,
            @RequestParam(defaultValue = "") String questions,
            RedirectAttributes redirect) {
        try {
            List<String> asked = questions
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty())
                    .toList();
            long id = checks.start(title.strip(), FormText.date(dueOn, "dueOn"), asked);
            Flash.notice(redirect, "sup.check.started", title.strip());
            return "redirect:/contractors/checks?campaign=" + id;
        } catch (InvalidInputException e) {
            Flash.alert(redirect, e);
            return "redirect:/contractors/checks";
        }
    }

    @GetMapping("/contractors/checks/{checkId}")
    @PreAuthorize("@supplierAccess.mayList()")
    public String show(@PathVariable long checkId, Model model) {
        model.addAttribute("d", checks.details(checkId));
        model.addAttribute("answers", CheckAnswer.values());
        model.addAttribute("assessments", Assessment.values());
        return "supplier/check";
    }

    @PostMapping("/contractors/checks/{checkId}/answers")
    @PreAuthorize("@supplierAccess.mayChangeCheck(#checkId)")
    public String answer(@PathVariable long checkId, HttpServletRequest request, RedirectAttributes redirect) {
        ContractCheck c = checks.details(checkId).check();
        List<SupplierChecks.Answer> answers = new ArrayList<>();
        for (ContractCheck.Question q : c.questions()) {
            String word = request.getParameter("answer-" + q.id());
            CheckAnswer answer = null;
            if (word != null && !word.isBlank()) {
                try {
                    answer = CheckAnswer.valueOf(word);
                } catch (IllegalArgumentException e) {
                    answer = null;
                }
            }
            String comment = request.getParameter("comment-" + q.id());
            answers.add(new SupplierChecks.Answer(q.id(), answer, comment == null ? "" : comment.strip()));
        }
        return Steps.run(
                redirect,
                "/contractors/checks/" + checkId,
                "sup.check.answered",
                () -> checks.answer(checkId, answers));
    }

    @GetMapping("/contractors/checks/{checkId}/questionnaire.xlsx")
    @PreAuthorize("@supplierAccess.mayList()")
    public ResponseEntity<byte[]> workbook(@PathVariable long checkId) {
        byte[] xlsx = checks.workbook(checkId);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(SupplierChecks.workbookName(checkId), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(xlsx);
    }

    @PostMapping("/contractors/checks/{checkId}/import")
    @PreAuthorize("@supplierAccess.mayChangeCheck(#checkId)")
    public String importAnswers(
            @PathVariable long checkId,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            Locale locale,
            RedirectAttributes redirect)
            throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw InvalidInputException.of("file", "sup.import.empty");
            }
            if (file.getSize() > 5L * 1024 * 1024) {
                throw InvalidInputException.of("file", "sup.import.tooLarge", 5);
            }
            int rows = checks.importAnswers(checkId, file.getBytes());
            Flash.notice(redirect, "sup.check.imported", rows);
        } catch (InvalidInputException e) {
            Flash.alert(redirect, "sup.check.import.refused", e.problems().size());
            // every problem, each naming its row, in the reader's language
            redirect.addFlashAttribute(
                    "importProblems",
                    new ArrayList<>(e.problems().stream()
                            .map(p ->
                                    messages.getMessage(p.messageKey(), p.args().toArray(), locale))
                            .toList()));
        }
        return "redirect:/contractors/checks/" + checkId;
    }

    @PostMapping("/contractors/checks/{checkId}/assessment")
    @PreAuthorize("@supplierAccess.mayChangeCheck(#checkId)")
    public String assess(
            @PathVariable long checkId,
            @RequestParam(required = false) @Nullable Assessment assessment,
            @RequestParam(defaultValue = "") String assessmentNote,
            RedirectAttributes redirect) {
        return Steps.run(
                redirect,
                "/contractors/checks/" + checkId,
                "sup.check.assessed",
                () -> checks.assess(checkId, assessment, assessmentNote.strip()));
    }
}
