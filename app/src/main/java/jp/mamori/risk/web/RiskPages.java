package jp.mamori.risk.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.mamori.incident.ThreatCategory;
import jp.mamori.risk.RiskColour;
import jp.mamori.risk.RiskMatrix;
import jp.mamori.risk.RiskQuery;
import jp.mamori.risk.RiskRegister;
import jp.mamori.risk.RiskState;
import jp.mamori.risk.RiskView;
import jp.mamori.risk.Treatment;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.web.form.Flash;
import jp.mamori.web.form.FormProblems;
import jp.mamori.web.form.Steps;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The risk register's pages: the list with filters, a risk with its assessments, registering and
 * changing a risk, assessing and treating it, the CISO's acceptance, the heat map, the Excel export
 * and the matrix settings. Each handler is authorised here; the register checks the unit.
 */
@Controller
class RiskPages {
    /** May read some risks: body-wide readers and the units' 情報セキュリティ責任者・管理者. */
    static final String MAY_READ =
            "@access.canReadAll() or @access.hasRole('SECURITY_OFFICER') or @access.hasRole('SECURITY_MANAGER')";
    /** May change some risks (the register checks the unit). */
    static final String MAY_MANAGE =
            "@access.isBodyWideManager() or @access.hasRole('SECURITY_OFFICER') or @access.hasRole('SECURITY_MANAGER')";

    static final int PAGE_SIZE = 50;

    private final RiskRegister risks;

    RiskPages(RiskRegister risks) {
        this.risks = risks;
    }

    /** The list's filters as the query string carries them. */
    record Filter(
            @Nullable Long unit,
            @Nullable RiskState state,
            @Nullable Treatment treatment,
            @Nullable ThreatCategory threat,
            @Nullable Integer level,
            @Nullable String q,
            @Nullable Boolean due,
            RiskQuery.@Nullable Sort sort) {
        RiskQuery query(int page, int size) {
            return new RiskQuery(
                    unit,
                    state,
                    treatment,
                    threat,
                    level,
                    q,
                    Boolean.TRUE.equals(due),
                    sort == null ? RiskQuery.Sort.RESIDUAL : sort,
                    page,
                    size);
        }
    }

    @GetMapping("/risks")
    @PreAuthorize(MAY_READ)
    public String list(
            @ModelAttribute("filter") Filter filter, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("result", risks.page(filter.query(page, PAGE_SIZE)));
        model.addAttribute("units", risks.readableUnits());
        model.addAttribute("matrix", risks.matrix());
        model.addAttribute("states", RiskState.values());
        model.addAttribute("treatments", Treatment.values());
        model.addAttribute("threats", ThreatCategory.values());
        model.addAttribute("sorts", RiskQuery.Sort.values());
        model.addAttribute("mayRegister", risks.mayRegister());
        model.addAttribute("mayConfigure", risks.mayConfigureMatrix());
        return "risk/list";
    }

    @GetMapping("/risks/export.xlsx")
    @PreAuthorize(MAY_READ)
    public ResponseEntity<byte[]> export(@ModelAttribute("filter") Filter filter, Locale locale) {
        byte[] workbook = risks.workbook(filter.query(0, jp.mamori.shared.Page.MAX_SIZE), locale);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("リスク管理台帳.xlsx", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(workbook);
    }

    @GetMapping("/risks/heatmap")
    @PreAuthorize(MAY_READ)
    public String heatMap(
            @RequestParam(required = false) @Nullable Long unit,
            @RequestParam(defaultValue = "residual") String basis,
            Model model) {
        boolean residual = !"inherent".equals(basis);
        model.addAttribute("map", risks.heatMap(unit, residual));
        model.addAttribute("units", risks.readableUnits());
        model.addAttribute("unit", unit);
        model.addAttribute("residual", residual);
        return "risk/heatmap";
    }

    @GetMapping("/risks/new")
    @PreAuthorize(MAY_MANAGE)
    public String newRisk(@RequestParam(required = false) @Nullable Long unit, Model model) {
        return form(model, RiskForm.empty(unit), null);
    }

    @PostMapping("/risks")
    @PreAuthorize(MAY_MANAGE)
    public String register(
            @ModelAttribute("form") RiskForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            var risk = risks.register(form.input());
            Flash.notice(redirect, "risk.page.registered", risk.reference());
            return "redirect:/risks/" + risk.id();
        } catch (InvalidInputException e) {
            FormProblems.addTo(binding, e);
            return form(model, form, null);
        }
    }

    @GetMapping("/risks/{id}")
    @PreAuthorize(MAY_READ)
    public String risk(@PathVariable long id, Model model) {
        RiskView view = risks.view(id);
        model.addAttribute("view", view);
        if (!model.containsAttribute("assessment")) {
            model.addAttribute(
                    "assessment", view.risk().current().map(AssessmentForm::of).orElse(AssessmentForm.empty()));
        }
        model.addAttribute("treatments", Treatment.values());
        model.addAttribute("acceptor", risks.acceptor());
        return "risk/risk";
    }

