package jp.mamori.supplier.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.supplier.RegisterImport;
import jp.mamori.supplier.RegisterImport.Register;
import jp.mamori.web.form.Flash;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Excel import of the registers (contractors, contracts, cloud services, SNS accounts): one page per register
 * with the columns it reads, a dry run (check only) and the import; all or nothing, every problem
 * listed with its row and column. The upload is hostile until read: its size is checked before its
 * bytes are taken, and the reader checks the rest.
 */
@Controller
class RegisterImportPages {
    private final RegisterImport importer;
    private final MessageSource messages;

    RegisterImportPages(RegisterImport importer, MessageSource messages) {
        this.importer = importer;
        this.messages = messages;
    }

    @GetMapping("/contractors/import")
    @PreAuthorize("@supplierAccess.mayRegister()")
    public String contractorsForm(Model model) {
        return page(Register.CONTRACTORS, model);
    }

    @GetMapping("/contractors/contracts/import")
    @PreAuthorize("@supplierAccess.mayRegister()")
    public String contractsForm(Model model) {
        return page(Register.CONTRACTS, model);
    }

    @GetMapping("/cloud-services/import")
    @PreAuthorize("@supplierAccess.mayRegister()")
    public String cloudServicesForm(Model model) {
        return page(Register.CLOUD_SERVICES, model);
    }

    @GetMapping("/sns-accounts/import")
    @PreAuthorize("@supplierAccess.mayRegister()")
    public String snsAccountsForm(Model model) {
        return page(Register.SNS_ACCOUNTS, model);
    }

    @PostMapping("/contractors/import")
    @PreAuthorize("@supplierAccess.mayRegister()")
    public String importContractors(
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun,
            Model model,
            Locale locale,
            RedirectAttributes redirect)
            throws IOException {
        return upload(Register.CONTRACTORS, file, dryRun, model, locale, redirect);
    }

    @PostMapping("/contractors/contracts/import")
    @PreAuthorize("@supplierAccess.mayRegister()")
    public String importContracts(
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun,
            Model model,
            Locale locale,
            RedirectAttributes redirect)
            throws IOException {
        return upload(Register.CONTRACTS, file, dryRun, model, locale, redirect);
    }

    @PostMapping("/cloud-services/import")
    @PreAuthorize("@supplierAccess.mayRegister()")
    public String importCloudServices(
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun,
            Model model,
            Locale locale,
            RedirectAttributes redirect)
            throws IOException {
        return upload(Register.CLOUD_SERVICES, file, dryRun, model, locale, redirect);
    }

    @PostMapping("/sns-accounts/import")
    @PreAuthorize("@supplierAccess.mayRegister()")
    public String importSnsAccounts(
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun,
            Model model,
            Locale locale,
            RedirectAttributes redirect)
            throws IOException {
        return upload(Register.SNS_ACCOUNTS, file, dryRun, model, locale, redirect);
    }

    private String upload(
            Register register,
            @Nullable MultipartFile file,
            boolean dryRun,
            Model model,
            Locale locale,
            RedirectAttributes redirect)
            throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw InvalidInputException.of("file", "sup.import.empty");
            }
            if (file.getSize() > RegisterImport.MAX_BYTES) {
                throw InvalidInputException.of("file", "sup.import.tooLarge", RegisterImport.MAX_BYTES / (1024 * 1024));
            }
            String name = file.getOriginalFilename() == null ? "register.xlsx" : file.getOriginalFilename();
            RegisterImport.Outcome outcome = importer.run(register, name, file.getBytes(), dryRun);
            if (dryRun) {
                model.addAttribute("checked", outcome);
                return page(register, model);
            }
            Flash.notice(redirect, "sup.import.register.done", outcome.created(), outcome.changed());
            return "redirect:" + register.path();
        } catch (InvalidInputException e) {
            model.addAttribute(
                    "importProblems",
                    e.problems().stream()
                            .map(p ->
                                    messages.getMessage(p.messageKey(), p.args().toArray(), locale))
                            .toList());
            return page(register, model);
        }
    }

    private static String page(Register register, Model model) {
        model.addAttribute("register", register);
        model.addAttribute("titleKey", "sup.import.register.title." + register.name());
        model.addAttribute("maxMegabytes", RegisterImport.MAX_BYTES / (1024 * 1024));
        model.addAttribute("maxRows", RegisterImport.MAX_ROWS);
        if (!model.containsAttribute("importProblems")) {
            model.addAttribute("importProblems", List.of());
        }
        return "supplier/register-import";
    }
}
