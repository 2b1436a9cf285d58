package jp.mamori.supplier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import jp.mamori.shared.Page;
import jp.mamori.supplier.LinkedIncident;
import jp.mamori.supplier.RegisterFilter;
import jp.mamori.supplier.SnsAccount;
import jp.mamori.supplier.SnsAccountDraft;
import jp.mamori.supplier.SnsAccounts;
import jp.mamori.supplier.SupplierFinding;
import jp.mamori.supplier.SupplierViews;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST API of the official SNS account register ({@code /api/v1/sns-accounts}): paged list, read, register, replace. */
@RestController
@Tag(name = "sns-accounts", description = "Official SNS accounts (公式SNSアカウント)")
@RequestMapping(path = "/api/v1/sns-accounts", produces = "application/json")
class SnsAccountApi {
    private final SnsAccounts accounts;

    SnsAccountApi(SnsAccounts accounts) {
        this.accounts = accounts;
    }

    /** An account in a list. */
    record SnsAccountItem(
            long id,
            String platform,
            String account,
            String responsible,
            boolean secondFactor,
            @Nullable LocalDate lastReviewedOn,
            List<String> findings) {}

    /** An account in full. */
    record SnsAccountResource(
            long id,
            String platform,
            String account,
            String purpose,
            String procedureDocument,
            String postingRules,
            long unitId,
            SupplierViews.@Nullable NamedPerson responsible,
            List<SupplierViews.NamedPerson> deputies,
            String credentialHolder,
            boolean secondFactor,
            String announcedAt,
            @Nullable LocalDate lastReviewedOn,
            List<LinkedIncident> incidents,
            List<SupplierFinding> findings) {
        static SnsAccountResource of(SnsAccounts.Details d) {
            SnsAccount a = d.account();
            return new SnsAccountResource(
                    a.id(),
                    a.platform(),
                    a.account(),
                    a.purpose(),
                    a.procedureDocument(),
                    a.postingRules(),
                    a.unitId(),
                    d.responsible(),
                    d.deputies(),
                    a.credentialHolder(),
                    a.secondFactor(),
                    a.announcedAt(),
                    a.lastReviewedOn(),
                    a.incidents(),
                    d.findings());
        }
    }

    /** The body of POST and PUT: people by 職員番号. */
    record SnsAccountRequest(
            @Nullable String platform,
            @Nullable String account,
            @Nullable String purpose,
            @Nullable String procedureDocument,
            @Nullable String postingRules,
            @Nullable Long unitId,
            @Nullable String responsible,
            @Nullable List<String> deputies,
            @Nullable String credentialHolder,
            @Nullable Boolean secondFactor,
            @Nullable String announcedAt) {
        SnsAccountDraft draft() {
            return new SnsAccountDraft(
                    t(platform),
                    t(account),
                    t(purpose),
                    t(procedureDocument),
                    t(postingRules),
                    unitId,
                    t(responsible),
                    deputies == null ? List.of() : deputies,
                    t(credentialHolder),
                    Boolean.TRUE.equals(secondFactor),
                    t(announcedAt));
        }
    }

    private static String t(@Nullable String s) {
        return s == null ? "" : s.strip();
    }

    @Operation(summary = "List official SNS accounts", description = "By platform and account; finding codes.")
    @GetMapping
    @PreAuthorize("@supplierAccess.mayList()")
    public Page<SnsAccountItem> list(
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "page size, 1–200") @RequestParam(defaultValue = "50") int size,
            @Parameter(description = "text in the platform, account or purpose")
                    @RequestParam(required = false)
                    @Nullable
                    String q,
            @Parameter(description = "only accounts with findings") @RequestParam(defaultValue = "false")
                    boolean findings) {
        return accounts.page(new RegisterFilter(q, findings), page, size)
                .map(l -> new SnsAccountItem(
                        l.account().id(),
                        l.account().platform(),
                        l.account().account(),
                        l.responsibleName(),
                        l.account().secondFactor(),
                        l.account().lastReviewedOn(),
                        l.findings().stream().map(SupplierFinding::rule).toList()));
    }

    @Operation(summary = "Read an SNS account")
    @GetMapping("/{id}")
    @PreAuthorize("@supplierAccess.mayList()")
    public SnsAccountResource read(@PathVariable long id) {
        return SnsAccountResource.of(accounts.details(id));
    }

    @Operation(summary = "Register an SNS account", description = "For a unit the caller manages; 201 with Location.")
    @PostMapping(consumes = "application/json")
    @PreAuthorize("@supplierAccess.mayRegister()")
    public ResponseEntity<SnsAccountResource> create(@RequestBody SnsAccountRequest request) {
        long id = accounts.register(request.draft()).id();
        return ResponseEntity.created(URI.create("/api/v1/sns-accounts/" + id))
                .body(SnsAccountResource.of(accounts.details(id)));
    }

    @Operation(summary = "Replace an SNS account")
    @PutMapping(path = "/{id}", consumes = "application/json")
    @PreAuthorize("@supplierAccess.mayChangeSnsAccount(#id)")
    public SnsAccountResource update(@PathVariable long id, @RequestBody SnsAccountRequest request) {
        accounts.change(id, request.draft());
        return SnsAccountResource.of(accounts.details(id));
    }
}
