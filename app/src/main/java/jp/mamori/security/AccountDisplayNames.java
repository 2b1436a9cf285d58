package jp.mamori.security;

import java.util.Optional;
import jp.mamori.shared.AccountNames;
import org.springframework.stereotype.Component;

/** Display names of accounts for other modules (the audit trail shows who did what by name). */
@Component
class AccountDisplayNames implements AccountNames {
    private final Accounts accounts;

    AccountDisplayNames(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<String> displayName(String login) {
        return accounts.byLogin(login).map(Account::displayName).filter(name -> !name.isBlank());
    }
}
