package jp.mamori.policy.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.mamori.policy.Approval;
import jp.mamori.policy.ContentHash;
import jp.mamori.policy.PolicyAccess;
import jp.mamori.policy.PolicyDocument;
import jp.mamori.policy.PolicyMarkdown;
import jp.mamori.policy.Revision;
import jp.mamori.policy.RevisionComparison;
import jp.mamori.policy.RevisionDraft;
import jp.mamori.policy.RevisionState;
import jp.mamori.policy.RevisionTimeline;
import jp.mamori.policy.Revisions;
import jp.mamori.shared.Access;
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
 * The revision pages: the rendered revision with its dates in 和暦, approvals and history; the
 * editor for drafts; the approval actions (submit, approve, return); and the comparison of two
 * revisions. Drafts are seen only by the document's editors and approvers.
 */
@Controller
class RevisionPages {
    private final Revisions revisions;
    private final PolicyAccess access;

    private final Clock clock;

    RevisionPages(Revisions revisions, PolicyAccess access, Clock clock) {
        this.clock = clock;
        this.revisions = revisions;
        this.access = access;
    }

    /** One step of the approval chain as shown: the role, and who approved it (if done). */
    record Step(int number, Role role, @Nullable Approval approval, boolean current) {}

    /** One field compared between two revisions. */
    record FieldChange(String labelKey, String older, String newer) {
        public boolean changed() {
            return !older.equals(newer);
        }
    }

    @GetMapping("/policies/{id}/revisions/{rid}")
    @PreAuthorize(Rights.SIGNED_IN)
    public String show(@PathVariable long id, @PathVariable long rid, Model model) {
        PolicyDocument document = access.readable(id, "page");
        Revision revision = access.visible(document, revisions.get(id, rid), "page");
        RevisionTimeline timeline = revisions.timeline(id);
        RevisionState state = timeline.stateOf(revision, LocalDate.now(clock));
        boolean canEdit = access.canEdit(document);
        model.addAttribute("document", document);
        model.addAttribute("revision", revision);
        model.addAttribute("state", state);
        model.addAttribute("bodyHtml", PolicyMarkdown.render(revision.body()));
        model.addAttribute("supplementaryHtml", PolicyMarkdown.render(revision.supplementaryProvisions()));
        model.addAttribute("canEdit", canEdit);
        model.addAttribute("canChange", canEdit && revision.recordedState() == RevisionState.DRAFT);
        boolean signedIn = Access.current().isPresent();
        model.addAttribute(
                "canDecide",
                signedIn
                        && revision.recordedState() == RevisionState.IN_APPROVAL
                        && revision.mayDecide(access.currentApprover(document)));
        model.addAttribute(
                "decisionRefusal",
                signedIn && revision.recordedState() == RevisionState.IN_APPROVAL
                        ? revision.decisionRefusal(access.currentApprover(document))
                                .orElse(null)
                        : null);
        model.addAttribute("steps", steps(revision));
        model.addAttribute("committeeDecisions", revisions.decisionsAbout(rid));
        model.addAttribute(
                "usableDecisions",
                signedIn && revisions.mayApplyDecisions() ? revisions.usableDecisions(revision) : List.of());
        model.addAttribute("notes", revisions.notes(rid));
        model.addAttribute(
                "others",
                access.visible(document, timeline.revisions()).stream()
                        .filter(r -> r.id() != rid)
                        .toList());
        model.addAttribute("previous", previous(access.visible(document, timeline.revisions()), revision));
        model.addAttribute(
                "contentHash", revision.contentHash() != null ? revision.contentHash() : ContentHash.of(revision));
        return "policy/revision";
    }

    @GetMapping("/policies/{id}/revisions/new")
    @PreAuthorize(Rights.SIGNED_IN)
    public String newForm(@PathVariable long id, Model model) {
        PolicyDocument document = editable(id);
        RevisionTimeline timeline = revisions.timeline(id);
        RevisionDraft start = timeline.approved().isEmpty()
                ? new RevisionDraft("", null, null, null, "", "", "")
                : startFrom(timeline.approved().get(timeline.approved().size() - 1));
        return form(model, document, null, PolicyForms.RevisionForm.of(start));
    }

