package jp.mamori.asset.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.mamori.asset.AssetAccess;
import jp.mamori.asset.AssetExport;
import jp.mamori.asset.AssetImport;
import jp.mamori.asset.LedgerColumn;
import jp.mamori.asset.LedgerUnreadableException;
import jp.mamori.organization.Directory;
import jp.mamori.shared.Access;
import jp.mamori.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * REST API for the Excel ledger: import (with a dry-run flag) and export, under {@code
 * /api/v1/assets}. The import answers the same JSON as {@code mamori assets import --format json}:
 * 200 when every row is valid (imported unless a dry run), 422 when rows have errors (nothing
 * written), 400 problem JSON when the file cannot be read at all.
 */
@RestController
@Tag(name = "asset-ledger", description = "Information asset ledger in Excel (情報資産管理台帳の取込み・出力)")
@RequestMapping(path = "/api/v1/assets")
class AssetLedgerApi {
    /** The import's answer; the CLI prints the same shape. */
    record ImportResult(int rows, int created, int updated, int unchanged, List<ImportError> errors) {
        static ImportResult of(AssetImport.Outcome o) {
            return new ImportResult(
                    o.rows(),
                    o.created(),
                    o.updated(),
                    o.unchanged(),
                    o.errors().stream()
                            .map(e -> new ImportError(e.row(), e.column(), e.value(), e.message()))
                            .toList());
        }
    }

    /** One problem: Excel row number, the column's header, the cell's text, the message. */
    record ImportError(int row, String column, String value, String message) {}

    private final AssetImport importer;
    private final AssetExport exporter;
    private final Directory directory;
    private final AssetAccess access;

    AssetLedgerApi(AssetImport importer, AssetExport exporter, Directory directory, AssetAccess access) {
        this.importer = importer;
        this.exporter = exporter;
        this.directory = directory;
        this.access = access;
    }

    @Operation(
            summary = "Import an Excel ledger",
            description = "Multipart upload of an .xlsx ledger (field `file`, at most 20 MB). Every row is checked;"
                    + " with dryRun=true nothing is written. All or nothing: 200 when every row is valid (and"
                    + " imported unless a dry run), 422 with the same body listing every problem when rows have"
                    + " errors, 400 problem JSON when the file is not a readable .xlsx workbook or passes a limit (rows,"
                    + " columns, cells, text), 429 when the caller already runs an import or the node runs its"
                    + " maximum (try again later). A row with a"
                    + " 管理番号 updates that asset, a row without one creates an asset. Rows of units the caller"
                    + " does not manage are errors. `map` assigns a header the ledger does not know to a field,"
                    + " as `header=field` where field is a standard header such as 資産名.")
    @ApiResponse(
            responseCode = "200",
            description = "every row valid",
            content = @Content(schema = @Schema(implementation = ImportResult.class)))
    @ApiResponse(
            responseCode = "422",
            description = "rows with errors; nothing written",
            content = @Content(schema = @Schema(implementation = ImportResult.class)))
    @PostMapping(path = "/import", consumes = "multipart/form-data", produces = "application/json")
    @PreAuthorize(AssetAccess.MAY_CREATE)
    public ResponseEntity<ImportResult> importLedger(
            @Parameter(description = "the ledger (.xlsx)") @RequestPart("file") MultipartFile file,
            @Parameter(description = "check only, write nothing") @RequestParam(defaultValue = "false") boolean dryRun,
            @Parameter(description = "header=field, e.g. システム名称=資産名; repeatable")
                    @RequestParam(name = "map", required = false)
                    @Nullable
                    List<String> map,
            Locale locale)
            throws IOException {
        Map<String, LedgerColumn> mapping = mapping(map);
        String name = file.getOriginalFilename() == null ? "ledger.xlsx" : file.getOriginalFilename();
        AssetImport.Outcome outcome;
        try {
            outcome = importer.run(new AssetImport.Request(
                    name,
                    file.getBytes(),
                    dryRun,
                    mapping,
                    AssetLedgerPages.managedUnits(access),
                    Access.currentLogin(),
                    locale));
        } catch (LedgerUnreadableException e) {
            if (e.messageKey().equals("ledger.import.busy")) {
                throw new jp.mamori.shared.BusyException(e.messageKey());
            }
            throw InvalidInputException.of("file", e.messageKey(), e.args().toArray());
        }
        return ResponseEntity.status(outcome.valid() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
                .body(ImportResult.of(outcome));
    }

    private static Map<String, LedgerColumn> mapping(@Nullable List<String> map) {
        Map<String, LedgerColumn> mapping = new LinkedHashMap<>();
        if (map == null) {
            return mapping;
        }
        for (String entry : map) {
            int at = entry.lastIndexOf('=');
            String header = at < 0 ? "" : entry.substring(0, at).strip();
            String field = at < 0 ? "" : entry.substring(at + 1).strip();
            Optional<LedgerColumn> column = LedgerColumn.byHeader(field);
            if (column.isEmpty()) {
                column = java.util.Arrays.stream(LedgerColumn.values())
                        .filter(c -> c.name().equalsIgnoreCase(field))
                        .findFirst();
            }
            if (header.isEmpty() || column.isEmpty()) {
                throw InvalidInputException.of("map", "ledger.api.map", entry, AssetImport.standardHeaders());
            }
            mapping.put(header, column.get());
        }
        return mapping;
    }

    @Operation(
            summary = "Export the ledger as Excel",
            description = "The register as .xlsx in the standard layout with 和暦 dates; importing the file again"
                    + " changes nothing. unit = a unit id (with the units below it); sheets = one (default) or"
                    + " unit (one sheet per owner unit). Each caller gets the assets they may read (auditors and"
                    + " body-wide managers every unit, others the units of their roles); a unit they may not see"
                    + " is a 404.")
    @ApiResponse(
            responseCode = "200",
            description = "the workbook",
            content =
                    @Content(
                            mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            schema = @Schema(type = "string", format = "binary")))
    @GetMapping(
            path = "/export",
            produces = {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/json"})
    @PreAuthorize(AssetAccess.MAY_LIST)
    public ResponseEntity<byte[]> export(
            @Parameter(description = "unit id; all readable units when absent")
                    @RequestParam(required = false)
                    @Nullable
                    Long unit,
            @Parameter(description = "one or unit") @RequestParam(defaultValue = "one") String sheets) {
        if (!sheets.equals("one") && !sheets.equals("unit")) {
            throw InvalidInputException.of("sheets", "ledger.api.sheets", sheets);
        }
        return AssetLedgerPages.xlsx(exporter, directory, access, unit, sheets.equals("unit"));
    }
}
