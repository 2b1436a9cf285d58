package jp.mamori.asset.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.mamori.asset.AssetAccess;
import jp.mamori.asset.AssetExport;
import jp.mamori.asset.AssetImport;
import jp.mamori.asset.LedgerColumn;
import jp.mamori.asset.LedgerReader;
import jp.mamori.asset.LedgerUnreadableException;
import jp.mamori.asset.LedgerUploads;
import jp.mamori.organization.Directory;
import jp.mamori.organization.UnitSummary;
import jp.mamori.shared.Access;
import jp.mamori.shared.NotFoundException;
import jp.mamori.web.form.Flash;
import org.jspecify.annotations.Nullable;
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
 * The Excel pages of the register: import (upload, see the check's problems in a table, map headers
 * the ledger does not know, then import) and export (all units or one, one sheet or one per unit).
 * The uploaded file is kept by {@link LedgerUploads} between the check and the import.
 */
@Controller
class AssetLedgerPages {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final AssetImport importer;
    private final AssetExport exporter;
    private final LedgerUploads uploads;
    private final Directory directory;
    private final AssetAccess access;

    AssetLedgerPages(
            AssetImport importer,
            AssetExport exporter,
            LedgerUploads uploads,
            Directory directory,
            AssetAccess access) {
        this.importer = importer;
        this.exporter = exporter;
        this.uploads = uploads;
        this.directory = directory;
        this.access = access;
    }

    @GetMapping("/assets/import")
    @PreAuthorize(AssetAccess.MAY_CREATE)
    public String importForm(Model model) {
        prepare(model);
        return "asset/import";
    }

