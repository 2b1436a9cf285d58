package jp.mamori.security;

import jp.mamori.security.SecurityEvent.TotpSecretsEncrypted;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At every start (server or command): TOTP secrets still in clear — written before V11_3 — are
 * encrypted with the key file, and the count is audited ({@code mfa.secrets-encrypted}). Once done
 * there is nothing left to do and nothing is recorded.
 */
@Component
@Order(5)
class TotpSecretEncryption implements ApplicationRunner {
    private final AccountRepository accounts;
    private final ApplicationEventPublisher events;

    TotpSecretEncryption(AccountRepository accounts, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.events = events;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        encryptClearSecrets();
    }

    @Transactional
    public int encryptClearSecrets() {
        int done = accounts.encryptClearSecrets();
        if (done > 0) {
            events.publishEvent(new TotpSecretsEncrypted(done));
        }
        return done;
    }
}
