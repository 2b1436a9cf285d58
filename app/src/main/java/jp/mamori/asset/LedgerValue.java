package jp.mamori.asset;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What one ledger cell says once read: a value, nothing (a blank cell, or a dash standing for
 * nothing), or a problem with the message key (bundle {@code i18n/asset-ledger}) that names what
 * was expected.
 */
sealed interface LedgerValue<T> {
    /** The cell holds a value. */
    record Given<T>(T value) implements LedgerValue<T> {}

    /** The cell is empty (or only a dash). */
    record Blank<T>() implements LedgerValue<T> {}

    /** The cell holds something that is not a value of the expected kind. */
    record Invalid<T>(String messageKey, List<Object> args) implements LedgerValue<T> {
        public Invalid {
            args = List.copyOf(args);
        }
    }

    static <T> LedgerValue<T> given(T value) {
        return new Given<>(value);
    }

    static <T> LedgerValue<T> blank() {
        return new Blank<>();
    }

    static <T> LedgerValue<T> invalid(String messageKey, Object... args) {
        return new Invalid<>(messageKey, List.of(args));
    }

    /** The value, or null when blank or invalid. */
    default @Nullable T orNull() {
        return this instanceof Given<T> g ? g.value() : null;
    }

    /** The value, or the fallback when blank or invalid. */
    default T or(T fallback) {
        return this instanceof Given<T> g ? g.value() : fallback;
    }

    default boolean isInvalid() {
        return this instanceof Invalid<T>;
    }

    default <R> LedgerValue<R> map(Function<T, R> f) {
        if (this instanceof Given<T> g) {
            return new Given<>(f.apply(g.value()));
        }
        if (this instanceof Invalid<T> i) {
            return new Invalid<>(i.messageKey(), i.args());
        }
        return new Blank<>();
    }
}
