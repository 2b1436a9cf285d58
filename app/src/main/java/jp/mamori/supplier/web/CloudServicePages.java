package jp.mamori.supplier.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import jp.mamori.organization.Directory;
import jp.mamori.supplier.CloudService;
import jp.mamori.supplier.CloudServiceDraft;
import jp.mamori.supplier.CloudServices;
import jp.mamori.supplier.ContractFile;
import jp.mamori.supplier.ContractFiles;
import jp.mamori.web.form.Flash;
import jp.mamori.web.form.Steps;
import jp.mamori.web.form.Upload;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of the cloud service register: the list with findings, one service with its stored
 * assets, terms file and approval (CISO level, second factor), and the form.
 */
@Controller
@RequestMapping("/cloud-services")
class CloudServicePages extends RegisterPages<CloudServiceDraft, CloudService, CloudServiceForm> {
    private final CloudServices services;
    private final Directory directory;

    CloudServicePages(CloudServices services, Directory directory) {
        super("/cloud-services", "sup.cloud.registered", services, CloudServiceForm::empty);
        this.services = services;
        this.directory = directory;
    }

    @GetMapping("/{id}")
    @PreAuthorize("@supplierAccess.mayList()")
    public String show(@PathVariable long id, Model model) {
        CloudServices.Details d = services.details(id);
        model.addAttribute("d", d);
        return "supplier/cloud-service";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("@supplierAccess.mayChangeCloudService(#id)")
    public String editForm(@PathVariable long id, Model model) {
        CloudService s = services.details(id).service();
        return form(model, CloudServiceForm.of(s), s);
    }

    @PostMapping("/{id}")
    @PreAuthorize("@supplierAccess.mayChangeCloudService(#id)")
    public String change(
            @PathVariable long id,
            @ModelAttribute("form") CloudServiceForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        CloudService before = services.details(id).service();
        return RegisterPages.save(binding, () -> {
                    CloudService s = services.change(id, form.draft());
                    Flash.notice(redirect, "sup.cloud.saved", s.name());
                    return "redirect:/cloud-services/" + id;
                })
                .orElseGet(() -> form(model, form, before));
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("@supplierAccess.mayApprove()")
    public String approve(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String confirmation,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        return Steps.run(redirect, "/cloud-services/" + id, () -> {
            CloudService s = services.approve(id, confirmation.strip(), request.getRemoteAddr());
            return Steps.notice("sup.cloud.approved", s.name(), s.maxConfidentiality());
        });
    }

    @PostMapping("/{id}/terms")
    @PreAuthorize("@supplierAccess.mayChangeCloudService(#id)")
    public String addTerms(
            @PathVariable long id,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            RedirectAttributes redirect) {
        return Steps.run(redirect, "/cloud-services/" + id + "#terms", () -> {
            Upload terms = Upload.required(file, "file", "sup.error.file.empty", "terms");
            ContractFile f = services.addTermsFile(id, terms.name(), terms.size(), terms.stream());
            return Steps.notice("sup.file.added", f.fileName(), f.sha256());
        });
    }

    @GetMapping("/{id}/terms/{fileId}")
    @PreAuthorize("@supplierAccess.mayList()")
    public ResponseEntity<byte[]> terms(@PathVariable long id, @PathVariable long fileId) {
        ContractFiles.File f = services.termsFile(id, fileId);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(f.file().fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("X-File-SHA256", f.file().sha256())
                .contentType(MediaType.parseMediaType(f.file().contentType()))
                .body(f.content());
    }

    @Override
    String form(Model model, CloudServiceForm form, @Nullable CloudService service) {
        model.addAttribute("form", form);
        model.addAttribute("s", service);
        model.addAttribute("units", directory.units());
        return "supplier/cloud-service-form";
    }
}