    @PostMapping("/policies/{id}/revisions")
    @PreAuthorize(Rights.SIGNED_IN)
    public String create(
            @PathVariable long id,
            @ModelAttribute("form") PolicyForms.RevisionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        PolicyDocument document = editable(id);
        try {
            Revision revision = revisions.createDraft(id, form.draft());
            Flash.notice(redirect, "policy.revision.created", revision.number());
            return "redirect:/policies/" + id + "/revisions/" + revision.id();
        } catch (InvalidInputException e) {
            FormProblems.addTo(binding, e);
        }
        return form(model, document, null, form);
    }

    @GetMapping("/policies/{id}/revisions/{rid}/edit")
    @PreAuthorize(Rights.SIGNED_IN)
    public String editForm(@PathVariable long id, @PathVariable long rid, Model model) {
        PolicyDocument document = editable(id);
        Revision revision = revisions.get(id, rid);
        if (revision.recordedState() != RevisionState.DRAFT) {
            throw new NotAllowedException("policy.revision.error.notDraft");
        }
        return form(model, document, revision, PolicyForms.RevisionForm.of(revision.text()));
    }

    @PostMapping("/policies/{id}/revisions/{rid}")
    @PreAuthorize(Rights.SIGNED_IN)
    public String change(
            @PathVariable long id,
            @PathVariable long rid,
            @ModelAttribute("form") PolicyForms.RevisionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        PolicyDocument document = editable(id);
        Revision revision = revisions.get(id, rid);
        try {
            revisions.edit(id, rid, form.draft());
            Flash.notice(redirect, "policy.revision.saved", revision.number());
            return "redirect:/policies/" + id + "/revisions/" + rid;
        } catch (InvalidInputException e) {
            FormProblems.addTo(binding, e);
        }
        return form(model, document, revision, form);
    }

