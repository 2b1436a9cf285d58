package jp.mamori.policy.web;

import java.nio.charset.StandardCharsets;
import jp.mamori.policy.PolicyExport;
import jp.mamori.policy.PolicyMarkdown;
import jp.mamori.policy.PolicyPdf;
import jp.mamori.policy.PolicyPrintout;
import jp.mamori.policy.PolicyPrintouts;
import jp.mamori.printing.FontMissingException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * The print view of a revision (a page of its own with a print stylesheet: title, 文書番号, dates
 * in 和暦, body and 附則) and its PDF. Without a Japanese font the PDF link answers a page that says
 * so and points to the print view.
 */
@Controller
class PolicyPrintPages {
    private final PolicyPrintouts printouts;
    private final PolicyPdf pdf;

    PolicyPrintPages(PolicyPrintouts printouts, PolicyPdf pdf) {
        this.printouts = printouts;
        this.pdf = pdf;
    }

    @GetMapping("/policies/{id}/revisions/{rid}/print")
    @PreAuthorize(Rights.SIGNED_IN)
    public String print(@PathVariable long id, @PathVariable long rid, Model model) {
        PolicyPrintout printout = printouts.printout(id, rid, "print");
        model.addAttribute("printout", printout);
        model.addAttribute("bodyHtml", PolicyMarkdown.render(printout.body()));
        model.addAttribute("provisionsHtml", PolicyMarkdown.render(printout.supplementaryProvisions()));
        model.addAttribute("pdfAvailable", pdf.available());
        model.addAttribute("revisionId", rid);
        return "policy/print";
    }

    @GetMapping("/policies/{id}/revisions/{rid}/pdf")
    @PreAuthorize(Rights.SIGNED_IN)
    public Object pdf(@PathVariable long id, @PathVariable long rid) {
        PolicyPrintout printout = printouts.printout(id, rid, "pdf");
        try {
            byte[] bytes = pdf.render(printout);
            return ResponseEntity.ok()
                    .header(
                            HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment()
                                    .filename(PolicyExport.fileName(printout) + ".pdf", StandardCharsets.UTF_8)
                                    .build()
                                    .toString())
                    .contentType(MediaType.APPLICATION_PDF)
                    .body(bytes);
        } catch (FontMissingException e) {
            ModelAndView page = new ModelAndView("policy/pdf-unavailable", HttpStatus.SERVICE_UNAVAILABLE);
            page.addObject("printout", printout);
            page.addObject("revisionId", rid);
            page.addObject("reason", e.getMessage());
            return page;
        }
    }
}
