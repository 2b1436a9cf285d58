package jp.mamori.shared;

/**
 * A file that cannot be read in its format at all (not YAML, not UTF-8 …), as opposed to one that
 * reads but has problems: the line where reading stopped (0 when there is none) and why.
 */
public class UnreadableFileException extends RuntimeException {
    public final int line;
    public final String detail;

    protected UnreadableFileException(int line, String detail) {
        super("line " + line + ": " + detail);
        this.line = line;
        this.detail = detail;
    }
}
