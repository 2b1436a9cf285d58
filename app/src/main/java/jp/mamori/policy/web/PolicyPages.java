package jp.mamori.policy.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.mamori.organization.Directory;
import jp.mamori.organization.UnitSummary;
import jp.mamori.policy.Audience;
import jp.mamori.policy.PolicyAccess;
import jp.mamori.policy.PolicyDocument;
import jp.mamori.policy.PolicyDocuments;
import jp.mamori.policy.PolicySettings;
import jp.mamori.policy.PolicyTier;
import jp.mamori.policy.Revision;
import jp.mamori.policy.RevisionState;
import jp.mamori.policy.RevisionTimeline;
import jp.mamori.policy.Revisions;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.Role;
import jp.mamori.web.form.Flash;
import jp.mamori.web.form.FormProblems;
import org.jspecify.annotations.Nullable;
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
 * The policy document pages: the tree with search, one document with its revisions (and the
 * answer which revision was in force on a day), the document form and the approval settings. Every
 * document passes {@link PolicyAccess}: unreadable is a 404 like unknown.
 */
@Controller
class PolicyPages {
    private final PolicyDocuments documents;
    private final Revisions revisions;
    private final PolicyAccess access;
    private final PolicySettings settings;
    private final Directory directory;

    private final Clock clock;

    PolicyPages(
            PolicyDocuments documents,
            Revisions revisions,
            PolicyAccess access,
            PolicySettings settings,
            Directory directory,
            Clock clock) {
        this.clock = clock;
        this.documents = documents;
        this.revisions = revisions;
        this.access = access;
        this.settings = settings;
        this.directory = directory;
    }

    /** One revision with its state on the day shown. */
    record RevisionRow(Revision revision, RevisionState state) {}

    @GetMapping("/policies")
    @PreAuthorize(Rights.SIGNED_IN)
    public String list(@RequestParam(required = false) @Nullable String q, Model model) {
        String query = q == null ? "" : q.strip();
        model.addAttribute("q", query);
        model.addAttribute("searching", !query.isEmpty());
        model.addAttribute("nodes", query.isEmpty() ? documents.tree() : documents.search(query));
        model.addAttribute("unitNames", unitNames());
        model.addAttribute("canCreate", access.createsSome());
        model.addAttribute("today", LocalDate.now(clock));
        return "policy/list";
    }

    @GetMapping("/policies/{id}")
    @PreAuthorize(Rights.SIGNED_IN)
    public String show(@PathVariable long id, @RequestParam(required = false) @Nullable LocalDate on, Model model) {
        PolicyDocument document = access.readable(id, "page");
        RevisionTimeline timeline = revisions.timeline(id);
        LocalDate today = LocalDate.now(clock);
        List<RevisionRow> rows = new ArrayList<>(access.visible(document, timeline.revisions()).stream()
                .map(r -> new RevisionRow(r, timeline.stateOf(r, today)))
                .toList());
        Collections.reverse(rows);
        model.addAttribute("document", document);
        model.addAttribute("rows", rows);
        model.addAttribute("inForce", timeline.inForceOn(today).orElse(null));
        model.addAttribute("on", on);
        model.addAttribute(
                "inForceOn", on == null ? null : timeline.inForceOn(on).orElse(null));
        model.addAttribute("parent", parent(document));
        model.addAttribute("children", children(document));
        model.addAttribute("unitNames", unitNames());
        boolean canEdit = access.canEdit(document);
        model.addAttribute("canEdit", canEdit);
        model.addAttribute("canStart", canEdit && timeline.open().isEmpty());
        model.addAttribute("chain", settings.approval().of(document.tier()));
        model.addAttribute("childTier", childTier(document.tier()));
        return "policy/document";
    }

    @GetMapping("/policies/new")
    @PreAuthorize(Rights.CREATE)
    public String newForm(
            @RequestParam(defaultValue = "PROCEDURE") PolicyTier tier,
            @RequestParam(required = false) @Nullable Long parentId,
            Model model) {
        return form(model, PolicyForms.DocumentForm.empty(tier, parentId), null, tier);
    }

