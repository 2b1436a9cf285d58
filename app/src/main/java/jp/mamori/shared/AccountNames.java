package jp.mamori.shared;

import java.util.Optional;

/** The name people know an account by, for showing who did something; implemented by the security module. */
public interface AccountNames {
    /** The display name of the account with this login, if there is one. */
    Optional<String> displayName(String login);
}
