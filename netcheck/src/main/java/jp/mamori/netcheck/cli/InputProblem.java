package jp.mamori.netcheck.cli;

/** Bad input or usage found by the command itself: exit 2 with this one line. */
final class InputProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InputProblem(String message) {
        super(message);
    }
}
