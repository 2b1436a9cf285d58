package jp.mamori.premises.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import jp.mamori.premises.CertificateFile;
import jp.mamori.premises.Media;
import jp.mamori.premises.MediaDisposal;
import jp.mamori.premises.Medium;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.web.form.Flash;
import jp.mamori.web.form.FormProblems;
import jp.mamori.web.form.Steps;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of the register of removable media (記録媒体管理簿: register, issue, take back, inventory
 * check) and of the disposal records of media and equipment (method, who, contractor's certificate,
 * witness, approval), with the disposed assets that have no record. Each handler is authorised by
 * {@code @premisesAccess}; who may approve a record is the service's rule.
 */
@Controller
class MediaPages {
    static final int PAGE_SIZE = 50;

    private final Media media;

    MediaPages(Media media) {
        this.media = media;
    }

    /** The form of a new medium. */
    record MediumForm(
            @Nullable String label,
            Medium.@Nullable Kind kind,
            @Nullable Long unitId,
            @Nullable String encryption) {}

    /** The form of a disposal record, with the certificate file as its part {@code certificate}. */
    record DisposalForm(
            @Nullable String assetNumber,
            @Nullable String mediumLabel,
            @Nullable String description,
            MediaDisposal.@Nullable Method method,
            @Nullable String carriedOutBy,
            @Nullable String contractor,
            @Nullable String witness,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate disposedOn,

            @Nullable MultipartFile certificate) {
        Media.DisposalDraft draft() {
            return new Media.DisposalDraft(
                    assetNumber, mediumLabel, description, method, carriedOutBy, contractor, witness, disposedOn);
        }
    }

    @GetMapping("/media")
    @PreAuthorize("@premisesAccess.mayList()")
    public String list(
            @RequestParam(defaultValue = "false") boolean findings,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("result", media.page(findings, page, PAGE_SIZE));
        model.addAttribute("findingsOnly", findings);
        return "premises/media";
    }

    @GetMapping("/media/export.xlsx")
    @PreAuthorize("@premisesAccess.mayList()")
    public ResponseEntity<byte[]> export() {
        return AreaPages.xlsx("記録媒体管理簿・廃棄記録.xlsx", media.workbook());
    }

    @GetMapping("/media/new")
    @PreAuthorize("@premisesAccess.mayCreate()")
    public String newForm(Model model) {
        return mediumForm(model, new MediumForm("", Medium.Kind.USB_MEMORY, null, ""));
    }

    @PostMapping("/media")
    @PreAuthorize("@premisesAccess.mayCreate()")
    public String register(
            @ModelAttribute("form") MediumForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                Medium m = media.register(form.label(), form.kind(), form.unitId(), form.encryption());
                Flash.notice(redirect, "prm.medium.registered", m.label());
                return "redirect:/media/" + m.id();
            } catch (InvalidInputException e) {
                FormProblems.addTo(binding, e);
            }
        }
        return mediumForm(model, form);
    }

    private String mediumForm(Model model, MediumForm form) {
        model.addAttribute("form", form);
        model.addAttribute("kinds", Medium.Kind.values());
        model.addAttribute("units", media.managedUnits());
        return "premises/medium-form";
    }

    @GetMapping("/media/{id}")
    @PreAuthorize("@premisesAccess.mayReadMedium(#id)")
    public String show(@PathVariable long id, Model model) {
        model.addAttribute("l", media.line(id));
        model.addAttribute("checks", media.checks(id));
        return "premises/medium";
    }

    @PostMapping("/media/{id}/issue")
    @PreAuthorize("@premisesAccess.mayManageMedium(#id)")
    public String issue(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String staffNumber,
            RedirectAttributes redirect) {
        return Steps.run(redirect, "/media/" + id, "prm.medium.issued", () -> media.issue(id, staffNumber));
    }

    @PostMapping("/media/{id}/return")
    @PreAuthorize("@premisesAccess.mayManageMedium(#id)")
    public String takeBack(@PathVariable long id, RedirectAttributes redirect) {
        return Steps.run(redirect, "/media/" + id, "prm.medium.returned", () -> media.takeBack(id));
    }

    @PostMapping("/media/{id}/checks")
    @PreAuthorize("@premisesAccess.mayManageMedium(#id)")
    public String check(
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean found,
            @RequestParam(required = false) @Nullable String note,
            RedirectAttributes redirect) {
        return Steps.run(
                redirect,
                "/media/" + id + "#checks",
                found ? "prm.medium.checkedFound" : "prm.medium.checkedMissing",
                () -> media.check(id, found, note));
    }

    @GetMapping("/disposals")
    @PreAuthorize("@premisesAccess.mayList()")
    public String disposals(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("result", media.disposals(page, PAGE_SIZE));
        model.addAttribute("missing", media.disposedWithoutRecord());
        return "premises/disposals";
    }

    @GetMapping("/disposals/new")
    @PreAuthorize("@premisesAccess.mayCreate()")
    public String newDisposal(
            @RequestParam(required = false) @Nullable String asset,
            @RequestParam(required = false) @Nullable String medium,
            Model model) {
        model.addAttribute(
                "form",
                new DisposalForm(
                        asset == null ? "" : asset,
                        medium == null ? "" : medium,
                        "",
                        null,
                        "",
                        "",
                        "",
                        media.today(),
                        null));
        return disposalForm(model);
    }

    @PostMapping("/disposals")
    @PreAuthorize("@premisesAccess.mayCreate()")
    public String recordDisposal(
            @ModelAttribute("form") DisposalForm form, BindingResult binding, Model model, RedirectAttributes redirect)
            throws IOException {
        if (!binding.hasErrors()) {
            try {
                MediaDisposal d = media.recordDisposal(form.draft(), certificate(form.certificate()));
                Flash.notice(redirect, "prm.disposal.recorded", d.id());
                return "redirect:/disposals/" + d.id();
            } catch (InvalidInputException e) {
                FormProblems.addTo(binding, e);
            }
        }
        return disposalForm(model);
    }

    /** The uploaded certificate, or null when no file was chosen. */
    static @Nullable CertificateFile certificate(@Nullable MultipartFile file) throws IOException {
        String name = file == null ? null : file.getOriginalFilename();
        if (file == null || (file.isEmpty() && (name == null || name.isBlank()))) {
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            return CertificateFile.read(name == null ? "certificate" : name, file.getSize(), in);
        }
    }

    private String disposalForm(Model model) {
        model.addAttribute("methods", MediaDisposal.Method.values());
        return "premises/disposal-form";
    }

    @GetMapping("/disposals/{id}")
    @PreAuthorize("@premisesAccess.mayReadDisposal(#id)")
    public String disposal(@PathVariable long id, Model model) {
        model.addAttribute("l", media.disposal(id));
        return "premises/disposal";
    }

    @GetMapping("/disposals/{id}/certificate")
    @PreAuthorize("@premisesAccess.mayReadDisposal(#id)")
    public ResponseEntity<byte[]> certificateFile(@PathVariable long id) {
        return download(media.certificate(id));
    }

    static ResponseEntity<byte[]> download(CertificateFile f) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(f.name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(f.type()))
                .body(f.content());
    }

    @PostMapping("/disposals/{id}/approve")
    @PreAuthorize("@premisesAccess.mayReadDisposal(#id)")
    public String approve(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String confirmation,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        return Steps.run(
                redirect,
                "/disposals/" + id,
                "prm.disposal.approved",
                () -> media.approveDisposal(id, confirmation, request.getRemoteAddr()));
    }
}
