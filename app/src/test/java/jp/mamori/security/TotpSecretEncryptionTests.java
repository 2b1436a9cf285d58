package jp.mamori.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.mamori.shared.KeyFile;
import jp.mamori.testing.MamoriSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 12 point 10: TOTP secrets are stored encrypted with a key outside the database. */
@MamoriSpringTest
class TotpSecretEncryptionTests {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountRepository repository;

    @Autowired
    SecondFactorEnrolment enrolment;

    @Autowired
    SignIns signIns;

    @Autowired
    TotpCodes totp;

    @Autowired
    TotpSecretEncryption encryption;

    @Autowired
    TotpSecretCipher cipher;

    private String stored(long id) {
        return jdbc.sql("select totp_secret from sec_account where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    @Test
    void an_enrolled_secret_is_stored_encrypted_and_still_verifies_codes() {
        Account admin = new SecurityFixtures(jdbc, accounts).administrator();
        String secret = enrolment.pendingSecret(admin.id());
        assertThat(jdbc.sql("select totp_pending_secret from sec_account where id = :id")
                        .param("id", admin.id())
                        .query(String.class)
                        .single())
                .startsWith("v1:")
                .doesNotContain(secret);
        enrolment.confirm(admin.id(), totp.codeFor(secret, totp.currentStep() - 1));
        assertThat(stored(admin.id())).startsWith("v1:").doesNotContain(secret);
        assertThat(repository.findById(admin.id()).orElseThrow().totpSecret()).isEqualTo(secret);
        assertThat(signIns.secondFactor(admin.id(), totp.codeFor(secret, totp.currentStep()), "192.0.2.10"))
                .isInstanceOf(SignInOutcome.Completed.class);
    }

    @Test
    void secrets_stored_in_clear_by_an_earlier_version_are_encrypted_at_start_and_audited() {
        Account staff = new SecurityFixtures(jdbc, accounts).staff();
        jdbc.sql(
                        "update sec_account set totp_secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', totp_last_step = 1 where id = :id")
                .param("id", staff.id())
                .update();
        assertThat(repository.findById(staff.id()).orElseThrow().totpSecret())
                .isEqualTo("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
        long before = jdbc.sql("select count(*) from audit_entry where action = 'mfa.secrets-encrypted'")
                .query(Long.class)
                .single();

        assertThat(encryption.encryptClearSecrets()).isPositive();
        assertThat(stored(staff.id())).startsWith("v1:").doesNotContain("JBSWY3DP");
        assertThat(repository.findById(staff.id()).orElseThrow().totpSecret())
                .isEqualTo("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'mfa.secrets-encrypted'")
                        .query(Long.class)
                        .single())
                .isEqualTo(before + 1);
        assertThat(encryption.encryptClearSecrets()).isZero();
    }

    @Test
    void another_key_or_another_row_cannot_open_a_secret() {
        String sealed = cipher.seal(41, "JBSWY3DPEHPK3PXP");
        assertThat(cipher.open(41, sealed)).isEqualTo("JBSWY3DPEHPK3PXP");
        assertThatThrownBy(() -> cipher.open(42, sealed)).hasMessageContaining("key file");
        TotpSecretCipher other = new TotpSecretCipher(new KeyFile(new byte[32]));
        assertThatThrownBy(() -> other.open(41, sealed)).isInstanceOf(IllegalStateException.class);
    }
}
