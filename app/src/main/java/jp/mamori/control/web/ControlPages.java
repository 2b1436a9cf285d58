package jp.mamori.control.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.mamori.control.catalogue.CatalogueVersion;
import jp.mamori.control.catalogue.Catalogues;
import jp.mamori.control.catalogue.CheckFrequency;
import jp.mamori.control.catalogue.Measure;
import jp.mamori.control.catalogue.MeasureFilter;
import jp.mamori.control.catalogue.MeasureScope;
import jp.mamori.control.catalogue.VersionState;
import jp.mamori.control.exceptions.Exceptions;
import jp.mamori.control.soa.Applicabilities;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.Role;
import jp.mamori.web.form.Flash;
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
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The catalogue pages: browse the version in force by chapter, search it, read one measure; the
 * versions with tailoring (reword, not adopted with a reason, own measures) and their approval; the
 * printable 対策基準 and the YAML download. Everyone signed in reads; body-wide managers tailor;
 * approvers decide their step.
 */
@Controller
class ControlPages {
    static final int PAGE_SIZE = 50;

    private final Catalogues catalogues;
    private final Applicabilities soa;
    private final Exceptions exceptions;
    private final MessageSource messages;

    ControlPages(Catalogues catalogues, Applicabilities soa, Exceptions exceptions, MessageSource messages) {
        this.catalogues = catalogues;
        this.soa = soa;
        this.exceptions = exceptions;
        this.messages = messages;
    }

    /** One step of the approval chain as shown: the role, and who gave it (if done). */
    record Step(int number, Role role, CatalogueVersion.@Nullable Approval approval, boolean current) {}

    @GetMapping("/controls")
    @PreAuthorize(CatalogueRights.SIGNED_IN)
    public String list(
            @RequestParam(required = false) @Nullable String chapter,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Role role,
            @RequestParam(required = false) @Nullable MeasureScope scope,
            @RequestParam(defaultValue = "false") boolean notAdopted,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        CatalogueVersion version = catalogues.inForce();
        listModel(version, new MeasureFilter(chapter, q, role, scope, notAdopted), page, model);
        model.addAttribute("open", catalogues.open().orElse(null));
        return "control/list";
    }

    private void listModel(CatalogueVersion version, MeasureFilter filter, int page, Model model) {
        model.addAttribute("version", version);
        model.addAttribute("filter", filter);
        model.addAttribute("chapters", catalogues.chapters(version));
        model.addAttribute("sections", catalogues.sections(version));
        model.addAttribute("counts", catalogues.countsByChapter(version));
        model.addAttribute("result", catalogues.page(version, filter, page, PAGE_SIZE));
        model.addAttribute("roles", Role.values());
        model.addAttribute("scopes", MeasureScope.values());
    }

    @GetMapping("/controls/measures/{id}")
    @PreAuthorize(CatalogueRights.SIGNED_IN)
    public String measure(@PathVariable String id, Model model) {
        CatalogueVersion version = catalogues.inForce();
        model.addAttribute("version", version);
        Measure measure = catalogues.measure(version, id);
        model.addAttribute("measure", measure);
        model.addAttribute("sections", catalogues.sections(version));
        model.addAttribute("where", soa.where(measure.id()));
        model.addAttribute("exceptions", exceptions.forMeasure(measure.id()));
        model.addAttribute("today", exceptions.today());
        model.addAttribute("mayRequestException", measure.adopted() && exceptions.mayRequestAny());
        return "control/measure";
    }

    @GetMapping("/controls/versions")
    @PreAuthorize(CatalogueRights.SIGNED_IN)
    public String versions(Model model) {
        model.addAttribute("versions", catalogues.versions());
        model.addAttribute("open", catalogues.open().orElse(null));
        model.addAttribute("mayTailor", catalogues.mayTailor());
        return "control/versions";
    }

    @PostMapping("/controls/versions")
    @PreAuthorize(CatalogueRights.TAILOR)
    public String startDraft(@RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
        try {
            CatalogueVersion draft = catalogues.startDraft(note);
            Flash.notice(redirect, "control.version.drafted");
            return "redirect:/controls/versions/" + draft.number();
        } catch (InvalidInputException e) {
            Flash.alert(redirect, e.problems().get(0).messageKey());
            return "redirect:/controls/versions";
        }
    }

