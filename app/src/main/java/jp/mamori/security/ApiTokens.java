package jp.mamori.security;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import jp.mamori.security.SecurityEvent.ApiTokenCreated;
import jp.mamori.security.SecurityEvent.ApiTokenRevoked;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens for automation. A token is {@code mamori_} followed by 32 random bytes in URL-safe
 * Base64; only its SHA-256 hash is stored, with its first characters (the prefix) to find it and
 * to show in lists. The token is shown once, when created. A revoked token never works again.
 */
@Service
public class ApiTokens {
    static final String PREFIX = "mamori_";
    /** {@code mamori_} plus eight characters of the random part. */
    static final int LOOKUP_LENGTH = PREFIX.length() + 8;
    /** Last-used times are written at most this often per token, so calls do not each write. */
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final AccountRepository accounts;
    private final ApplicationEventPublisher events;
    private final SecureRandom random = new SecureRandom();

    private final Clock clock;

    ApiTokens(JdbcClient jdbc, AccountRepository accounts, ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.events = events;
    }

    /** A new token and its text, which is shown once and never stored. */
    public record Created(ApiToken token, String text) {
        @Override
        public String toString() {
            return "Created[" + token + "]";
        }
    }

    @Transactional
    public Created create(long accountId, String name, String actor) {
        String cleanName = name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 100) {
            throw InvalidInputException.of("name", "apiToken.name.invalid", 100);
        }
        Account owner = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String text = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String prefix = text.substring(0, LOOKUP_LENGTH);
        Instant now = clock.instant();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into sec_api_token (account_id, name, token_prefix, token_hash, created_at)
                        values (:account, :name, :prefix, :hash, :now)
                        """)
                .param("account", accountId)
                .param("name", cleanName)
                .param("prefix", prefix)
                .param("hash", Sha256.hex(text))
                .param("now", AccountRepository.at(now))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        events.publishEvent(new ApiTokenCreated(id, owner.login(), cleanName, prefix, actor));
        return new Created(find(id).orElseThrow(), text);
    }

    /** Revokes one of the account's tokens; revoking twice changes nothing. */
    @Transactional
    public void revoke(long accountId, long tokenId, String actor) {
        ApiToken token = find(tokenId)
                .filter(t -> t.accountId() == accountId)
                .orElseThrow(() -> new NotFoundException("api token", tokenId));
        if (!token.active()) {
            return;
        }
        jdbc.sql("update sec_api_token set revoked_at = :now, revoked_by = :actor where id = :id")
                .param("now", AccountRepository.at(clock.instant()))
                .param("actor", actor)
                .param("id", tokenId)
                .update();
        String owner = accounts.findById(accountId).map(Account::login).orElse("");
        events.publishEvent(new ApiTokenRevoked(tokenId, owner, token.name(), actor));
    }

    /** The account a token belongs to, when the token exists and is not revoked; notes its use. */
    @Transactional
    public Optional<Long> authenticate(String text) {
        if (!text.startsWith(PREFIX) || text.length() < LOOKUP_LENGTH || text.length() > 100) {
            return Optional.empty();
        }
        String hash = Sha256.hex(text);
        List<Row> rows = jdbc.sql("""
                        select id, account_id, token_hash, last_used_at from sec_api_token
                        where token_prefix = :prefix and revoked_at is null
                        """)
                .param("prefix", text.substring(0, LOOKUP_LENGTH))
                .query((rs, n) -> new Row(
                        rs.getLong("id"),
                        rs.getLong("account_id"),
                        rs.getString("token_hash"),
                        AccountRepository.instant(rs, "last_used_at")))
                .list();
        Instant now = clock.instant();
        for (Row row : rows) {
            if (Sha256.same(row.hash(), hash)) {
                if (row.lastUsed() == null
                        || row.lastUsed().plus(LAST_USED_PRECISION).isBefore(now)) {
                    jdbc.sql("update sec_api_token set last_used_at = :now where id = :id")
                            .param("now", AccountRepository.at(now))
                            .param("id", row.id())
                            .update();
                }
                return Optional.of(row.accountId());
            }
        }
        return Optional.empty();
    }

    private record Row(
            long id,
            long accountId,
            String hash,
            @org.jspecify.annotations.Nullable Instant lastUsed) {}

    @Transactional(readOnly = true)
    public List<ApiToken> of(long accountId) {
        return jdbc.sql("select * from sec_api_token where account_id = :id order by created_at desc, id desc")
                .param("id", accountId)
                .query(ApiTokens::map)
                .list();
    }

    Optional<ApiToken> find(long id) {
        return jdbc.sql("select * from sec_api_token where id = :id")
                .param("id", id)
                .query(ApiTokens::map)
                .optional();
    }

    private static ApiToken map(ResultSet rs, int row) throws SQLException {
        Instant created = AccountRepository.instant(rs, "created_at");
        return new ApiToken(
                rs.getLong("id"),
                rs.getLong("account_id"),
                rs.getString("name"),
                rs.getString("token_prefix"),
                created == null ? Instant.EPOCH : created,
                AccountRepository.instant(rs, "last_used_at"),
                AccountRepository.instant(rs, "revoked_at"));
    }
}
