package jp.mamori.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.mamori.audit.engagement.AuditPlan;
import jp.mamori.audit.engagement.AuditPlans;
import jp.mamori.audit.engagement.AuditReportPdf;
import jp.mamori.audit.engagement.CheckResult;
import jp.mamori.audit.engagement.ContractorRef;
import jp.mamori.audit.engagement.Engagement;
import jp.mamori.audit.engagement.Engagements;
import jp.mamori.audit.engagement.Finding;
import jp.mamori.audit.engagement.PlanKind;
import jp.mamori.audit.engagement.PlanState;
import jp.mamori.audit.engagement.ScopeUnit;
import jp.mamori.audit.engagement.TeamMember;
import jp.mamori.organization.Directory;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.system.SystemRegister;
import jp.mamori.web.form.Flash;
import jp.mamori.web.form.FormProblems;
import jp.mamori.web.form.Steps;
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
 * Audit pages: the plans (中期・年度) with submission and approval, an engagement's 実施計画 (scope,
 * criteria, schedule, team), and the engagement page for fieldwork (checklist, working papers with
 * evidence, findings) and the report (draft, the units' responses, final, PDF).
 */
@Controller
@PreAuthorize("isAuthenticated()")
class AuditPages {
    private final AuditPlans plans;
    private final Engagements engagements;
    private final AuditReportPdf pdf;
    private final Directory directory;
    private final SystemRegister systems;
    private final MessageSource messages;

    AuditPages(
            AuditPlans plans,
            Engagements engagements,
            AuditReportPdf pdf,
            Directory directory,
            SystemRegister systems,
            MessageSource messages) {
        this.plans = plans;
        this.engagements = engagements;
        this.pdf = pdf;
        this.directory = directory;
        this.systems = systems;
        this.messages = messages;
    }

    @GetMapping("/audits")
    public String overview(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("mayReadPlans", plans.mayRead());
        model.addAttribute("plans", plans.mayRead() ? plans.plans() : List.of());
        model.addAttribute("result", engagements.list(page, SelfInspectionPages.PAGE_SIZE));
        model.addAttribute("mayDirect", plans.mayDirect());
        model.addAttribute("mayOrderSpecial", engagements.mayOrderSpecial());
        return "audit/audits";
    }

    // plans

    /** What the plan form shows again after a problem. */
    record PlanValues(
            PlanKind kind,
            String title,
            @Nullable Integer yearFrom,
            @Nullable Integer yearTo,
            @Nullable Long parentId,
            String content) {}

    @GetMapping("/audits/plans/new")
    public String planForm(@RequestParam(defaultValue = "MEDIUM_TERM") PlanKind kind, Model model) {
        int year = plans.currentFiscalYear();
        return planForm(
                model, new PlanValues(kind, "", year, kind == PlanKind.ANNUAL ? year : year + 2, null, ""), null);
    }

    private String planForm(Model model, PlanValues values, @Nullable List<String> problems) {
        model.addAttribute("form", values);
        model.addAttribute(
                "parents",
                plans.plans().stream()
                        .filter(p -> p.kind() == PlanKind.MEDIUM_TERM && p.state() == PlanState.APPROVED)
                        .toList());
        model.addAttribute("approver", plans.approver());
        model.addAttribute("problems", problems);
        return "audit/plan-new";
    }

    @PostMapping("/audits/plans")
    public String createPlan(
            @RequestParam(defaultValue = "MEDIUM_TERM") PlanKind kind,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(required = false) @Nullable Integer yearFrom,
            @RequestParam(required = false) @Nullable Integer yearTo,
            @RequestParam(required = false) @Nullable Long parentId,
            @RequestParam(defaultValue = "") String content,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            int from = yearFrom == null ? 0 : yearFrom;
            AuditPlan plan = plans.create(
                    new AuditPlans.PlanDraft(kind, title, from, yearTo == null ? from : yearTo, parentId, content));
            Flash.notice(redirect, "aud.plan.created", plan.title());
            return "redirect:/audits/plans/" + plan.id();
        } catch (InvalidInputException e) {
            return planForm(
                    model,
                    new PlanValues(kind, title, yearFrom, yearTo, parentId, content),
                    FormProblems.inWords(messages, e, locale));
        }
    }

    @GetMapping("/audits/plans/{id}")
    public String plan(@PathVariable long id, Model model) {
        AuditPlan plan = plans.plan(id);
        model.addAttribute("plan", plan);
        model.addAttribute("parent", plan.parentId() == null ? null : plans.plan(plan.parentId()));
        model.addAttribute("engagements", plans.engagementsOf(id));
        model.addAttribute(
                "children",
                plans.plans().stream()
                        .filter(p -> p.parentId() != null && p.parentId() == id)
                        .toList());
        model.addAttribute("mayDirect", plans.mayDirect());
        model.addAttribute("mayApprove", plans.mayApprove(plan));
        model.addAttribute("decisions", plans.mayApprove(plan) ? plans.usableDecisions(plan) : List.of());
        model.addAttribute("decision", plans.decisionOf(plan).orElse(null));
        return "audit/plan";
    }

    @PostMapping("/audits/plans/{id}/submit")
    public String submit(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        return Steps.run(
                redirect, "/audits/plans/" + id, refused(locale), "aud.plan.submitted", () -> plans.submit(id));
    }

    @PostMapping("/audits/plans/{id}/approve")
    public String approve(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long decisionId,
            @RequestParam(required = false) @Nullable String confirmation,
            HttpServletRequest request,
            Locale locale,
            RedirectAttributes redirect) {
        return Steps.run(
                redirect,
                "/audits/plans/" + id,
                refused(locale),
                "aud.plan.approved",
                () -> plans.approve(id, decisionId, confirmation, request.getRemoteAddr()));
    }

    // engagement planning

    /** What the engagement form shows again after a problem. */
    record EngagementValues(
            @Nullable Long planId,
            boolean special,
            String orderedBy,
            String title,
            String objective,
            List<Long> unitIds,
            List<Long> systemIds,
            List<Long> contractorIds,
            Engagements.CriteriaSource criteria,
            String measureIds,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate,
            List<Long> team,
            @Nullable Long lead) {}

    @GetMapping("/audits/new")
    public String engagementForm(
            @RequestParam(required = false) @Nullable Long plan,
            @RequestParam(defaultValue = "false") boolean special,
            Model model) {
        return engagementForm(
                model,
                new EngagementValues(
                        plan,
                        special,
                        "",
                        "",
                        "",
                        List.of(),
                        List.of(),
                        List.of(),
                        Engagements.CriteriaSource.PICKED,
                        "",
                        null,
                        null,
                        List.of(),
                        null),
                null);
    }

    private String engagementForm(Model model, EngagementValues values, @Nullable List<String> problems) {
        model.addAttribute("form", values);
        model.addAttribute("plan", values.planId() == null || values.special() ? null : plans.plan(values.planId()));
        model.addAttribute("units", directory.units());
        model.addAttribute("systems", systems.systems());
        model.addAttribute("contractors", engagements.contractorChoices());
        model.addAttribute("auditors", engagements.auditors());
        model.addAttribute("problems", problems);
        return "audit/engagement-new";
    }

    @PostMapping("/audits")
    public String createEngagement(
            @RequestParam(required = false) @Nullable Long planId,
            @RequestParam(defaultValue = "false") boolean special,
            @RequestParam(defaultValue = "") String orderedBy,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String objective,
            @RequestParam(name = "unitIds", required = false) @Nullable List<Long> unitIds,
            @RequestParam(name = "systemIds", required = false) @Nullable List<Long> systemIds,
            @RequestParam(name = "contractorIds", required = false) @Nullable List<Long> contractorIds,
            @RequestParam(defaultValue = "PICKED") Engagements.CriteriaSource criteria,
            @RequestParam(defaultValue = "") String measureIds,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate startDate,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate endDate,
            @RequestParam(name = "team", required = false) @Nullable List<Long> team,
            @RequestParam(required = false) @Nullable Long lead,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        var values = new EngagementValues(
                planId,
                special,
                orderedBy,
                title,
                objective,
                unitIds == null ? List.of() : unitIds,
                systemIds == null ? List.of() : systemIds,
                contractorIds == null ? List.of() : contractorIds,
                criteria,
                measureIds,
                startDate,
                endDate,
                team == null ? List.of() : team,
                lead);
        try {
            Engagement e = engagements.create(new Engagements.EngagementDraft(
                    special ? null : planId,
                    special,
                    orderedBy,
                    title,
                    objective,
                    values.unitIds(),
                    values.systemIds(),
                    values.contractorIds(),
                    criteria,
                    measureIds,
                    startDate,
                    endDate,
                    values.team(),
                    lead));
            Flash.notice(redirect, "aud.engagement.created", e.title());
            return "redirect:/audits/" + e.id();
        } catch (InvalidInputException e) {
            return engagementForm(model, values, FormProblems.inWords(messages, e, locale));
        }
    }

    // the engagement

    @GetMapping("/audits/{id}")
    public String engagement(@PathVariable long id, Model model) {
        Engagement e = engagements.engagement(id);
        model.addAttribute("engagement", e);
        model.addAttribute("plan", e.planId() == null ? null : plans.mayRead() ? plans.plan(e.planId()) : null);
        List<ScopeUnit> units = engagements.units(id);
        model.addAttribute("units", units);
        model.addAttribute("systems", engagements.systems(id));
        model.addAttribute("contractors", engagements.contractors(id));
        model.addAttribute("changes", engagements.changes(id));
        model.addAttribute("mayChange", engagements.mayChange(e));
        model.addAttribute("team", engagements.team(id));
        model.addAttribute("checklist", engagements.checklist(id));
        model.addAttribute("papers", engagements.papers(id));
        List<Finding> findings = engagements.findings(id);
        model.addAttribute("findings", findings);
        model.addAttribute(
                "editable",
                findings.stream()
                        .filter(f -> engagements.mayEditFinding(e, f))
                        .map(Finding::id)
                        .toList());
        model.addAttribute(
                "withdrawable",
                findings.stream()
                        .filter(f -> engagements.mayWithdrawFinding(e, f))
                        .map(Finding::id)
                        .toList());
        model.addAttribute("results", CheckResult.values());
        model.addAttribute("severities", engagements.severities());
        boolean onTeam = engagements.onTeam(id);
        model.addAttribute("onTeam", onTeam);
        model.addAttribute("isLead", engagements.isLead(id));
        model.addAttribute("mayStart", engagements.mayDirect() || engagements.isLead(id));
        model.addAttribute(
                "respondable",
                units.stream().filter(u -> engagements.mayRespond(e, u)).toList());
        return "audit/engagement";
    }

    // scope and team after the engagement was written

    /** What the change form shows (again after a problem). */
    record ChangeValues(
            List<Long> unitIds,
            List<Long> systemIds,
            List<Long> contractorIds,
            List<Long> team,
            @Nullable Long lead,
            String reason) {}

    @GetMapping("/audits/{id}/change")
    public String changeForm(@PathVariable long id, Model model) {
        Engagement e = engagements.engagement(id);
        var team = engagements.team(id);
        return changeForm(
                model,
                e,
                new ChangeValues(
                        engagements.units(id).stream().map(ScopeUnit::unitId).toList(),
                        engagements.systems(id).stream()
                                .map(SystemRegister.SystemProfile::id)
                                .toList(),
                        engagements.contractors(id).stream()
                                .map(ContractorRef::id)
                                .toList(),
                        team.stream().map(TeamMember::personId).toList(),
                        team.stream()
                                .filter(TeamMember::lead)
                                .map(TeamMember::personId)
                                .findFirst()
                                .orElse(null),
                        ""),
                null);
    }

    private String changeForm(Model model, Engagement e, ChangeValues values, @Nullable List<String> problems) {
        if (!engagements.mayChange(e)) {
            throw new jp.mamori.shared.NotAllowedException("aud.error.mayNotChange");
        }
        model.addAttribute("engagement", e);
        model.addAttribute("form", values);
        model.addAttribute("units", directory.units());
        model.addAttribute("systems", systems.systems());
        model.addAttribute("contractors", engagements.contractorChoices());
        model.addAttribute("auditors", engagements.auditors());
        model.addAttribute("problems", problems);
        return "audit/engagement-change";
    }

    @PostMapping("/audits/{id}/change")
    public String change(
            @PathVariable long id,
            @RequestParam(name = "unitIds", required = false) @Nullable List<Long> unitIds,
            @RequestParam(name = "systemIds", required = false) @Nullable List<Long> systemIds,
            @RequestParam(name = "contractorIds", required = false) @Nullable List<Long> contractorIds,
            @RequestParam(name = "team", required = false) @Nullable List<Long> team,
            @RequestParam(required = false) @Nullable Long lead,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        var values = new ChangeValues(
                unitIds == null ? List.of() : unitIds,
                systemIds == null ? List.of() : systemIds,
                contractorIds == null ? List.of() : contractorIds,
                team == null ? List.of() : team,
                lead,
                reason);
        try {
            engagements.change(
                    id,
                    new Engagements.ScopeChange(
                            values.unitIds(), values.systemIds(), values.contractorIds(), values.team(), lead, reason));
            Flash.notice(redirect, "aud.engagement.changed");
            return "redirect:/audits/" + id;
        } catch (InvalidInputException e) {
            return changeForm(model, engagements.engagement(id), values, FormProblems.inWords(messages, e, locale));
        }
    }

    @PostMapping("/audits/{id}/start")
    public String start(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        return Steps.run(redirect, page(id), refused(locale), "aud.engagement.started", () -> engagements.start(id));
    }

    @PostMapping("/audits/{id}/checklist")
    public String check(
            @PathVariable long id, @RequestParam Map<String, String> form, Locale locale, RedirectAttributes redirect) {
        List<Engagements.Check> checks = new ArrayList<>();
        for (var item : engagements.checklist(id)) {
            String result = form.get("result-" + item.id());
            if (result == null) {
                continue;
            }
            checks.add(new Engagements.Check(
                    item.id(),
                    result.isBlank() ? null : CheckResult.valueOf(result),
                    form.getOrDefault("note-" + item.id(), "")));
        }
        return Steps.run(
                redirect, page(id), refused(locale), "aud.engagement.checked", () -> engagements.check(id, checks));
    }

    @PostMapping("/audits/{id}/papers")
    public String addPaper(
            @PathVariable long id,
            @RequestParam(defaultValue = "NOTE") String kind,
            @RequestParam(defaultValue = "") String measureId,
            @RequestParam(defaultValue = "") String paperTitle,
            @RequestParam(defaultValue = "") String interviewee,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(required = false) @Nullable MultipartFile file,
            Locale locale,
            RedirectAttributes redirect) {
        return Steps.run(redirect, page(id), refused(locale), "aud.engagement.paperAdded", () -> {
            long paper = engagements.addPaper(id, kind, measureId, paperTitle, interviewee, text);
            if (file != null && !file.isEmpty()) {
                EvidenceFile.store(file, (name, size, in) -> engagements.addFile(id, paper, name, size, in));
            }
        });
    }

    @PostMapping("/audits/{id}/papers/{paperId}/files")
    public String addFile(
            @PathVariable long id,
            @PathVariable long paperId,
            @RequestParam(required = false) @Nullable MultipartFile file,
            Locale locale,
            RedirectAttributes redirect) {
        return Steps.run(redirect, page(id), refused(locale), "aud.engagement.fileAdded", () -> {
            EvidenceFile.store(file, (name, size, in) -> engagements.addFile(id, paperId, name, size, in));
        });
    }

    private Steps.Refusal refused(Locale locale) {
        return Steps.everyProblem(messages, locale);
    }

    private static String page(long id) {
        return "/audits/" + id;
    }

    @GetMapping("/audits/{id}/files/{fileId}")
    public ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long fileId) {
        var file = engagements.file(id, fileId);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.file().fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(file.content());
    }

    @PostMapping("/audits/{id}/findings")
    public String addFinding(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") long unitId,
            @RequestParam(defaultValue = "") String measureId,
            @RequestParam(defaultValue = "") String found,
            @RequestParam(defaultValue = "") String cause,
            @RequestParam(defaultValue = "") String severity,
            @RequestParam(defaultValue = "") String recommendation,
            Locale locale,
            RedirectAttributes redirect) {
        return Steps.run(
                redirect,
                page(id),
                refused(locale),
                "aud.engagement.findingAdded",
                () -> engagements.addFinding(
                        id, new Engagements.FindingDraft(unitId, measureId, found, cause, severity, recommendation)));
    }

    @PostMapping("/audits/{id}/findings/{findingId}/edit")
    public String editFinding(
            @PathVariable long id,
            @PathVariable long findingId,
            @RequestParam(defaultValue = "") String measureId,
            @RequestParam(defaultValue = "") String found,
            @RequestParam(defaultValue = "") String cause,
            @RequestParam(defaultValue = "") String severity,
            @RequestParam(defaultValue = "") String recommendation,
            Locale locale,
            RedirectAttributes redirect) {
        return Steps.run(
                redirect,
                page(id),
                refused(locale),
                "aud.finding.edited",
                () -> engagements.editFinding(
                        id, findingId, new Engagements.FindingEdit(measureId, found, cause, severity, recommendation)));
    }

    @PostMapping("/audits/{id}/findings/{findingId}/withdraw")
    public String withdrawFinding(
            @PathVariable long id,
            @PathVariable long findingId,
            @RequestParam(defaultValue = "") String reason,
            Locale locale,
            RedirectAttributes redirect) {
        return Steps.run(
                redirect,
                page(id),
                refused(locale),
                "aud.finding.withdrawnNotice",
                () -> engagements.withdrawFinding(id, findingId, reason));
    }

    @PostMapping("/audits/{id}/draft")
    public String draft(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        return Steps.run(
                redirect, page(id), refused(locale), "aud.engagement.draftIssued", () -> engagements.issueDraft(id));
    }

    @PostMapping("/audits/{id}/units/{unitId}/response")
    public String respond(
            @PathVariable long id,
            @PathVariable long unitId,
            @RequestParam(defaultValue = "") String response,
            Locale locale,
            RedirectAttributes redirect) {
        return Steps.run(
                redirect,
                page(id),
                refused(locale),
                "aud.engagement.responded",
                () -> engagements.respond(id, unitId, response));
    }

    @PostMapping("/audits/{id}/final")
    public String finalise(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        return Steps.run(
                redirect, page(id), refused(locale), "aud.engagement.finalised", () -> engagements.finalise(id));
    }

    @GetMapping("/audits/{id}/report.pdf")
    public ResponseEntity<byte[]> report(@PathVariable long id) {
        Engagement e = engagements.engagement(id);
        byte[] body = pdf.render(id);
        String name = (e.state().name().equals("FINAL") ? "監査報告書_" : "監査報告書案_") + e.number() + ".pdf";
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(MediaType.APPLICATION_PDF)
                .body(body);
    }
}
