package jp.mamori.policy.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import jp.mamori.policy.MarkdownImportFile;
import jp.mamori.policy.PolicyAccess;
import jp.mamori.policy.PolicyDocument;
import jp.mamori.policy.PolicyExport;
import jp.mamori.policy.Revision;
import jp.mamori.policy.RevisionDraft;
import jp.mamori.policy.Revisions;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.web.form.Flash;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Markdown in and out: a revision body imported from a .md file into a new draft (the 文書番号 and
 * 制定日 carried over from the latest revision, the rest left for the author), and the export of
 * every document in force the user may read as a zip of Markdown and PDF.
 */
@Controller
class MarkdownImportPages {
    private final PolicyAccess policyAccess;
    private final Revisions revisions;
    private final PolicyExport export;

    private final Clock clock;

    MarkdownImportPages(PolicyAccess policyAccess, Revisions revisions, PolicyExport export, Clock clock) {
        this.clock = clock;
        this.policyAccess = policyAccess;
        this.revisions = revisions;
        this.export = export;
    }

    @GetMapping("/policies/{id}/import")
    @PreAuthorize(Rights.SIGNED_IN)
    public String form(@PathVariable long id, Model model) {
        PolicyDocument document = editable(id);
        model.addAttribute("document", document);
        model.addAttribute("maxKib", MarkdownImportFile.MAX_BYTES / 1024);
        return "policy/import";
    }

    @PostMapping("/policies/{id}/import")
    @PreAuthorize(Rights.SIGNED_IN)
    public String importFile(
            @PathVariable long id,
            @RequestParam(required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        PolicyDocument document = editable(id);
        try {
            if (file == null || file.isEmpty()) {
                throw InvalidInputException.of("file", "policy.import.empty");
            }
            if (file.getSize() > MarkdownImportFile.MAX_BYTES) {
                throw InvalidInputException.of("file", "policy.import.tooLarge", MarkdownImportFile.MAX_BYTES / 1024);
            }
            String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
            String body = MarkdownImportFile.read(name, file.getBytes());
            Revision latest = revisions.revisions(id).stream()
                    .max(Comparator.comparingInt(Revision::number))
                    .orElse(null);
            RevisionDraft draft = new RevisionDraft(
                    latest == null ? "" : latest.documentNumber(),
                    latest == null ? null : latest.enactedOn(),
                    null,
                    null,
                    "",
                    latest == null ? "" : latest.supplementaryProvisions(),
                    body);
            Revision created = revisions.createDraft(id, draft);
            Flash.notice(redirect, "policy.import.done", name, created.number());
            return "redirect:/policies/" + id + "/revisions/" + created.id() + "/edit";
        } catch (InvalidInputException e) {
            model.addAttribute("document", document);
            model.addAttribute("maxKib", MarkdownImportFile.MAX_BYTES / 1024);
            model.addAttribute("problems", e.problems());
            return "policy/import";
        } catch (NotAllowedException e) {
            Flash.alert(redirect, e.messageKey());
            return "redirect:/policies/" + id;
        }
    }

    @GetMapping("/policies/export.zip")
    @PreAuthorize(Rights.SIGNED_IN)
    public ResponseEntity<byte[]> exportZip() {
        byte[] zip = export.zip(LocalDate.now(clock));
        String name = "mamori-policies-" + LocalDate.now(clock) + ".zip";
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(zip);
    }

    private PolicyDocument editable(long id) {
        PolicyDocument document = policyAccess.readable(id, "import");
        if (!policyAccess.canEdit(document)) {
            throw new NotAllowedException("policy.import.notAllowed");
        }
        return document;
    }
}
