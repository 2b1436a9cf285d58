package jp.mamori.incident;

import java.util.ArrayList;
import java.util.List;
import jp.mamori.shared.InvalidInputException;

/**
 * What closing an incident requires: its cause and the measures against recurrence, which go to the
 * CISO and the committee (guideline: analysis, record and recurrence prevention before closure).
 */
public record Closure(String cause, String recurrencePrevention) {
    public Closure {
        var problems = new ArrayList<InvalidInputException.Problem>();
        if (cause.isBlank()) {
            problems.add(InvalidInputException.Problem.of("cause", "incident.error.required"));
        }
        if (recurrencePrevention.isBlank()) {
            problems.add(InvalidInputException.Problem.of("recurrencePrevention", "incident.error.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(List.copyOf(problems));
        }
        cause = cause.strip();
        recurrencePrevention = recurrencePrevention.strip();
    }
}
