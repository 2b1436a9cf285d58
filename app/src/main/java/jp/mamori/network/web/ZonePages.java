package jp.mamori.network.web;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import jp.mamori.network.ZoneDocument;
import jp.mamori.network.ZoneFile;
import jp.mamori.network.ZoneModels;
import jp.mamori.network.ZoneVersion;
import jp.mamori.network.ZoneVersionState;
import jp.mamori.shared.Access;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.web.form.Flash;
import jp.mamori.web.form.FormProblems;
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
 * The zone model's pages: the model in force with the open version and the history, one version,
 * the form that writes the draft, submitting, approving or returning it, and the zone file to
 * download. Each handler is authorised by {@code @networkAccess}.
 */
@Controller
class ZonePages {
    private final ZoneModels models;

    ZonePages(ZoneModels models) {
        this.models = models;
    }

    @GetMapping("/zones")
    @PreAuthorize("@networkAccess.mayRead()")
    public String overview(Model model) {
        Optional<ZoneVersion> inForce = models.inForce();
        model.addAttribute("inForce", inForce.orElse(null));
        model.addAttribute("doc", inForce.map(models::document).orElse(null));
        model.addAttribute("open", models.open().orElse(null));
        model.addAttribute("versions", models.versions());
        return "network/zones";
    }

    @GetMapping("/zones/versions/{number}")
    @PreAuthorize("@networkAccess.mayRead()")
    public String version(@PathVariable int number, Model model) {
        ZoneVersion v = models.version(number);
        model.addAttribute("v", v);
        model.addAttribute("doc", models.document(v));
        model.addAttribute("mayDecide", models.mayDecide(v));
        return "network/version";
    }

    @GetMapping("/zones/edit")
    @PreAuthorize("@networkAccess.mayEdit()")
    public String editForm(Model model) {
        Optional<ZoneVersion> open = models.open();
        if (open.isPresent() && open.get().state() == ZoneVersionState.IN_APPROVAL) {
            return "redirect:/zones/versions/" + open.get().number();
        }
        Optional<ZoneVersion> base = open.or(models::inForce);
        ZoneDocument doc = base.map(models::document).orElse(ZoneDocument.EMPTY);
        String note = open.map(ZoneVersion::note).orElse("");
        return form(model, ZoneForm.of(doc, note));
    }

    @PostMapping("/zones/edit")
    @PreAuthorize("@networkAccess.mayEdit()")
    public String save(
            @ModelAttribute("form") ZoneForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                ZoneVersion v = models.saveDraft(form.document(), form.note());
                Flash.notice(redirect, "network.zone.saved", v.number());
                return "redirect:/zones/versions/" + v.number();
            } catch (InvalidInputException e) {
                FormProblems.addTo(binding, e);
            }
        }
        return form(model, form);
    }

    @PostMapping("/zones/versions/{number}/submit")
    @PreAuthorize("@networkAccess.mayEdit()")
    public String submit(@PathVariable int number, RedirectAttributes redirect) {
        return step(number, redirect, "network.zone.submitted", () -> models.submit(number));
    }

    @PostMapping("/zones/versions/{number}/approve")
    @PreAuthorize("@networkAccess.mayApprove()")
    public String approve(
            @PathVariable int number, @RequestParam(defaultValue = "") String comment, RedirectAttributes redirect) {
        return step(number, redirect, "network.zone.approved", () -> models.approve(number, comment));
    }

    @PostMapping("/zones/versions/{number}/return")
    @PreAuthorize("@networkAccess.mayApprove()")
    public String returnDraft(
            @PathVariable int number, @RequestParam(defaultValue = "") String comment, RedirectAttributes redirect) {
        return step(number, redirect, "network.zone.returned", () -> models.returnDraft(number, comment));
    }

    /**
     * One step of a version's approval (submit, approve, return): on success a notice naming the
     * version, otherwise the reason as an alert; back to the version either way.
     */
    private static String step(int number, RedirectAttributes redirect, String notice, Runnable step) {
        try {
            step.run();
            Flash.notice(redirect, notice, number);
        } catch (InvalidInputException e) {
            Flash.alert(redirect, e);
        }
        return "redirect:/zones/versions/" + number;
    }

    /** netcheck's zone file of the model in force (or of a version), as a download. */
    @GetMapping("/zones/file")
    @PreAuthorize("@networkAccess.mayRead()")
    public ResponseEntity<byte[]> file(@RequestParam(required = false) Integer version) {
        ZoneFile.Written w = models.export(version, Access.currentLogin());
        return ResponseEntity.ok()
                .contentType(new MediaType("application", "yaml", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("zones.yaml")
                                .build()
                                .toString())
                .body(w.text().getBytes(StandardCharsets.UTF_8));
    }

    private String form(Model model, ZoneForm form) {
        model.addAttribute("form", form);
        model.addAttribute("kinds", new String[] {"MY_NUMBER", "LGWAN", "INTERNET", "EXTERNAL", "CLOUD", "OTHER"});
        model.addAttribute("methods", new String[] {"MAIL_TEXT", "SCREEN_TRANSFER", "FILE_SANITIZE"});
        model.addAttribute("accesses", new String[] {"deny", "allow", "allow-only", "via-relay"});
        model.addAttribute("severities", new String[] {"", "critical", "high", "medium", "low", "info"});
        return "network/edit";
    }
}
