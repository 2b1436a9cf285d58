package jp.mamori.netcheck.zone;

/**
 * A zone file that cannot be used, with the file and the 1-based line of the offending entry (0
 * when the file could not be read at all). The message is complete and meant for the user.
 */
public final class ZoneModelException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String reason;

    public ZoneModelException(String file, int line, String reason) {
        super(file + ":" + line + ": " + reason);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    /** The reason without the file and line. */
    public String reason() {
        return reason;
    }
}
