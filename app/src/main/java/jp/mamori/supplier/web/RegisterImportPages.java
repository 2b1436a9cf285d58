package jp.mamori.supplier.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.NotFoundException;
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
import org.springframework.web.bind.annotation.RequestMapping;
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
@RequestMapping({
    "/contractors/import",
    "/contractors/contracts/import",
    "/cloud-services/import",
    "/sns-accounts/import"
})
class RegisterImportPages {
    private final RegisterImport importer;
    private final MessageSource messages;

    RegisterImportPages(RegisterImport importer, MessageSource messages) {
        this.importer = importer;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("@supplierAccess.mayRegister()")
    public String form(HttpServletRequest request, Model model) {
        return page(register(request), model);
    }

    @PostMapping
    @PreAuthorize("@supplierAccess.mayRegister()")
    public String upload(
            HttpServletRequest request,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun,
            Model model,
            Locale locale,
            RedirectAttributes redirect)
            throws IOException {
        Register register = register(request);
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

    /** The register whose import page was asked for: the one whose {@link Register#importPath()} it is. */
    private static Register register(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return Arrays.stream(Register.values())
                .filter(r -> r.importPath().equals(path))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("import page", path));
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
