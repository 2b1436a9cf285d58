package jp.mamori.security;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * One rule a new password must follow. The rules in force are listed in {@link PasswordPolicy};
 * each names itself in the message the user sees.
 */
sealed interface PasswordRule {

    /** The broken rule, or empty when the password follows it. */
    Optional<PasswordProblem> check(PasswordCandidate candidate);

    /** At least {@code min} characters. */
    record MinimumLength(int min) implements PasswordRule {
        @Override
        public Optional<PasswordProblem> check(PasswordCandidate candidate) {
            int length =
                    candidate.password().codePointCount(0, candidate.password().length());
            return length >= min
                    ? Optional.empty()
                    : Optional.of(new PasswordProblem("password.rule.minimumLength", min));
        }
    }

    /**
     * At most {@code maxBytes} bytes in UTF-8: the password hash (bcrypt) reads no further, so a
     * longer password would only seem stronger.
     */
    record MaximumLength(int maxBytes) implements PasswordRule {
        @Override
        public Optional<PasswordProblem> check(PasswordCandidate candidate) {
            return candidate.password().getBytes(StandardCharsets.UTF_8).length <= maxBytes
                    ? Optional.empty()
                    : Optional.of(new PasswordProblem("password.rule.maximumLength", maxBytes));
        }
    }

    /**
     * Does not contain the user's login, staff number or name (nor a part of the name), compared
     * without regard to case, width or spaces. Words shorter than two characters are ignored.
     */
    record NotContainingOwnNames() implements PasswordRule {
        @Override
        public Optional<PasswordProblem> check(PasswordCandidate candidate) {
            String password = normalise(candidate.password());
            boolean contains = candidate.personalWords().stream()
                    .flatMap(word -> words(word).stream())
                    .anyMatch(password::contains);
            return contains ? Optional.of(new PasswordProblem("password.rule.ownName")) : Optional.empty();
        }

        private static List<String> words(String text) {
            String whole = normalise(text).replaceAll("\\s+", "");
            List<String> parts = java.util.stream.Stream.concat(
                            java.util.stream.Stream.of(whole),
                            java.util.Arrays.stream(normalise(text).split("\\s+")))
                    .filter(w -> w.codePointCount(0, w.length()) >= 2)
                    .distinct()
                    .toList();
            return parts;
        }

        static String normalise(String text) {
            return Normalizer.normalize(text, Normalizer.Form.NFKC)
                    .toLowerCase(Locale.ROOT)
                    .strip();
        }
    }

    /** Is not one character over and over ("aaaaaaaaaaaa", "111111111111"). */
    record NotOneRepeatedCharacter() implements PasswordRule {
        @Override
        public Optional<PasswordProblem> check(PasswordCandidate candidate) {
            String password = Normalizer.normalize(candidate.password(), Normalizer.Form.NFKC)
                    .toLowerCase(Locale.ROOT);
            return password.codePoints().distinct().count() <= 1
                    ? Optional.of(new PasswordProblem("password.rule.repeated"))
                    : Optional.empty();
        }
    }

    /**
     * Does not contain the body's name (setting {@code mamori.security.body-names}), compared like
     * the user's own names.
     */
    record NotContainingBodyName(List<String> names) implements PasswordRule {
        @Override
        public Optional<PasswordProblem> check(PasswordCandidate candidate) {
            String password = NotContainingOwnNames.normalise(candidate.password());
            boolean contains = names.stream()
                    .map(name -> NotContainingOwnNames.normalise(name).replaceAll("\\s+", ""))
                    .filter(name -> name.codePointCount(0, name.length()) >= 2)
                    .anyMatch(password::contains);
            return contains ? Optional.of(new PasswordProblem("password.rule.bodyName")) : Optional.empty();
        }
    }

    /** Is not one of the common passwords shipped with the product ({@link CommonPasswords}). */
    record NotCommon(CommonPasswords list) implements PasswordRule {
        @Override
        public Optional<PasswordProblem> check(PasswordCandidate candidate) {
            return list.contains(candidate.password())
                    ? Optional.of(new PasswordProblem("password.rule.common"))
                    : Optional.empty();
        }
    }

    /** Is none of the last passwords, compared through the password encoder. */
    record NotRecentlyUsed(int count, PasswordEncoder encoder) implements PasswordRule {
        @Override
        public Optional<PasswordProblem> check(PasswordCandidate candidate) {
            boolean reused = candidate.recentHashes().stream()
                    .limit(count)
                    .anyMatch(hash -> encoder.matches(candidate.password(), hash));
            return reused ? Optional.of(new PasswordProblem("password.rule.recentlyUsed", count)) : Optional.empty();
        }
    }
}
