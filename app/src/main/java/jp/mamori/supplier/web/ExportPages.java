package jp.mamori.supplier.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Function;
import jp.mamori.supplier.SupplierExports;
import jp.mamori.supplier.SupplierFinding;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The registers as Excel workbooks (the findings written out in Japanese, as officials file them). */
@Controller
class ExportPages {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final SupplierExports exports;
    private final MessageSource messages;

    ExportPages(SupplierExports exports, MessageSource messages) {
        this.exports = exports;
        this.messages = messages;
    }

    private Function<SupplierFinding, String> words() {
        return f -> messages.getMessage(f.titleKey(), null, Locale.JAPANESE) + ":"
                + messages.getMessage(f.detailKey(), f.args().toArray(), Locale.JAPANESE) + "(対策 " + f.measureId()
                + ")";
    }

    private static void start(HttpServletResponse response, String fileName) {
        response.setContentType(XLSX);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8)
                        .build()
                        .toString());
    }

    @GetMapping("/contractors/export.xlsx")
    @PreAuthorize("@supplierAccess.mayList()")
    public void contracts(@RequestParam(required = false) @Nullable String q, HttpServletResponse response)
            throws IOException {
        start(response, "委託先台帳.xlsx");
        exports.contracts(q, response.getOutputStream(), words());
    }

    @GetMapping("/cloud-services/export.xlsx")
    @PreAuthorize("@supplierAccess.mayList()")
    public void cloudServices(HttpServletResponse response) throws IOException {
        start(response, "外部サービス台帳.xlsx");
        exports.cloudServices(response.getOutputStream(), words());
    }

    @GetMapping("/sns-accounts/export.xlsx")
    @PreAuthorize("@supplierAccess.mayList()")
    public void snsAccounts(HttpServletResponse response) throws IOException {
        start(response, "公式SNSアカウント台帳.xlsx");
        exports.snsAccounts(response.getOutputStream(), words());
    }
}
