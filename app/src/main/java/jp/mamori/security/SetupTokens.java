package jp.mamori.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time setup tokens: on the first production start (no account yet) each node issues a token
 * and prints it; {@code /setup} accepts any unspent one to create the first administrator, after
 * which all are deleted. Only SHA-256 hashes are stored, so the database alone does not reveal a
 * token. There is never a default password.
 */
@Service
class SetupTokens {
    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final SecureRandom random = new SecureRandom();

    private final Clock clock;

    SetupTokens(JdbcClient jdbc, Accounts accounts, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /** A new token, stored hashed, when no account exists yet; empty otherwise. */
    @Transactional
    public java.util.Optional<String> issueIfNoAccounts() {
        if (accounts.any()) {
            return java.util.Optional.empty();
        }
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into sec_setup_token (token_hash, created_at) values (:hash, :now)")
                .param("hash", Sha256.hex(token))
                .param("now", AccountRepository.at(clock.instant()))
                .update();
        return java.util.Optional.of(token);
    }

    /** True while the first administrator may still be created. */
    @Transactional(readOnly = true)
    public boolean open() {
        return !accounts.any();
    }

    /**
     * Creates the first administrator when the token is right and no account exists; the tokens
     * are spent. Throws {@link jp.mamori.shared.InvalidInputException} naming the field otherwise.
     */
    @Transactional
    public Account createFirstAdministrator(String token, String login, String displayName, String password) {
        if (accounts.any()) {
            throw jp.mamori.shared.InvalidInputException.of("token", "setup.closed");
        }
        String hash = Sha256.hex(token.strip());
        List<String> hashes = jdbc.sql("select token_hash from sec_setup_token")
                .query(String.class)
                .list();
        if (hashes.stream().noneMatch(h -> Sha256.same(h.strip(), hash))) {
            throw jp.mamori.shared.InvalidInputException.of("token", "setup.token.wrong");
        }
        Account admin =
                accounts.create(new Accounts.NewAccountRequest(null, login, displayName, password, true), "setup");
        jdbc.sql("delete from sec_setup_token").update();
        return admin;
    }
}
