package jp.mamori.policy.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import jp.mamori.organization.Directory;
import jp.mamori.policy.AcknowledgementCampaign;
import jp.mamori.policy.Acknowledgements;
import jp.mamori.policy.CampaignAudience;
import jp.mamori.policy.InForce;
import jp.mamori.policy.PolicyAccess;
import jp.mamori.policy.Revisions;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.web.form.Flash;
import jp.mamori.web.form.FormProblems;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The acknowledgement pages: a person's own list (what to confirm, what they confirmed), the
 * campaigns (start, progress per unit, the not-confirmed list and its Excel export, reminders,
 * closing) and the confirm action used from the revision page. Rights are checked in
 * {@link Acknowledgements}.
 */
@Controller
class AcknowledgementPages {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** What the campaign form sends. */
    record CampaignForm(
            @Nullable Long documentId,
            String audience,
            List<Long> unitIds,
            List<Long> categoryIds,
            String dueOn,
            String note) {
        CampaignForm {
            audience = audience == null ? "ALL" : audience;
            unitIds = unitIds == null ? List.of() : List.copyOf(unitIds);
            categoryIds = categoryIds == null ? List.of() : List.copyOf(categoryIds);
            dueOn = dueOn == null ? "" : dueOn.strip();
            note = note == null ? "" : note;
        }

        static CampaignForm empty(@Nullable Long documentId) {
            return new CampaignForm(documentId, "ALL", List.of(), List.of(), "", "");
        }
    }

    private final Acknowledgements acknowledgements;
    private final Revisions revisions;
    private final PolicyAccess policyAccess;
    private final Directory directory;

    private final Clock clock;

    AcknowledgementPages(
            Acknowledgements acknowledgements,
            Revisions revisions,
            PolicyAccess policyAccess,
            Directory directory,
            Clock clock) {
        this.clock = clock;
        this.acknowledgements = acknowledgements;
        this.revisions = revisions;
        this.policyAccess = policyAccess;
        this.directory = directory;
    }

    @GetMapping("/policies/acknowledgements")
    @PreAuthorize(Rights.SIGNED_IN)
    public String mine(Model model) {
        model.addAttribute("toConfirm", acknowledgements.toConfirm());
        model.addAttribute("confirmed", acknowledgements.confirmed());
        model.addAttribute("seesCampaigns", acknowledgements.seesProgress());
        model.addAttribute("campaigns", acknowledgements.campaigns());
        model.addAttribute("canStart", acknowledgements.canStart());
        model.addAttribute("today", LocalDate.now(clock));
        return "policy/acknowledgements";
    }

    @GetMapping("/policies/acknowledgements/new")
    @PreAuthorize(Rights.RUN_CAMPAIGNS)
    public String newForm(@RequestParam(required = false) @Nullable Long documentId, Model model) {
        return form(model, CampaignForm.empty(documentId), List.of());
    }

    @PostMapping("/policies/acknowledgements/campaigns")
    @PreAuthorize(Rights.RUN_CAMPAIGNS)
    public String start(
            @RequestParam(required = false) @Nullable Long documentId,
            @RequestParam(defaultValue = "ALL") String audience,
            @RequestParam(required = false) @Nullable List<Long> unitIds,
            @RequestParam(required = false) @Nullable List<Long> categoryIds,
            @RequestParam(defaultValue = "") String dueOn,
            @RequestParam(defaultValue = "") String note,
            Model model,
            RedirectAttributes redirect) {
        CampaignForm form = new CampaignForm(documentId, audience, unitIds, categoryIds, dueOn, note);
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        CampaignAudience chosen = null;
        try {
            chosen = CampaignAudience.of(
                    form.audience(), "UNITS".equals(form.audience()) ? form.unitIds() : form.categoryIds());
        } catch (IllegalArgumentException e) {
            problems.add(InvalidInputException.Problem.of(
                    "CATEGORIES".equals(form.audience()) ? "categoryIds" : "unitIds", "policy.ack.error.chooseSome"));
        }
        LocalDate due = null;
        if (!form.dueOn().isEmpty()) {
            try {
                due = LocalDate.parse(form.dueOn());
            } catch (DateTimeParseException e) {
                problems.add(InvalidInputException.Problem.of("dueOn", "policy.ack.error.dueFormat"));
            }
        }
        if (form.documentId() == null) {
            problems.add(InvalidInputException.Problem.of("documentId", "policy.ack.error.chooseDocument"));
        }
        if (!problems.isEmpty()) {
            return form(model, form, problems);
        }
        try {
            AcknowledgementCampaign campaign = acknowledgements.start(form.documentId(), chosen, due, form.note());
            Flash.notice(redirect, "policy.ack.started");
            return "redirect:/policies/acknowledgements/campaigns/" + campaign.id();
        } catch (InvalidInputException e) {
            return form(model, form, e.problems());
        }
    }

