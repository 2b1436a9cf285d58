package jp.mamori.premises.web;

import org.jspecify.annotations.Nullable;

/**
 * The body of an approval in the API (a carry-out's step, a disposal record): the approver's fresh
 * code from the authenticator app, {@code {"confirmation": "123456"}}, when one is enrolled; no body
 * otherwise.
 */
record Approval(@Nullable String confirmation) {
    /** What the approval endpoints' documentation says of the body. */
    static final String DOCUMENTATION = "An approver with an authenticator app enrolled sends "
            + "`{\"confirmation\": \"123456\"}` (400 on the field confirmation otherwise).";

    /** The code of an approval's body, none when there was no body. */
    static @Nullable String code(@Nullable Approval approval) {
        return approval == null ? null : approval.confirmation();
    }
}
