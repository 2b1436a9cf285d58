package jp.mamori.shared;

/** Implemented by the security module's principal so other modules can read the user without depending on it. */
public interface HasCurrentUser {
    CurrentUser currentUser();
}