    @GetMapping("/policies/acknowledgements/campaigns/{id}")
    @PreAuthorize(Rights.SIGNED_IN)
    public String campaign(@PathVariable long id, Model model) {
        model.addAttribute("view", acknowledgements.view(id));
        model.addAttribute("today", LocalDate.now(clock));
        return "policy/campaign";
    }

    @PostMapping("/policies/acknowledgements/campaigns/{id}/remind")
    @PreAuthorize(Rights.RUN_CAMPAIGNS)
    public String remind(@PathVariable long id, RedirectAttributes redirect) {
        int count = acknowledgements.remind(id);
        Flash.notice(redirect, "policy.ack.reminded", count);
        return "redirect:/policies/acknowledgements/campaigns/" + id;
    }

    @PostMapping("/policies/acknowledgements/campaigns/{id}/close")
    @PreAuthorize(Rights.RUN_CAMPAIGNS)
    public String close(@PathVariable long id, RedirectAttributes redirect) {
        acknowledgements.close(id);
        Flash.notice(redirect, "policy.ack.closed");
        return "redirect:/policies/acknowledgements/campaigns/" + id;
    }

    @GetMapping("/policies/acknowledgements/campaigns/{id}/not-confirmed.xlsx")
    @PreAuthorize(Rights.SIGNED_IN)
    public ResponseEntity<byte[]> notConfirmed(@PathVariable long id) {
        byte[] workbook = acknowledgements.notConfirmedWorkbook(id);
        String name = "未確認者_" + id + "_" + LocalDate.now(clock) + ".xlsx";
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(MediaType.parseMediaType(XLSX))
                .body(workbook);
    }

    /** Confirm from the revision page or the own list; back to where the reader came from. */
    @PostMapping("/policies/acknowledgements/confirm")
    @PreAuthorize(Rights.SIGNED_IN)
    public String confirm(
            @RequestParam long documentId,
            @RequestParam long revisionId,
            @RequestParam String contentHash,
            RedirectAttributes redirect) {
        try {
            acknowledgements.confirm(documentId, revisionId, contentHash, "PAGE");
            Flash.notice(redirect, "policy.ack.confirmed");
        } catch (InvalidInputException e) {
            Flash.alert(redirect, e.problems().get(0).messageKey());
        }
        return "redirect:/policies/" + documentId + "/revisions/" + revisionId;
    }

    private String form(Model model, CampaignForm form, List<InvalidInputException.Problem> problems) {
        LocalDate today = LocalDate.now(clock);
        List<InForce> documents = revisions.allInForce(today).stream()
                .filter(f -> policyAccess.visibleDocuments().stream()
                        .anyMatch(d -> d.id() == f.document().id()))
                .toList();
        model.addAttribute("form", form);
        model.addAttribute("documents", documents);
        model.addAttribute("units", directory.units());
        model.addAttribute("depths", Depths.of(directory.units()));
        model.addAttribute(
                "categories",
                directory.categories().stream().filter(c -> c.active()).toList());
        BindingResult binding = new BeanPropertyBindingResult(form, "form");
        if (!problems.isEmpty()) {
            FormProblems.addTo(binding, new InvalidInputException(problems));
        }
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", binding);
        model.addAttribute("today", today);
        return "policy/campaign-form";
    }

    /** The depth of each unit in the tree, for indenting the unit choices. */
    static final class Depths {
        private final java.util.Map<Long, Integer> depth = new java.util.HashMap<>();

        static Depths of(List<jp.mamori.organization.UnitSummary> units) {
            Depths d = new Depths();
            for (var unit : units) {
                int parentDepth = unit.parentId() == null ? -1 : d.depth.getOrDefault(unit.parentId(), 0);
                d.depth.put(unit.id(), parentDepth + 1);
            }
            return d;
        }

        public String indent(long unitId) {
            return "　".repeat(depth.getOrDefault(unitId, 0));
        }
    }
}
