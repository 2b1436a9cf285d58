package jp.mamori.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import jp.mamori.shared.InvalidInputException;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time setup tokens: on the first production start (no account yet) each node issues a token
 * and prints it; {@code /setup} accepts any unspent one to create the first administrator, after
 * which all are deleted. Only SHA-256 hashes are stored, so the database alone does not reveal a
 * token. There is never a default password.
 *
 * <p>"Exactly once" is kept by the database, not by a check in Java: the setup first inserts the
 * single row of {@code sec_setup_claim} (primary key 1). A concurrent setup on this or another node
 * waits on that key and then fails on it, and is told that the setup is done; a setup that fails
 * later (a weak password, say) rolls its claim back with it.
 */
@Service
public class SetupTokens {
    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SetupTokens(JdbcClient jdbc, Accounts accounts, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A new token, stored hashed, when no account exists yet; empty otherwise. */
    @Transactional
    public Optional<String> issueIfNoAccounts() {
        if (!open()) {
            return Optional.empty();
        }
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into sec_setup_token (token_hash, created_at) values (:hash, :now)")
                .param("hash", Sha256.hex(token))
                .param("now", AccountRepository.at(clock.instant()))
                .update();
        return Optional.of(token);
    }

    /** True while the first administrator may still be created. */
    @Transactional(readOnly = true)
    public boolean open() {
        return !claimed() && !accounts.any();
    }

    private boolean claimed() {
        return jdbc.sql("select count(*) from sec_setup_claim")
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * Creates the first administrator when the token is right and the setup is not yet claimed;
     * the tokens are spent. Throws {@link InvalidInputException} naming the field otherwise.
     */
    @Transactional
    public Account createFirstAdministrator(String token, String login, String displayName, String password) {
        if (!open()) {
            throw InvalidInputException.of("token", "setup.closed");
        }
        String hash = Sha256.hex(token.strip());
        List<String> hashes = jdbc.sql("select token_hash from sec_setup_token")
                .query(String.class)
                .list();
        if (hashes.stream().noneMatch(h -> Sha256.same(h.strip(), hash))) {
            throw InvalidInputException.of("token", "setup.token.wrong");
        }
        claim(login);
        Account admin =
                accounts.create(new Accounts.NewAccountRequest(null, login, displayName, password, true), "setup");
        jdbc.sql("delete from sec_setup_token").update();
        return admin;
    }

    /**
     * Takes the one setup claim, or fails with "setup closed" when another setup holds it: on
     * PostgreSQL a unique violation once the other commits; on H2 the same, or a lock timeout
     * while the other is still running.
     */
    private void claim(String login) {
        try {
            jdbc.sql("insert into sec_setup_claim (id, login, claimed_at) values (1, :login, :now)")
                    .param("login", login.length() > 100 ? login.substring(0, 100) : login)
                    .param("now", AccountRepository.at(clock.instant()))
                    .update();
        } catch (DataAccessException e) {
            throw InvalidInputException.of("token", "setup.closed");
        }
    }
}
