package jp.mamori.security;

/** A principal that stands for one account, fully signed in or half-way through the second factor. */
public interface AccountHolder {
    long accountId();

    String login();
}
