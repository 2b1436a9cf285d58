package jp.mamori.control.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import jp.mamori.control.SoaEvidenceStore;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.web.form.Flash;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Evidence files of a measure in a unit's statement of applicability: upload (the unit's managers)
 * and download (readers of the unit), always as an attachment with the type mamori recognised.
 */
@Controller
class SoaEvidencePages {
    static final String MAY_READ_SOA =
            "@access.canReadAll() or @access.hasRole('SECURITY_OFFICER') or @access.hasRole('SECURITY_MANAGER')";
    static final String MAY_RECORD_SOA =
            "@access.isBodyWideManager() or @access.hasRole('SECURITY_OFFICER') or @access.hasRole('SECURITY_MANAGER')";

    private final SoaEvidenceStore store;
    private final MessageSource messages;

    SoaEvidencePages(SoaEvidenceStore store, MessageSource messages) {
        this.store = store;
        this.messages = messages;
    }

    @PostMapping("/soa/units/{unitId}/measures/{measureId}/evidence")
    @PreAuthorize(MAY_RECORD_SOA)
    public String upload(
            @PathVariable long unitId,
            @PathVariable String measureId,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw InvalidInputException.of("file", "control.evidence.error.empty");
            }
            var added = store.add(
                    unitId,
                    measureId,
                    file.getOriginalFilename() == null ? "evidence" : file.getOriginalFilename(),
                    file.getSize(),
                    file.getInputStream());
            Flash.notice(redirect, "control.evidence.added", added.fileName(), added.sha256());
        } catch (InvalidInputException e) {
            Flash.alert(redirect, e);
        }
        return "redirect:/soa/units/" + unitId + "/measures/" + measureId;
    }

    @GetMapping("/soa/units/{unitId}/measures/{measureId}/evidence/{id}")
    @PreAuthorize(MAY_READ_SOA)
    public ResponseEntity<byte[]> download(
            @PathVariable long unitId, @PathVariable String measureId, @PathVariable long id) {
        SoaEvidenceStore.File file = store.file(unitId, measureId, id);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.evidence().fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Evidence-SHA256", file.evidence().sha256())
                .contentType(MediaType.parseMediaType(file.evidence().contentType()))
                .body(file.content());
    }

    /** A stored file that no longer matches its SHA-256: 409 with the reason, never the file. */
    @ExceptionHandler(SoaEvidenceStore.EvidenceMismatch.class)
    ModelAndView mismatch(SoaEvidenceStore.EvidenceMismatch e, Locale locale) {
        ModelAndView page = new ModelAndView("web/error", HttpStatus.CONFLICT);
        page.addObject("status", 409);
        page.addObject("errorTitle", messages.getMessage("control.evidence.title", null, locale));
        page.addObject(
                "detail",
                messages.getMessage(
                        "control.evidence.error.mismatch",
                        new Object[] {e.evidence().fileName()},
                        locale));
        return page;
    }
}
