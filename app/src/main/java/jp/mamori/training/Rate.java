package jp.mamori.training;

/**
 * Completion of a group (a unit, an employment category, a course): people counted, courses owed
 * by them in all, and how many of those are completed.
 */
public record Rate(long id, String name, int people, int required, int completed) {
    /** Percent completed, rounded down; 100 when nothing is owed. */
    public int percent() {
        return required == 0 ? 100 : (int) (100L * completed / required);
    }

    public int missing() {
        return required - completed;
    }
}
