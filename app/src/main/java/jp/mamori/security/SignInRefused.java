package jp.mamori.security;

import org.springframework.security.core.AuthenticationException;

/** The password step was refused; carries the reason to the failure handler. */
class SignInRefused extends AuthenticationException {
    private final SignInOutcome.Reason reason;

    SignInRefused(SignInOutcome.Reason reason) {
        super("sign-in refused: " + reason.code());
        this.reason = reason;
    }

    SignInOutcome.Reason reason() {
        return reason;
    }
}
