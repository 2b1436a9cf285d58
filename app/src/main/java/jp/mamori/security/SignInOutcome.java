package jp.mamori.security;

/** What became of a sign-in step: complete, a second factor still due, or refused with a reason. */
public sealed interface SignInOutcome {
    /** Signed in completely. */
    record Completed(SignedInUser user) implements SignInOutcome {}

    /** The password was right; the second factor (or its enrolment) is still due. */
    record SecondFactorDue(PendingSecondFactor pending) implements SignInOutcome {}

    /** Refused; the reason picks the message the user sees. */
    record Refused(Reason reason) implements SignInOutcome {}

    /** Why a sign-in was refused. Unknown logins and wrong passwords look the same to the user. */
    enum Reason {
        BAD_CREDENTIALS("bad-credentials"),
        WRONG_CODE("wrong-code"),
        DISABLED("disabled"),
        NOT_IN_POST("not-in-post");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        /** The short code used in the audit trail and in the sign-in page's URL. */
        public String code() {
            return code;
        }

        public static Reason fromCode(String code) {
            for (Reason reason : values()) {
                if (reason.code.equals(code)) {
                    return reason;
                }
            }
            return BAD_CREDENTIALS;
        }
    }
}
