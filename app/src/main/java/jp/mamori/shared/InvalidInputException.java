package jp.mamori.shared;

import java.util.List;

/**
 * Input that breaks a rule, with every problem found, each naming its field (or row and column).
 * Answered with the form redisplayed (UI) or 400 problem JSON (API).
 */
public class InvalidInputException extends RuntimeException {
    /** One problem: the field, the message key and its arguments. */
    public record Problem(String field, String messageKey, List<Object> args) {
        public Problem {
            args = List.copyOf(args);
        }

        public static Problem of(String field, String messageKey, Object... args) {
            return new Problem(field, messageKey, List.of(args));
        }
    }

    private final List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String field, String messageKey, Object... args) {
        return new InvalidInputException(List.of(Problem.of(field, messageKey, args)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