    @PostMapping("/policies")
    @PreAuthorize(Rights.CREATE)
    public String create(
            @ModelAttribute("form") PolicyForms.DocumentForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            PolicyDocument document = documents.create(form.draft());
            Flash.notice(redirect, "policy.document.created", document.title());
            return "redirect:/policies/" + document.id();
        } catch (InvalidInputException e) {
            FormProblems.addTo(binding, e);
        }
        return form(model, form, null, tierOf(form));
    }

    @GetMapping("/policies/{id}/edit")
    @PreAuthorize(Rights.SIGNED_IN)
    public String editForm(@PathVariable long id, Model model) {
        PolicyDocument document = access.readable(id, "edit");
        requireEdits(document);
        return form(model, PolicyForms.DocumentForm.of(document), document, document.tier());
    }

    @PostMapping("/policies/{id}")
    @PreAuthorize(Rights.SIGNED_IN)
    public String change(
            @PathVariable long id,
            @ModelAttribute("form") PolicyForms.DocumentForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        PolicyDocument document = access.readable(id, "edit");
        requireEdits(document);
        try {
            PolicyDocument changed = documents.change(id, form.draft());
            Flash.notice(redirect, "policy.document.saved", changed.title());
            return "redirect:/policies/" + id;
        } catch (InvalidInputException e) {
            FormProblems.addTo(binding, e);
        }
        return form(model, form, document, document.tier());
    }

    @GetMapping("/policies/settings")
    @PreAuthorize(Rights.SIGNED_IN)
    public String settings(Model model) {
        model.addAttribute(
                "chains",
                Map.of(
                        PolicyTier.BASIC_POLICY, settings.approval().of(PolicyTier.BASIC_POLICY),
                        PolicyTier.STANDARD, settings.approval().of(PolicyTier.STANDARD),
                        PolicyTier.PROCEDURE, settings.approval().of(PolicyTier.PROCEDURE)));
        model.addAttribute("tiers", PolicyTier.values());
        return "policy/settings";
    }

    private String form(
            Model model, PolicyForms.DocumentForm form, @Nullable PolicyDocument document, PolicyTier tier) {
        model.addAttribute("form", form);
        model.addAttribute("document", document);
        model.addAttribute("tier", tier);
        model.addAttribute("parents", documents.possibleParents(tier));
        model.addAttribute("units", directory.units());
        model.addAttribute(
                "roles",
                List.of(Role.values()).stream().filter(r -> r != Role.STAFF).toList());
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("tiers", PolicyTier.values());
        return "policy/document-form";
    }

    private @Nullable PolicyDocument parent(PolicyDocument document) {
        if (document.parentId() == null) {
            return null;
        }
        return access.visibleDocuments().stream()
                .filter(d -> d.id() == document.parentId())
                .findFirst()
                .orElse(null);
    }

    private List<PolicyDocument> children(PolicyDocument document) {
        return access.visibleDocuments().stream()
                .filter(d -> d.parentId() != null && d.parentId() == document.id())
                .toList();
    }

    private static @Nullable PolicyTier childTier(PolicyTier tier) {
        return switch (tier) {
            case BASIC_POLICY -> PolicyTier.STANDARD;
            case STANDARD -> PolicyTier.PROCEDURE;
            case PROCEDURE -> null;
        };
    }

    private static PolicyTier tierOf(PolicyForms.DocumentForm form) {
        try {
            return form.tier() == null ? PolicyTier.PROCEDURE : PolicyTier.valueOf(form.tier());
        } catch (IllegalArgumentException e) {
            return PolicyTier.PROCEDURE;
        }
    }

    private Map<Long, String> unitNames() {
        return directory.units().stream().collect(Collectors.toMap(UnitSummary::id, UnitSummary::name));
    }

    private void requireEdits(PolicyDocument document) {
        if (!access.canEdit(document)) {
            throw new NotAllowedException("policy.notAllowed.edit");
        }
    }
}
