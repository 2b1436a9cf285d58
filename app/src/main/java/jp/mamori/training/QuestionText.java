package jp.mamori.training;

import java.util.ArrayList;
import java.util.List;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.InvalidInputException.Problem;

/**
 * The test of a course as it is written in one text box: questions separated by a blank line; each
 * starts with the question's text, then one choice per line, {@code -} before a wrong choice and
 * {@code *} before the right one (exactly one). Reading collects every problem, naming the question.
 */
final class QuestionText {
    static final int MAX_QUESTIONS = 30;
    static final int MAX_CHOICES = 8;
    static final int TEXT_MAX = 1000;
    static final int CHOICE_MAX = 300;

    /** A question as written, before it is stored. */
    record Draft(String text, List<String> choices, int correct) {}

    private QuestionText() {}

    static List<Draft> read(String source) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String raw : source.lines().toList()) {
            String line = raw.strip();
            if (line.isEmpty()) {
                if (!current.isEmpty()) {
                    blocks.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        List<Problem> problems = new ArrayList<>();
        if (blocks.size() > MAX_QUESTIONS) {
            problems.add(Problem.of("questions", "trn.error.tooManyQuestions", MAX_QUESTIONS));
        }
        List<Draft> drafts = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            int n = b + 1;
            List<String> lines = blocks.get(b);
            StringBuilder text = new StringBuilder();
            List<String> choices = new ArrayList<>();
            int correct = -1;
            int rightOnes = 0;
            boolean bad = false;
            for (String line : lines) {
                if (line.startsWith("-") || line.startsWith("*") || line.startsWith("＊") || line.startsWith("－")) {
                    boolean right = line.startsWith("*") || line.startsWith("＊");
                    String choice = line.substring(1).strip();
                    if (choice.isEmpty() || choice.length() > CHOICE_MAX) {
                        problems.add(Problem.of("questions", "trn.error.badChoice", n, CHOICE_MAX));
                        bad = true;
                        continue;
                    }
                    if (right) {
                        correct = choices.size();
                        rightOnes++;
                    }
                    choices.add(choice);
                } else if (choices.isEmpty()) {
                    if (!text.isEmpty()) {
                        text.append('\n');
                    }
                    text.append(line);
                } else {
                    problems.add(Problem.of("questions", "trn.error.textAfterChoices", n));
                    bad = true;
                }
            }
            if (text.isEmpty()) {
                problems.add(Problem.of("questions", "trn.error.noQuestionText", n));
            } else if (text.length() > TEXT_MAX) {
                problems.add(Problem.of("questions", "trn.error.questionTooLong", n, TEXT_MAX));
            } else if (choices.size() < 2 || choices.size() > MAX_CHOICES) {
                problems.add(Problem.of("questions", "trn.error.choiceCount", n, MAX_CHOICES));
            } else if (rightOnes != 1) {
                problems.add(Problem.of("questions", "trn.error.oneRight", n));
            } else if (!bad) {
                drafts.add(new Draft(text.toString(), choices, correct));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return drafts;
    }

    /** The questions written back in the same form, for editing. */
    static String write(List<TestQuestion> questions) {
        StringBuilder out = new StringBuilder();
        for (TestQuestion q : questions) {
            if (!out.isEmpty()) {
                out.append("\n");
            }
            out.append(q.text()).append('\n');
            for (int i = 0; i < q.choices().size(); i++) {
                out.append(i == q.correct() ? "* " : "- ")
                        .append(q.choices().get(i))
                        .append('\n');
            }
        }
        return out.toString();
    }
}