    @PostMapping("/assets/import")
    @PreAuthorize(AssetAccess.MAY_CREATE)
    public String upload(@RequestParam("file") @Nullable MultipartFile file, Model model, Locale locale)
            throws IOException {
        prepare(model);
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", importer.text(locale, "ledger.file.empty"));
            return "asset/import";
        }
        if (file.getSize() > LedgerReader.MAX_BYTES) {
            model.addAttribute(
                    "fileError", importer.text(locale, "ledger.file.tooLarge", LedgerReader.MAX_BYTES / (1024 * 1024)));
            return "asset/import";
        }
        String name = file.getOriginalFilename() == null ? "ledger.xlsx" : file.getOriginalFilename();
        String token = uploads.keep(Access.currentLogin(), name, file.getBytes());
        return check(token, List.of(), List.of(), model, locale);
    }

    @PostMapping("/assets/import/{token}/check")
    @PreAuthorize(AssetAccess.MAY_CREATE)
    public String check(
            @PathVariable String token,
            @RequestParam(name = "header", required = false) @Nullable List<String> headers,
            @RequestParam(name = "field", required = false) @Nullable List<String> fields,
            Model model,
            Locale locale) {
        return run(token, mapping(headers, fields), true, model, locale, null);
    }

    @PostMapping("/assets/import/{token}")
    @PreAuthorize(AssetAccess.MAY_CREATE)
    public String importLedger(
            @PathVariable String token,
            @RequestParam(name = "header", required = false) @Nullable List<String> headers,
            @RequestParam(name = "field", required = false) @Nullable List<String> fields,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        return run(token, mapping(headers, fields), false, model, locale, redirect);
    }

    private String run(
            String token,
            Map<String, LedgerColumn> mapping,
            boolean dryRun,
            Model model,
            Locale locale,
            @Nullable RedirectAttributes redirect) {
        prepare(model);
        LedgerUploads.Upload upload = uploads.find(token, Access.currentLogin())
                .orElseThrow(() -> new NotFoundException("ledger-upload", token));
        AssetImport.Outcome outcome;
        try {
            outcome = importer.run(new AssetImport.Request(
                    upload.fileName(),
                    upload.content(),
                    dryRun,
                    mapping,
                    managedUnits(access),
                    Access.currentLogin(),
                    locale));
        } catch (LedgerUnreadableException e) {
            uploads.discard(token);
            model.addAttribute(
                    "fileError", importer.text(locale, e.messageKey(), e.args().toArray()));
            return "asset/import";
        }
        if (!dryRun && outcome.written() && redirect != null) {
            uploads.discard(token);
            Flash.notice(redirect, "ledger.page.imported");
            redirect.addFlashAttribute(
                    "noticeArgs",
                    new Object[] {upload.fileName(), outcome.created(), outcome.updated(), outcome.unchanged()});
            return "redirect:/assets";
        }
        model.addAttribute("token", token);
        model.addAttribute("fileName", upload.fileName());
        model.addAttribute("outcome", outcome);
        model.addAttribute("mapping", mapping);
        model.addAttribute("checked", dryRun);
        return "asset/import";
    }

    /** What every state of the import page shows. */
    private static void prepare(Model model) {
        model.addAttribute("columns", LedgerColumn.values());
        model.addAttribute("maxMegabytes", LedgerReader.MAX_BYTES / (1024 * 1024));
        model.addAttribute("standardHeaders", AssetImport.standardHeaders());
    }

    /** The import's permission: may change the unit's assets, asked once per unit rather than per row. */
    static AssetImport.UnitPermission managedUnits(AssetAccess access) {
        Map<Long, Boolean> answers = new java.util.HashMap<>();
        return unitId -> answers.computeIfAbsent(unitId, access::canManage);
    }

    /** The person's mapping from the page: header texts and, at the same positions, field names. */
    static Map<String, LedgerColumn> mapping(@Nullable List<String> headers, @Nullable List<String> fields) {
        Map<String, LedgerColumn> mapping = new LinkedHashMap<>();
        if (headers == null || fields == null) {
            return mapping;
        }
        for (int i = 0; i < Math.min(headers.size(), fields.size()); i++) {
            String field = fields.get(i);
            if (field != null && !field.isBlank()) {
                Optional<LedgerColumn> column = Arrays.stream(LedgerColumn.values())
                        .filter(c -> c.name().equals(field.strip()))
                        .findFirst();
                String header = headers.get(i);
                column.ifPresent(c -> mapping.put(header, c));
            }
        }
        return mapping;
    }

    // ---- export ----------------------------------------------------------------------------------

    @GetMapping("/assets/export")
    @PreAuthorize(AssetAccess.MAY_LIST)
    public String exportForm(Model model) {
        model.addAttribute("units", exportableUnits());
        return "asset/export";
    }

    @GetMapping("/assets/export.xlsx")
    @PreAuthorize(AssetAccess.MAY_LIST)
    public ResponseEntity<byte[]> download(
            @RequestParam(name = "unit", required = false) @Nullable Long unitId,
            @RequestParam(name = "sheets", defaultValue = "one") String sheets) {
        return xlsx(exporter, directory, access, unitId, "unit".equals(sheets));
    }

    /** The units whose assets the reader may see, hence export. */
    private List<UnitSummary> exportableUnits() {
        java.util.Set<Long> visible = access.visibleUnits();
        List<UnitSummary> units = new ArrayList<>();
        for (UnitSummary unit : directory.units()) {
            if (visible == null || visible.contains(unit.id())) {
                units.add(unit);
            }
        }
        return units;
    }

    /**
     * The export as a download, shared with the API: each reader gets the assets they may read (see
     * {@link AssetAccess}); a unit they may not see is a 404 rather than an empty file.
     */
    static ResponseEntity<byte[]> xlsx(
            AssetExport exporter,
            Directory directory,
            AssetAccess access,
            @Nullable Long unitId,
            boolean sheetPerUnit) {
        String suffix = "";
        java.util.Set<Long> visible = access.visibleUnits();
        if (unitId != null) {
            UnitSummary unit = directory.unit(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
            if (visible != null && !visible.contains(unitId)) {
                throw new NotFoundException("unit", unitId);
            }
            suffix = "_" + unit.code();
        }
        byte[] bytes = exporter.export(unitId, sheetPerUnit, id -> visible == null || visible.contains(id));
        String name = "情報資産管理台帳" + suffix + "_" + exporter.today() + ".xlsx";
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(bytes);
    }
}
