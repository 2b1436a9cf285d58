package jp.mamori.security;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One-time recovery codes: ten per enrolment, shown once, stored as SHA-256 hashes (the codes are
 * random, so a fast hash suffices), each usable once instead of a TOTP code.
 */
@Repository
class RecoveryCodes {
    static final int COUNT = 10;
    /** No 0/o, 1/l/i: easy to copy by hand. */
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    RecoveryCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Forgets the account's codes and makes ten new ones; returns them in clear, to show once. */
    List<String> replace(long accountId, Instant now) {
        deleteAll(accountId);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            String code = newCode();
            codes.add(code);
            jdbc.sql("insert into sec_recovery_code (account_id, code_hash, created_at) values (:id, :hash, :now)")
                    .param("id", accountId)
                    .param("hash", Sha256.hex(normalise(code)))
                    .param("now", AccountRepository.at(now))
                    .update();
        }
        return codes;
    }

    void deleteAll(long accountId) {
        jdbc.sql("delete from sec_recovery_code where account_id = :id")
                .param("id", accountId)
                .update();
    }

    /** Spends the code when it is one of the account's unused codes; returns whether it was. */
    boolean use(long accountId, String code, Instant now) {
        return jdbc.sql("""
                        update sec_recovery_code set used_at = :now
                        where account_id = :id and code_hash = :hash and used_at is null
                        """)
                        .param("now", AccountRepository.at(now))
                        .param("id", accountId)
                        .param("hash", Sha256.hex(normalise(code)))
                        .update()
                > 0;
    }

    int unused(long accountId) {
        return jdbc.sql("select count(*) from sec_recovery_code where account_id = :id and used_at is null")
                .param("id", accountId)
                .query(Integer.class)
                .single();
    }

    /** True when the text looks like a recovery code rather than a TOTP code. */
    static boolean looksLikeRecoveryCode(String text) {
        return normalise(text).length() == 10;
    }

    static String normalise(String code) {
        return code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    private String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
