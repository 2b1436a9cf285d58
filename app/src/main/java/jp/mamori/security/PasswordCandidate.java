package jp.mamori.security;

import java.util.List;

/**
 * A password someone wants to set, with what the rules compare it against.
 *
 * @param password the new password in clear (never logged; {@link #toString()} hides it)
 * @param personalWords the login, staff number and name of the account's owner
 * @param recentHashes the latest password hashes of the account, newest first
 */
record PasswordCandidate(String password, List<String> personalWords, List<String> recentHashes) {
    PasswordCandidate {
        personalWords = List.copyOf(personalWords);
        recentHashes = List.copyOf(recentHashes);
    }

    @Override
    public String toString() {
        return "PasswordCandidate[***]";
    }
}
