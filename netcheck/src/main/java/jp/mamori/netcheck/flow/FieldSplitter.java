package jp.mamori.netcheck.flow;

/**
 * Splits a delimited line into field slices, in place. Handles double-quoted fields (the delimiter
 * inside quotes does not split; the quotes are not part of the slice). At most {@link #MAX} fields
 * are kept; {@link #count()} says how many the line had.
 */
final class FieldSplitter {
    static final int MAX = 128;

    final int[] starts = new int[MAX];
    final int[] ends = new int[MAX];
    private int count;
    private boolean unbalanced;

    /** Splits {@code [s, e)} on {@code delimiter}; returns the number of fields. */
    int split(byte[] b, int s, int e, byte delimiter, boolean quotes) {
        count = 0;
        unbalanced = false;
        int i = s;
        while (true) {
            int fs;
            int fe;
            if (quotes && i < e && b[i] == '"') {
                fs = i + 1;
                int j = fs;
                while (true) {
                    if (j >= e) {
                        unbalanced = true;
                        break;
                    }
                    if (b[j] == '"') {
                        if (j + 1 < e && b[j + 1] == '"') {
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    j++;
                }
                fe = Math.min(j, e);
                i = j + 1;
                while (i < e && b[i] != delimiter) {
                    i++;
                }
            } else {
                fs = i;
                while (i < e && b[i] != delimiter) {
                    i++;
                }
                fe = i;
            }
            if (count < MAX) {
                starts[count] = fs;
                ends[count] = fe;
            }
            count++;
            if (i >= e) {
                return count;
            }
            i++;
        }
    }

    int count() {
        return count;
    }

    /** True when the last split met a quote that never closed. */
    boolean unbalanced() {
        return unbalanced;
    }
}
