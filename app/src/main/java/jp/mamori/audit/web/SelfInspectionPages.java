package jp.mamori.audit.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.mamori.audit.Question;
import jp.mamori.audit.SelfInspection;
import jp.mamori.audit.SelfInspections;
import jp.mamori.audit.UnitProgress;
import jp.mamori.control.ImplementationStatus;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.Page;
import jp.mamori.web.form.Flash;
import jp.mamori.web.form.FormProblems;
import jp.mamori.web.form.Steps;
import jp.mamori.web.form.Upload;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
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
 * Self-inspection pages: the campaigns, preparing and opening one, each unit's progress and the
 * results by chapter, a unit's answer sheet (on the page or as an Excel file), submission.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class SelfInspectionPages {
    static final int PAGE_SIZE = 50;

    private final SelfInspections inspections;
    private final MessageSource messages;

    SelfInspectionPages(SelfInspections inspections, MessageSource messages) {
        this.inspections = inspections;
        this.messages = messages;
    }

    @GetMapping("/self-inspections")
    public String list(@RequestParam(defaultValue = "0") int page, Model model) {
        Page<SelfInspection> result = inspections.inspections(page, PAGE_SIZE);
        model.addAttribute("result", result);
        model.addAttribute("mayManage", inspections.mayManage());
        return "audit/inspections";
    }

    @GetMapping("/self-inspections/new")
    public String form(Model model) {
        model.addAttribute("units", inspections.units());
        model.addAttribute("form", new FormValues("", null, List.of(), ""));
        return "audit/inspection-new";
    }

    /** What the new-campaign form shows again after a problem. */
    record FormValues(String title, @Nullable LocalDate dueDate, List<Long> unitIds, String ownQuestions) {}

    @PostMapping("/self-inspections")
    public String create(
            @RequestParam(defaultValue = "") String title,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dueDate,
            @RequestParam(name = "unitIds", required = false) @Nullable List<Long> unitIds,
            @RequestParam(defaultValue = "") String ownQuestions,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        List<Long> units = unitIds == null ? List.of() : unitIds;
        try {
            long id = inspections.create(new SelfInspections.Draft(title, dueDate, units, ownQuestions));
            Flash.notice(redirect, "aud.inspection.created", title.strip());
            return "redirect:/self-inspections/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("units", inspections.units());
            model.addAttribute("form", new FormValues(title, dueDate, units, ownQuestions));
            model.addAttribute("problems", FormProblems.inWords(messages, e, locale));
            return "audit/inspection-new";
        }
    }

    @GetMapping("/self-inspections/{id}")
    public String show(@PathVariable long id, Model model) {
        model.addAttribute("inspection", inspections.inspection(id));
        model.addAttribute("units", inspections.progress(id));
        model.addAttribute("chapters", inspections.chapters(id));
        model.addAttribute("statuses", ImplementationStatus.values());
        model.addAttribute("mayManage", inspections.mayManage());
        return "audit/inspection";
    }

    @PostMapping("/self-inspections/{id}/open")
    public String open(@PathVariable long id, RedirectAttributes redirect) {
        try {
            inspections.open(id);
            Flash.notice(redirect, "aud.inspection.opened");
        } catch (InvalidInputException e) {
            Flash.alert(redirect, e);
        }
        return "redirect:/self-inspections/" + id;
    }

    @PostMapping("/self-inspections/{id}/close")
    public String close(
            @PathVariable long id, @RequestParam(defaultValue = "") String confirmed, RedirectAttributes redirect) {
        if (!"yes".equals(confirmed)) {
            Flash.alert(redirect, "aud.inspection.confirmClose");
            return "redirect:/self-inspections/" + id;
        }
        try {
            inspections.close(id);
            Flash.notice(redirect, "aud.inspection.closed");
        } catch (InvalidInputException e) {
            Flash.alert(redirect, e);
        }
        return "redirect:/self-inspections/" + id;
    }

    @GetMapping("/self-inspections/{id}/units/{unitId}")
    public String unit(@PathVariable long id, @PathVariable long unitId, Model model) {
        SelfInspection inspection = inspections.inspection(id);
        UnitProgress progress = inspections.unitProgress(id, unitId);
        model.addAttribute("inspection", inspection);
        model.addAttribute("unit", inspections.unit(id, unitId));
        model.addAttribute("progress", progress);
        model.addAttribute("questions", inspections.questions(id, unitId));
        model.addAttribute("files", inspections.answerFiles(id, unitId));
        model.addAttribute("statuses", ImplementationStatus.values());
        model.addAttribute("mayAnswer", inspection.open() && !progress.submitted() && inspections.mayAnswer(unitId));
        return "audit/inspection-unit";
    }

    @PostMapping("/self-inspections/{id}/units/{unitId}")
    public String answer(
            @PathVariable long id,
            @PathVariable long unitId,
            @RequestParam Map<String, String> form,
            Locale locale,
            RedirectAttributes redirect) {
        List<SelfInspections.Answer> answers = new ArrayList<>();
        for (Question q : inspections.questions(id, unitId)) {
            if (!form.containsKey("result-" + q.id())) {
                continue;
            }
            String result = form.getOrDefault("result-" + q.id(), "");
            ImplementationStatus status;
            try {
                status = result.isEmpty() ? null : ImplementationStatus.valueOf(result);
            } catch (IllegalArgumentException e) {
                status = null;
            }
            answers.add(new SelfInspections.Answer(q.id(), status, form.getOrDefault("comment-" + q.id(), "")));
        }
        return Steps.run(
                redirect,
                unitPage(id, unitId),
                Steps.everyProblem(messages, locale).keeping("draft", form),
                () -> Steps.notice("aud.unit.saved", inspections.answer(id, unitId, answers, "page")));
    }

    @PostMapping("/self-inspections/{id}/units/{unitId}/submit")
    public String submit(
            @PathVariable long id,
            @PathVariable long unitId,
            @RequestParam(defaultValue = "") String confirmed,
            Locale locale,
            RedirectAttributes redirect) {
        if (!"yes".equals(confirmed)) {
            Flash.alert(redirect, "aud.unit.confirmSubmit");
            return "redirect:/self-inspections/" + id + "/units/" + unitId;
        }
        return Steps.run(
                redirect,
                unitPage(id, unitId),
                Steps.everyProblem(messages, locale),
                () -> Steps.notice("aud.unit.submittedNotice", inspections.submit(id, unitId)));
    }

    @PostMapping("/self-inspections/{id}/units/{unitId}/files")
    public String addFile(
            @PathVariable long id,
            @PathVariable long unitId,
            @RequestParam(defaultValue = "0") long questionId,
            @RequestParam(required = false) @Nullable MultipartFile file,
            Locale locale,
            RedirectAttributes redirect) {
        return Steps.run(
                redirect,
                unitPage(id, unitId),
                Steps.everyProblem(messages, locale),
                "aud.unit.fileAdded",
                () -> EvidenceFile.store(
                        file, (name, size, in) -> inspections.addAnswerFile(id, unitId, questionId, name, size, in)));
    }

    @GetMapping("/self-inspections/{id}/units/{unitId}/files/{fileId}")
    public ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long unitId, @PathVariable long fileId) {
        var file = inspections.answerFile(id, unitId, fileId);
        return Downloads.attachment(file.getKey().fileName(), file.getValue());
    }

    @GetMapping("/self-inspections/{id}/units/{unitId}/workbook")
    public ResponseEntity<byte[]> workbook(@PathVariable long id, @PathVariable long unitId) {
        byte[] file = inspections.workbook(id, unitId);
        String name = "self-inspection-" + id + "-unit-" + unitId + ".xlsx";
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(file);
    }

    @PostMapping("/self-inspections/{id}/units/{unitId}/workbook")
    public String upload(
            @PathVariable long id,
            @PathVariable long unitId,
            @RequestParam(required = false) @Nullable MultipartFile file,
            Locale locale,
            RedirectAttributes redirect) {
        return Steps.run(redirect, unitPage(id, unitId), Steps.everyProblem(messages, locale), () -> {
            Upload workbook = Upload.required(file, "file", "aud.import.empty", "");
            if (workbook.size() > 5L * 1024 * 1024) {
                throw InvalidInputException.of("file", "aud.import.tooLarge", 5);
            }
            return Steps.notice("aud.unit.imported", inspections.importAnswers(id, unitId, workbook.bytes()));
        });
    }

    private static String unitPage(long id, long unitId) {
        return "/self-inspections/" + id + "/units/" + unitId;
    }
}
