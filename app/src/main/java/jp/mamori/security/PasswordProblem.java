package jp.mamori.security;

import java.util.List;

/** A password rule that was broken: the message key naming the rule, and its arguments. */
record PasswordProblem(String messageKey, List<Object> args) {
    PasswordProblem(String messageKey, Object... args) {
        this(messageKey, List.of(args));
    }

    PasswordProblem {
        args = List.copyOf(args);
    }
}
