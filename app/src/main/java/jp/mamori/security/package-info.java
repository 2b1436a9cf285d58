/**
 * Who may sign in and how: accounts, passwords and their rules, lockout, the TOTP second factor
 * with recovery codes, sessions, API tokens, the first-start setup token and the filter chains that
 * guard every page and API call.
 */
@NullMarked
package jp.mamori.security;

import org.jspecify.annotations.NullMarked;