    @GetMapping("/controls/versions/{number}")
    @PreAuthorize(CatalogueRights.SIGNED_IN)
    public String version(
            @PathVariable int number,
            @RequestParam(required = false) @Nullable String chapter,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "false") boolean notAdopted,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        CatalogueVersion version = catalogues.version(number);
        listModel(version, new MeasureFilter(chapter, q, null, null, notAdopted), page, model);
        boolean mayTailor = catalogues.mayTailor();
        model.addAttribute("canChange", mayTailor && version.state() == VersionState.DRAFT);
        model.addAttribute("canDecide", catalogues.mayDecide(version));
        model.addAttribute(
                "decisionRefusal",
                version.state() == VersionState.IN_APPROVAL
                        ? version.decisionRefusal(catalogues.currentApprover()).orElse(null)
                        : null);
        model.addAttribute("steps", steps(version));
        if (!model.containsAttribute("own")) {
            model.addAttribute("own", new OwnMeasureForm());
        }
        model.addAttribute("frequencies", CheckFrequency.values());
        return "control/version";
    }

    private static List<Step> steps(CatalogueVersion v) {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < v.approvalChain().size(); i++) {
            CatalogueVersion.Approval given =
                    i < v.approvals().size() ? v.approvals().get(i) : null;
            steps.add(new Step(
                    i + 1,
                    v.approvalChain().get(i),
                    given,
                    v.state() == VersionState.IN_APPROVAL && i == v.approvals().size()));
        }
        return steps;
    }

    @GetMapping("/controls/versions/{number}/measures/{id}")
    @PreAuthorize(CatalogueRights.SIGNED_IN)
    public String tailorForm(@PathVariable int number, @PathVariable String id, Model model) {
        CatalogueVersion version = catalogues.version(number);
        model.addAttribute("version", version);
        model.addAttribute("measure", catalogues.measure(version, id));
        model.addAttribute("sections", catalogues.sections(version));
        model.addAttribute("canChange", catalogues.mayTailor() && version.state() == VersionState.DRAFT);
        return "control/tailor";
    }

    @PostMapping("/controls/versions/{number}/measures/{id}/reword")
    @PreAuthorize(CatalogueRights.TAILOR)
    public String reword(
            @PathVariable int number,
            @PathVariable String id,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String statement,
            @RequestParam(defaultValue = "") String evidence,
            RedirectAttributes redirect,
            Locale locale) {
        return afterChange(
                number,
                id,
                redirect,
                locale,
                "control.tailor.reworded",
                () -> catalogues.reword(number, id, title, statement, evidence));
    }

    @PostMapping("/controls/versions/{number}/measures/{id}/not-adopted")
    @PreAuthorize(CatalogueRights.TAILOR)
    public String notAdopted(
            @PathVariable int number,
            @PathVariable String id,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect,
            Locale locale) {
        return afterChange(
                number,
                id,
                redirect,
                locale,
                "control.tailor.notAdopted",
                () -> catalogues.notAdopted(number, id, reason));
    }

    @PostMapping("/controls/versions/{number}/measures/{id}/readopt")
    @PreAuthorize(CatalogueRights.TAILOR)
    public String readopt(
            @PathVariable int number, @PathVariable String id, RedirectAttributes redirect, Locale locale) {
        return afterChange(
                number, id, redirect, locale, "control.tailor.readopted", () -> catalogues.readopted(number, id));
    }

    private String afterChange(
            int number, String id, RedirectAttributes redirect, Locale locale, String notice, Runnable change) {
        try {
            change.run();
            Flash.notice(redirect, notice, id);
            return "redirect:/controls/versions/" + number;
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problems", texts(e, locale));
            return "redirect:/controls/versions/" + number + "/measures/" + id;
        }
    }

    @PostMapping("/controls/versions/{number}/measures")
    @PreAuthorize(CatalogueRights.TAILOR)
    public String addOwn(
            @PathVariable int number,
            @ModelAttribute("own") OwnMeasureForm own,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            Measure added = catalogues.addOwn(number, own.toOwnMeasure());
            Flash.notice(redirect, "control.tailor.added", added.id());
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problems", texts(e, locale));
            redirect.addFlashAttribute("own", own);
        }
        return "redirect:/controls/versions/" + number + "#own";
    }

    @PostMapping("/controls/versions/{number}/submit")
    @PreAuthorize(CatalogueRights.TAILOR)
    public String submit(@PathVariable int number, RedirectAttributes redirect) {
        catalogues.submit(number);
        Flash.notice(redirect, "control.version.submitted");
        return "redirect:/controls/versions/" + number;
    }

    @PostMapping("/controls/versions/{number}/approve")
    @PreAuthorize(CatalogueRights.SIGNED_IN)
    public String approve(@PathVariable int number, RedirectAttributes redirect) {
        CatalogueVersion after = catalogues.approve(number);
        redirect.addFlashAttribute(
                "notice",
                after.state() == VersionState.IN_FORCE ? "control.version.inForce" : "control.version.approved");
        return "redirect:/controls/versions/" + number;
    }

    @PostMapping("/controls/versions/{number}/reject")
    @PreAuthorize(CatalogueRights.SIGNED_IN)
    public String reject(
            @PathVariable int number,
            @RequestParam(defaultValue = "") String comment,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            catalogues.reject(number, comment);
            Flash.notice(redirect, "control.version.returned");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problems", texts(e, locale));
        }
        return "redirect:/controls/versions/" + number;
    }

    @GetMapping("/controls/versions/{number}/print")
    @PreAuthorize(CatalogueRights.SIGNED_IN)
    public String print(@PathVariable int number, Model model) {
        CatalogueVersion version = catalogues.version(number);
        model.addAttribute("version", version);
        model.addAttribute("content", catalogues.content(version));
        return "control/print";
    }

    @GetMapping("/controls/versions/{number}/catalogue.yaml")
    @PreAuthorize(CatalogueRights.SIGNED_IN)
    public ResponseEntity<byte[]> download(@PathVariable int number) {
        byte[] yaml = catalogues.export(number);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("catalogue-v" + number + ".yaml", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(new MediaType("application", "yaml", StandardCharsets.UTF_8))
                .body(yaml);
    }

    private List<String> texts(InvalidInputException e, Locale locale) {
        return e.problems().stream()
                .map(p -> messages.getMessage(p.messageKey(), p.args().toArray(), p.messageKey(), locale))
                .toList();
    }
}