    @GetMapping("/risks/{id}/edit")
    @PreAuthorize(MAY_MANAGE)
    public String edit(@PathVariable long id, Model model) {
        RiskView view = risks.view(id);
        return form(model, RiskForm.of(view), view);
    }

    @PostMapping("/risks/{id}")
    @PreAuthorize(MAY_MANAGE)
    public String change(
            @PathVariable long id,
            @ModelAttribute("form") RiskForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            var risk = risks.change(id, form.input());
            Flash.notice(redirect, "risk.page.changed", risk.reference());
            return "redirect:/risks/" + id;
        } catch (InvalidInputException e) {
            FormProblems.addTo(binding, e);
            return form(model, form, risks.view(id));
        }
    }

    @PostMapping("/risks/{id}/assessment")
    @PreAuthorize(MAY_MANAGE)
    public String assess(
            @PathVariable long id,
            @ModelAttribute("assessment") AssessmentForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            var recorded = risks.assess(id, form.draft());
            Flash.notice(
                    redirect,
                    "risk.page.assessed",
                    recorded.seq(),
                    recorded.residual().label());
            return "redirect:/risks/" + id;
        } catch (InvalidInputException e) {
            FormProblems.addTo(binding, e);
            return risk(id, model);
        }
    }

    @PostMapping("/risks/{id}/accept")
    @PreAuthorize("@riskRegister.mayAccept()")
    public String accept(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String comment,
            @RequestParam(defaultValue = "") String confirmation,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        return Steps.run(redirect, "/risks/" + id, () -> {
            var accepted = risks.accept(id, comment, confirmation, request.getRemoteAddr());
            return Steps.notice("risk.page.accepted", accepted.seq());
        });
    }

    @PostMapping("/risks/{id}/close")
    @PreAuthorize(MAY_MANAGE)
    public String close(
            @PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return Steps.run(redirect, "/risks/" + id, "risk.page.closed", () -> risks.close(id, reason));
    }

    @GetMapping("/risks/matrix")
    @PreAuthorize(MAY_READ)
    public String matrix(
            @RequestParam(required = false) @Nullable Integer likelihoods,
            @RequestParam(required = false) @Nullable Integer impacts,
            Model model) {
        RiskMatrix current = risks.matrix();
        model.addAttribute("matrix", reshaped(current, likelihoods, impacts));
        model.addAttribute("colours", RiskColour.values());
        model.addAttribute("mayConfigure", risks.mayConfigureMatrix());
        return "risk/matrix";
    }

    @PostMapping("/risks/matrix")
    @PreAuthorize("@access.isBodyWideManager()")
    public String configure(@RequestParam Map<String, String> params, RedirectAttributes redirect) {
        return Steps.run(
                redirect,
                "/risks/matrix",
                "risk.page.matrixSaved",
                () -> risks.configureMatrix(MatrixForm.parse(params)));
    }

    /** The matrix resized for the settings page: new grades get a placeholder label, new cells the lowest level. */
    static RiskMatrix reshaped(RiskMatrix m, @Nullable Integer likelihoods, @Nullable Integer impacts) {
        int rows = likelihoods == null ? m.likelihoods().size() : Math.max(2, Math.min(5, likelihoods));
        int cols = impacts == null ? m.impacts().size() : Math.max(2, Math.min(5, impacts));
        if (rows == m.likelihoods().size() && cols == m.impacts().size()) {
            return m;
        }
        List<String> l = new ArrayList<>();
        for (int g = 1; g <= rows; g++) {
            l.add(g <= m.likelihoods().size() ? m.likelihoodLabel(g) : Integer.toString(g));
        }
        List<String> i = new ArrayList<>();
        for (int g = 1; g <= cols; g++) {
            i.add(g <= m.impacts().size() ? m.impactLabel(g) : Integer.toString(g));
        }
        int lowest = m.levels().get(0).rank();
        List<List<Integer>> cells = new ArrayList<>();
        for (int r = 1; r <= rows; r++) {
            List<Integer> row = new ArrayList<>();
            for (int c = 1; c <= cols; c++) {
                row.add(m.contains(r, c) ? m.level(r, c).rank() : lowest);
            }
            cells.add(row);
        }
        return new RiskMatrix(l, i, m.levels(), cells);
    }

    private String form(Model model, RiskForm form, @Nullable RiskView view) {
        model.addAttribute("form", form);
        model.addAttribute("view", view);
        model.addAttribute("units", risks.unitsForRegistering());
        model.addAttribute("threats", ThreatCategory.values());
        return "risk/form";
    }
}
