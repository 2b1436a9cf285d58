package jp.mamori.system.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import jp.mamori.shared.NotFoundException;
import jp.mamori.system.AccountFinding;
import jp.mamori.system.AccountKind;
import jp.mamori.system.SystemAccount;
import jp.mamori.system.SystemAccounts;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of the accounts on systems (ID管理): a system's accounts with their findings, requesting
 * one, approving it (the system's 管理者), confirming its removal, and the accounts to be removed
 * across the systems the caller may read. Authorised as on the pages.
 */
@RestController
@Tag(name = "system-accounts", description = "Accounts on information systems (ID管理)")
@RequestMapping(path = "/api/v1/systems", produces = "application/json")
class SystemAccountApi {
    private final SystemAccounts accounts;

    SystemAccountApi(SystemAccounts accounts) {
        this.accounts = accounts;
    }

    /** An account with its holder, 代行者 and findings (rule codes). */
    record AccountResource(
            long id,
            long systemId,
            String accountName,
            AccountKind kind,
            SystemAccount.State state,
            @Nullable String holder,
            @Nullable String holderName,
            @Nullable String deputyName,
            LocalDate validFrom,
            @Nullable LocalDate validTo,
            @Nullable String approvedBy,
            List<String> findings) {
        static AccountResource of(SystemAccounts.AccountView v) {
            SystemAccount a = v.account();
            return new AccountResource(
                    a.id(),
                    a.systemId(),
                    a.accountName(),
                    a.kind(),
                    a.state(),
                    v.holderNumber(),
                    v.holderName(),
                    v.deputyName(),
                    a.validFrom(),
                    a.validTo(),
                    a.approvedBy(),
                    v.findings().stream().map(AccountFinding::rule).toList());
        }
    }

    /** An account listed for removal, with its system's 管理番号. */
    record RemovalResource(long systemId, String assetNumber, AccountResource account) {}

    /** The body of a request: holder and 代行者 by 職員番号. */
    record AccountRequest(
            @Nullable String accountName,
            @Nullable AccountKind kind,
            @Nullable String holder,
            @Nullable String deputy,
            @Nullable LocalDate validFrom,
            @Nullable LocalDate validTo) {
        SystemAccounts.AccountDraft draft() {
            return new SystemAccounts.AccountDraft(
                    accountName == null ? "" : accountName,
                    kind,
                    holder == null ? "" : holder,
                    deputy == null ? "" : deputy,
                    validFrom,
                    validTo);
        }
    }

    @Operation(summary = "List a system's accounts", description = "Removed ones last; findings as rule codes.")
    @GetMapping("/{id}/accounts")
    @PreAuthorize("@systemAccess.mayRead(#id)")
    public List<AccountResource> list(@PathVariable long id) {
        return accounts.ofSystem(id).stream().map(AccountResource::of).toList();
    }

    @Operation(
            summary = "Request an account on a system",
            description = "Those who may change the system. It waits for the 管理者's approval. 201 with Location.")
    @PostMapping(path = "/{id}/accounts", consumes = "application/json")
    @PreAuthorize("@systemAccess.mayChange(#id)")
    public ResponseEntity<AccountResource> request(@PathVariable long id, @RequestBody AccountRequest body) {
        SystemAccount a = accounts.request(id, body.draft());
        return ResponseEntity.created(URI.create("/api/v1/systems/" + id + "/accounts/" + a.id()))
                .body(one(id, a.id()));
    }

    @Operation(summary = "Read one account")
    @GetMapping("/{id}/accounts/{accountId}")
    @PreAuthorize("@systemAccess.mayRead(#id)")
    public AccountResource read(@PathVariable long id, @PathVariable long accountId) {
        return one(id, accountId);
    }

    @Operation(summary = "Approve a requested account", description = "The system's 管理者 or a body-wide manager.")
    @PostMapping("/{id}/accounts/{accountId}/approve")
    @PreAuthorize("@systemAccess.mayApproveAccounts(#id)")
    public AccountResource approve(@PathVariable long id, @PathVariable long accountId) {
        accounts.approve(id, accountId);
        return one(id, accountId);
    }

    @Operation(summary = "Confirm that an account was removed from the system", description = "It stays as history.")
    @PostMapping("/{id}/accounts/{accountId}/removal")
    @PreAuthorize("@systemAccess.mayChange(#id)")
    public AccountResource confirmRemoval(@PathVariable long id, @PathVariable long accountId) {
        accounts.confirmRemoval(id, accountId);
        return one(id, accountId);
    }

    @Operation(
            summary = "Accounts to be removed",
            description =
                    "Leavers', movers' and expired accounts on the systems the caller may read, until removal is confirmed.")
    @GetMapping("/accounts/removals")
    @PreAuthorize("@systemAccess.mayList()")
    public List<RemovalResource> removals() {
        return accounts.removals().stream()
                .map(r -> new RemovalResource(r.systemId(), r.assetNumber(), AccountResource.of(r.view())))
                .toList();
    }

    private AccountResource one(long systemId, long accountId) {
        return accounts.ofSystem(systemId).stream()
                .filter(v -> v.account().id() == accountId)
                .findFirst()
                .map(AccountResource::of)
                .orElseThrow(() -> new NotFoundException("system-account", accountId));
    }
}