    @PostMapping("/policies/{id}/revisions/{rid}/submit")
    @PreAuthorize(Rights.SIGNED_IN)
    public String submit(@PathVariable long id, @PathVariable long rid, RedirectAttributes redirect) {
        try {
            Revision revision = revisions.submit(id, rid);
            Flash.notice(redirect, "policy.revision.submitted", revision.number());
        } catch (InvalidInputException e) {
            Flash.alert(redirect, "policy.revision.error.incomplete");
            redirect.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/policies/" + id + "/revisions/" + rid;
    }

    @PostMapping("/policies/{id}/revisions/{rid}/approve")
    @PreAuthorize(Rights.SIGNED_IN)
    public String approve(@PathVariable long id, @PathVariable long rid, RedirectAttributes redirect) {
        Revision revision = revisions.approve(id, rid);
        Flash.notice(
                redirect,
                revision.recordedState() == RevisionState.APPROVED
                        ? "policy.revision.approvedFinal"
                        : "policy.revision.approvedStep",
                revision.number());
        return "redirect:/policies/" + id + "/revisions/" + rid;
    }

    /** Passes the committee's step with a carried decision of the committee about this revision. */
    @PostMapping("/policies/{id}/revisions/{rid}/approve-by-decision")
    @PreAuthorize(Rights.SIGNED_IN)
    public String approveByDecision(
            @PathVariable long id,
            @PathVariable long rid,
            @RequestParam(required = false) @Nullable Long decisionId,
            RedirectAttributes redirect) {
        try {
            if (decisionId == null) {
                throw InvalidInputException.of("decisionId", "policy.approval.error.decisionUnknown", "");
            }
            Revision revision = revisions.approveByDecision(id, rid, decisionId);
            Flash.notice(
                    redirect,
                    revision.recordedState() == RevisionState.APPROVED
                            ? "policy.revision.approvedFinal"
                            : "policy.revision.approvedStep",
                    revision.number());
        } catch (InvalidInputException e) {
            Flash.alert(redirect, e);
        }
        return "redirect:/policies/" + id + "/revisions/" + rid;
    }

    @PostMapping("/policies/{id}/revisions/{rid}/reject")
    @PreAuthorize(Rights.SIGNED_IN)
    public String reject(
            @PathVariable long id,
            @PathVariable long rid,
            @RequestParam(defaultValue = "") String comment,
            RedirectAttributes redirect) {
        try {
            Revision revision = revisions.reject(id, rid, comment);
            Flash.notice(redirect, "policy.revision.returned", revision.number());
        } catch (InvalidInputException e) {
            Flash.alert(redirect, "policy.revision.error.commentRequired");
        }
        return "redirect:/policies/" + id + "/revisions/" + rid;
    }

    @GetMapping("/policies/{id}/compare")
    @PreAuthorize(Rights.SIGNED_IN)
    public String compare(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long from,
            @RequestParam(required = false) @Nullable Long to,
            Model model) {
        PolicyDocument document = access.readable(id, "compare");
        List<Revision> visible = access.visible(document, revisions.revisions(id));
        model.addAttribute("document", document);
        model.addAttribute("revisions", visible);
        if (from != null && to != null) {
            Revision older = access.visible(document, revisions.get(id, from), "compare");
            Revision newer = access.visible(document, revisions.get(id, to), "compare");
            model.addAttribute("older", older);
            model.addAttribute("newer", newer);
            model.addAttribute("rows", RevisionComparison.compare(older.body(), newer.body()));
            model.addAttribute(
                    "supplementaryRows",
                    RevisionComparison.compare(older.supplementaryProvisions(), newer.supplementaryProvisions()));
            model.addAttribute(
                    "fields",
                    List.of(
                            new FieldChange(
                                    "policy.revision.documentNumber", older.documentNumber(), newer.documentNumber()),
                            new FieldChange(
                                    "policy.revision.enactedOn", shown(older.enactedOn()), shown(newer.enactedOn())),
                            new FieldChange(
                                    "policy.revision.amendedOn", shown(older.amendedOn()), shown(newer.amendedOn())),
                            new FieldChange(
                                    "policy.revision.effectiveOn",
                                    shown(older.effectiveOn()),
                                    shown(newer.effectiveOn()))));
        }
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "policy/compare";
    }

    private String form(
            Model model, PolicyDocument document, @Nullable Revision revision, PolicyForms.RevisionForm form) {
        model.addAttribute("document", document);
        model.addAttribute("revision", revision);
        model.addAttribute("form", form);
        return "policy/revision-form";
    }

    private PolicyDocument editable(long id) {
        PolicyDocument document = access.readable(id, "edit");
        if (!access.canEdit(document)) {
            throw new NotAllowedException("policy.notAllowed.edit");
        }
        return document;
    }

    /** A new revision starts from the text of the latest approved one, with new dates to fill in. */
    private static RevisionDraft startFrom(Revision latest) {
        return new RevisionDraft(
                "", latest.enactedOn(), null, null, "", latest.supplementaryProvisions(), latest.body());
    }

    private static List<Step> steps(Revision revision) {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < revision.approvalChain().size(); i++) {
            Approval approval =
                    i < revision.approvals().size() ? revision.approvals().get(i) : null;
            steps.add(new Step(i + 1, revision.approvalChain().get(i), approval, revision.nextStep() == i + 1));
        }
        return steps;
    }

    private static @Nullable Revision previous(List<Revision> visible, Revision revision) {
        return visible.stream()
                .filter(r -> r.number() < revision.number())
                .reduce((a, b) -> b)
                .orElse(null);
    }

    /** A date as every other page shows it: 和暦 for Japanese readers. */
    private static String shown(@Nullable LocalDate date) {
        return jp.mamori.shared.Wareki.format(date, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }
}
