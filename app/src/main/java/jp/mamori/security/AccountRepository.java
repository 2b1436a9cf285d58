package jp.mamori.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Stores accounts and their password history in {@code sec_account} and {@code sec_password_history}. */
@Repository
class AccountRepository {
    private static final String COLUMNS = """
            id, login, person_id, display_name, password_hash, administrator, enabled, locked,
            failed_attempts, locked_at, totp_secret, totp_pending_secret, totp_last_step,
            password_changed_at, last_sign_in_at, password_must_change
            """;

    private final JdbcClient jdbc;
    private final TotpSecretCipher cipher;

    AccountRepository(JdbcClient jdbc, TotpSecretCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    boolean any() {
        return jdbc.sql("select count(*) from sec_account").query(Long.class).single() > 0;
    }

    Optional<Account> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from sec_account where id = :id")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    /** Finds by login; logins compare without regard to case. */
    Optional<Account> findByLogin(String login) {
        return jdbc.sql("select " + COLUMNS + " from sec_account where lower(login) = lower(:login)")
                .param("login", login)
                .query(this::map)
                .optional();
    }

    Optional<Account> findByPersonId(long personId) {
        return jdbc.sql("select " + COLUMNS + " from sec_account where person_id = :personId")
                .param("personId", personId)
                .query(this::map)
                .optional();
    }

    List<Account> findAll() {
        return jdbc.sql("select " + COLUMNS + " from sec_account order by login")
                .query(this::map)
                .list();
    }

    /** Inserts a new account and its first password into the history; returns the stored account. */
    Account create(NewAccount account, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into sec_account (login, person_id, display_name, password_hash, administrator,
                            enabled, locked, failed_attempts, password_changed_at, created_at, updated_at)
                        values (:login, :personId, :displayName, :hash, :administrator, true, false, 0,
                            :now, :now, :now)
                        """)
                .param("login", account.login())
                .param("personId", account.personId())
                .param("displayName", account.displayName())
                .param("hash", account.passwordHash())
                .param("administrator", account.administrator())
                .param("now", at(now))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        addToHistory(id, account.passwordHash(), now);
        return findById(id).orElseThrow();
    }

    void save(Account a, Instant now) {
        jdbc.sql("""
                        update sec_account set display_name = :displayName, password_hash = :hash,
                            administrator = :administrator, enabled = :enabled, locked = :locked,
                            failed_attempts = :failed, locked_at = :lockedAt, totp_secret = :totpSecret,
                            totp_pending_secret = :totpPending, totp_last_step = :totpStep,
                            password_changed_at = :passwordChangedAt, last_sign_in_at = :lastSignIn,
                            password_must_change = :mustChange, updated_at = :now
                        where id = :id
                        """)
                .param("displayName", a.displayName())
                .param("hash", a.passwordHash())
                .param("administrator", a.administrator())
                .param("enabled", a.enabled())
                .param("locked", a.locked())
                .param("failed", a.failedAttempts())
                .param("lockedAt", at(a.lockedAt()))
                .param("totpSecret", cipher.seal(a.id(), a.totpSecret()))
                .param("totpPending", cipher.seal(a.id(), a.totpPendingSecret()))
                .param("totpStep", a.totpLastStep())
                .param("passwordChangedAt", at(a.passwordChangedAt()))
                .param("lastSignIn", at(a.lastSignInAt()))
                .param("mustChange", a.passwordMustChange())
                .param("now", at(now))
                .param("id", a.id())
                .update();
    }

    /** The latest password hashes of the account, newest first. */
    List<String> recentPasswordHashes(long accountId, int count) {
        if (count <= 0) {
            return List.of();
        }
        return jdbc.sql("""
                        select password_hash from sec_password_history where account_id = :id
                        order by created_at desc, id desc
                        """).param("id", accountId).query(String.class).list().stream()
                .limit(count)
                .toList();
    }

    void addToHistory(long accountId, String hash, Instant now) {
        jdbc.sql("insert into sec_password_history (account_id, password_hash, created_at) values (:id, :hash, :now)")
                .param("id", accountId)
                .param("hash", hash)
                .param("now", at(now))
                .update();
    }

    /**
     * Encrypts the TOTP secrets still stored in clear (from before V11_3); returns how many rows.
     * Safe on several nodes at once: a row is only rewritten while it still holds the clear text.
     */
    int encryptClearSecrets() {
        List<Object[]> rows = jdbc.sql("""
                        select id, totp_secret, totp_pending_secret from sec_account
                        where (totp_secret is not null and totp_secret not like 'v1:%')
                           or (totp_pending_secret is not null and totp_pending_secret not like 'v1:%')
                        """)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)})
                .list();
        int done = 0;
        for (Object[] row : rows) {
            long id = (Long) row[0];
            String secret = (String) row[1];
            String pending = (String) row[2];
            done += jdbc.sql("""
                            update sec_account set totp_secret = :secret, totp_pending_secret = :pending
                            where id = :id
                              and (totp_secret = :oldSecret or (totp_secret is null and cast(:oldSecret as varchar) is null))
                              and (totp_pending_secret = :oldPending
                                   or (totp_pending_secret is null and cast(:oldPending as varchar) is null))
                            """)
                    .param("secret", TotpSecretCipher.sealed(secret) ? secret : cipher.seal(id, secret))
                    .param("pending", TotpSecretCipher.sealed(pending) ? pending : cipher.seal(id, pending))
                    .param("oldSecret", secret)
                    .param("oldPending", pending)
                    .param("id", id)
                    .update();
        }
        return done;
    }

    /** What an account is created with. */
    record NewAccount(
            String login, @Nullable Long personId, String displayName, String passwordHash, boolean administrator) {}

    static @Nullable OffsetDateTime at(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private Account map(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        long personId = rs.getLong("person_id");
        Long person = rs.wasNull() ? null : personId;
        long step = rs.getLong("totp_last_step");
        Long lastStep = rs.wasNull() ? null : step;
        Instant passwordChangedAt = instant(rs, "password_changed_at");
        Account account = new Account(
                id,
                rs.getString("login"),
                person,
                rs.getString("display_name"),
                rs.getString("password_hash"),
                rs.getBoolean("administrator"),
                rs.getBoolean("enabled"),
                rs.getBoolean("locked"),
                rs.getInt("failed_attempts"),
                instant(rs, "locked_at"),
                cipher.open(id, rs.getString("totp_secret")),
                cipher.open(id, rs.getString("totp_pending_secret")),
                lastStep,
                passwordChangedAt == null ? Instant.EPOCH : passwordChangedAt,
                instant(rs, "last_sign_in_at"));
        if (rs.getBoolean("password_must_change")) {
            account.requirePasswordChange();
        }
        return account;
    }
}
