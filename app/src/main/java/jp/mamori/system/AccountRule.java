package jp.mamori.system;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One rule on the accounts of a system: a small named check of an account that is not yet removed.
 * Every rule is listed in {@link #ALL}.
 */
sealed interface AccountRule {
    List<AccountRule> ALL = List.of(
            new LeaverHoldsAccount(),
            new MoverHoldsAccount(),
            new ExpiredNotRemoved(),
            new SharedWithoutOwner(),
            new PrivilegedWithoutDeputy());

    /**
     * What the rules look at: the account, today, whether its holder is in post and the holder's unit
     * today (null when there is no holder).
     */
    record Facts(
            SystemAccount account,
            LocalDate today,
            boolean holderInPost,
            @Nullable Long holderUnitId) {}

    String code();

    Optional<AccountFinding> check(Facts facts);

    /** True for the rules whose account is to be removed (listed for removal until confirmed). */
    default boolean callsForRemoval() {
        return false;
    }

    private static Optional<AccountFinding> when(boolean condition, String code, Facts f) {
        return condition && !f.account().removed()
                ? Optional.of(new AccountFinding(
                        code,
                        f.account().id(),
                        f.account().systemId(),
                        f.account().accountName()))
                : Optional.empty();
    }

    /** The holder has left (past the 離任日): the account goes. */
    record LeaverHoldsAccount() implements AccountRule {
        public String code() {
            return "LEAVER_HOLDS_ACCOUNT";
        }

        public Optional<AccountFinding> check(Facts f) {
            return when(f.account().personId() != null && !f.holderInPost(), code(), f);
        }

        public boolean callsForRemoval() {
            return true;
        }
    }

    /** The holder moved to another unit since the account was requested: review or remove it. */
    record MoverHoldsAccount() implements AccountRule {
        public String code() {
            return "MOVER_HOLDS_ACCOUNT";
        }

        public Optional<AccountFinding> check(Facts f) {
            Long then = f.account().personUnitId();
            return when(
                    f.holderInPost() && then != null && f.holderUnitId() != null && !then.equals(f.holderUnitId()),
                    code(),
                    f);
        }

        public boolean callsForRemoval() {
            return true;
        }
    }

    /** The account's end date has passed and its removal is not confirmed. */
    record ExpiredNotRemoved() implements AccountRule {
        public String code() {
            return "EXPIRED_NOT_REMOVED";
        }

        public Optional<AccountFinding> check(Facts f) {
            LocalDate to = f.account().validTo();
            return when(to != null && to.isBefore(f.today()), code(), f);
        }

        public boolean callsForRemoval() {
            return true;
        }
    }

    /** A shared account has a person answerable for it. */
    record SharedWithoutOwner() implements AccountRule {
        public String code() {
            return "SHARED_WITHOUT_OWNER";
        }

        public Optional<AccountFinding> check(Facts f) {
            return when(f.account().kind() == AccountKind.SHARED && f.account().personId() == null, code(), f);
        }
    }

    /** A privileged ID names a 代行者. */
    record PrivilegedWithoutDeputy() implements AccountRule {
        public String code() {
            return "PRIVILEGED_WITHOUT_DEPUTY";
        }

        public Optional<AccountFinding> check(Facts f) {
            return when(
                    f.account().kind() == AccountKind.PRIVILEGED && f.account().deputyPersonId() == null, code(), f);
        }
    }
}
