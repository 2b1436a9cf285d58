package jp.mamori.training;

import java.util.List;

/**
 * One question of a course's test: the text, the choices, and which choice (from 0) is right.
 */
public record TestQuestion(long id, int position, String text, List<String> choices, int correct) {
    public TestQuestion {
        choices = List.copyOf(choices);
    }
}
