package jp.mamori.control.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import jp.mamori.control.catalogue.CataloguePdf;
import jp.mamori.control.soa.SoaExport;
import jp.mamori.printing.FontMissingException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Downloads of the control module: the statement of applicability as Excel and PDF (one unit, or
 * every unit the reader may read), and a catalogue version as the printed 対策基準 in PDF. Without a
 * Japanese font a PDF request answers 503 with a page pointing to the print view.
 */
@Controller
class SoaExportPages {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Readers of units' statements, or a reader of the one system asked for (its 管理者, 担当者). */
    static final String MAY_EXPORT =
            SoaEvidencePages.MAY_READ_SOA + " or (#system != null and @systemAccess.mayRead(#system))";

    private final SoaExport export;
    private final CataloguePdf cataloguePdf;

    SoaExportPages(SoaExport export, CataloguePdf cataloguePdf) {
        this.export = export;
        this.cataloguePdf = cataloguePdf;
    }

    @GetMapping("/soa/export.xlsx")
    @PreAuthorize(MAY_EXPORT)
    public ResponseEntity<byte[]> workbook(
            @RequestParam(required = false) @Nullable Long unit,
            @RequestParam(required = false) @Nullable Long system,
            Locale locale) {
        SoaExport.Statement statement = export.forUser(unit, system);
        return attachment(
                export.workbook(statement, locale),
                fileName(statement, unit, system) + ".xlsx",
                MediaType.parseMediaType(XLSX));
    }

    @GetMapping("/soa/export.pdf")
    @PreAuthorize(MAY_EXPORT)
    public Object pdf(
            @RequestParam(required = false) @Nullable Long unit,
            @RequestParam(required = false) @Nullable Long system,
            Locale locale) {
        SoaExport.Statement statement = export.forUser(unit, system);
        try {
            return attachment(
                    export.pdf(statement, locale),
                    fileName(statement, unit, system) + ".pdf",
                    MediaType.APPLICATION_PDF);
        } catch (FontMissingException e) {
            return unavailable(
                    system != null ? "/soa/systems/" + system : unit == null ? "/soa" : "/soa/units/" + unit, e);
        }
    }

    @GetMapping("/controls/versions/{number}/catalogue.pdf")
    @PreAuthorize("isAuthenticated()")
    public Object cataloguePdf(@PathVariable int number, Locale locale) {
        try {
            return attachment(
                    cataloguePdf.render(number, locale),
                    "taisaku-kijun-v" + number + ".pdf",
                    MediaType.APPLICATION_PDF);
        } catch (FontMissingException e) {
            return unavailable("/controls/versions/" + number + "/print", e);
        }
    }

    private static String fileName(SoaExport.Statement statement, @Nullable Long unit, @Nullable Long system) {
        String who = (unit == null && system == null) || statement.rows().isEmpty()
                ? "all"
                : statement.rows().get(0).holder().code();
        return "soa-" + who + "-" + statement.asOf();
    }

    private static ResponseEntity<byte[]> attachment(byte[] bytes, String name, MediaType type) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(type)
                .body(bytes);
    }

    private static ModelAndView unavailable(String back, FontMissingException e) {
        ModelAndView page = new ModelAndView("control/pdf-unavailable", HttpStatus.SERVICE_UNAVAILABLE);
        page.addObject("back", back);
        page.addObject("reason", e.getMessage());
        return page;
    }
}
