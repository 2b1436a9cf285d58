package jp.mamori.netcheck.flow;

/**
 * The input is not in the flow format asked for (or cannot be read at all): the command line maps
 * this to exit code 2, naming the file and the line or byte offset.
 */
public final class FlowFormatException extends RuntimeException {
    private final String file;
    private final long line;

    /**
     * @param file the file name
     * @param line 1-based line (text formats), byte offset (binary formats), 0 when unknown
     * @param message what is wrong, in Japanese
     */
    public FlowFormatException(String file, long line, String message) {
        super(file.isEmpty() ? message : file + (line > 0 ? ":" + line : "") + ": " + message);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }
}
