package jp.mamori.control.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import jp.mamori.control.soa.SoaEvidenceStore;
import jp.mamori.control.soa.SoaLinks;
import jp.mamori.control.soa.SoaScope;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.LinkableRecords;
import jp.mamori.web.form.Flash;
import org.jspecify.annotations.Nullable;
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
 * Evidence of a measure in a unit's or a system's statement of applicability: files — upload by
 * those who record in the statement, download by its readers, always as an attachment with the type
 * mamori recognised — and links to the assets, policy documents and incidents that show it in place.
 */
@Controller
class SoaEvidencePages {
    static final String MAY_READ_SOA =
            "@access.canReadAll() or @access.hasRole('SECURITY_OFFICER') or @access.hasRole('SECURITY_MANAGER')";
    static final String MAY_RECORD_SOA =
            "@access.isBodyWideManager() or @access.hasRole('SECURITY_OFFICER') or @access.hasRole('SECURITY_MANAGER')";

    private final SoaEvidenceStore store;
    private final SoaLinks links;
    private final MessageSource messages;

    SoaEvidencePages(SoaEvidenceStore store, SoaLinks links, MessageSource messages) {
        this.store = store;
        this.links = links;
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
        return upload(SoaScope.unit(unitId), measureId, file, redirect);
    }

    @PostMapping("/soa/systems/{systemId}/measures/{measureId}/evidence")
    @PreAuthorize("@systemAccess.mayChange(#systemId)")
    public String uploadForSystem(
            @PathVariable long systemId,
            @PathVariable String measureId,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        return upload(SoaScope.system(systemId), measureId, file, redirect);
    }

    private String upload(SoaScope scope, String measureId, MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw InvalidInputException.of("file", "control.evidence.error.empty");
            }
            var added = store.add(
                    scope,
                    measureId,
                    file.getOriginalFilename() == null ? "evidence" : file.getOriginalFilename(),
                    file.getSize(),
                    file.getInputStream());
            Flash.notice(redirect, "control.evidence.added", added.fileName(), added.sha256());
        } catch (InvalidInputException e) {
            Flash.alert(redirect, e);
        }
        return "redirect:" + scope.path() + "/measures/" + measureId;
    }

    @GetMapping("/soa/units/{unitId}/measures/{measureId}/evidence/{id}")
    @PreAuthorize(MAY_READ_SOA)
    public ResponseEntity<byte[]> download(
            @PathVariable long unitId, @PathVariable String measureId, @PathVariable long id) {
        return download(store.file(SoaScope.unit(unitId), measureId, id));
    }

    @GetMapping("/soa/systems/{systemId}/measures/{measureId}/evidence/{id}")
    @PreAuthorize("@systemAccess.mayRead(#systemId)")
    public ResponseEntity<byte[]> downloadForSystem(
            @PathVariable long systemId, @PathVariable String measureId, @PathVariable long id) {
        return download(store.file(SoaScope.system(systemId), measureId, id));
    }

    private static ResponseEntity<byte[]> download(SoaEvidenceStore.File file) {
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

    @PostMapping("/soa/units/{unitId}/measures/{measureId}/links")
    @PreAuthorize(MAY_RECORD_SOA)
    public String link(
            @PathVariable long unitId,
            @PathVariable String measureId,
            @RequestParam(required = false) LinkableRecords.@Nullable Kind kind,
            @RequestParam(defaultValue = "") String reference,
            RedirectAttributes redirect) {
        return link(SoaScope.unit(unitId), measureId, kind, reference, redirect);
    }

    @PostMapping("/soa/systems/{systemId}/measures/{measureId}/links")
    @PreAuthorize("@systemAccess.mayChange(#systemId)")
    public String linkForSystem(
            @PathVariable long systemId,
            @PathVariable String measureId,
            @RequestParam(required = false) LinkableRecords.@Nullable Kind kind,
            @RequestParam(defaultValue = "") String reference,
            RedirectAttributes redirect) {
        return link(SoaScope.system(systemId), measureId, kind, reference, redirect);
    }

    private String link(
            SoaScope scope,
            String measureId,
            LinkableRecords.@Nullable Kind kind,
            String reference,
            RedirectAttributes redirect) {
        try {
            var added = links.add(scope, measureId, kind, reference);
            Flash.notice(redirect, "control.link.added", added.reference());
        } catch (InvalidInputException e) {
            Flash.alert(redirect, e);
        }
        return "redirect:" + scope.path() + "/measures/" + measureId + "#links";
    }

    @PostMapping("/soa/units/{unitId}/measures/{measureId}/links/{id}/delete")
    @PreAuthorize(MAY_RECORD_SOA)
    public String unlink(
            @PathVariable long unitId,
            @PathVariable String measureId,
            @PathVariable long id,
            RedirectAttributes redirect) {
        links.remove(SoaScope.unit(unitId), measureId, id);
        Flash.notice(redirect, "control.link.removed");
        return "redirect:" + SoaScope.unit(unitId).path() + "/measures/" + measureId + "#links";
    }

    @PostMapping("/soa/systems/{systemId}/measures/{measureId}/links/{id}/delete")
    @PreAuthorize("@systemAccess.mayChange(#systemId)")
    public String unlinkForSystem(
            @PathVariable long systemId,
            @PathVariable String measureId,
            @PathVariable long id,
            RedirectAttributes redirect) {
        links.remove(SoaScope.system(systemId), measureId, id);
        Flash.notice(redirect, "control.link.removed");
        return "redirect:" + SoaScope.system(systemId).path() + "/measures/" + measureId + "#links";
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
