package jp.mamori.netcheck.flow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.mamori.netcheck.model.Unsupported;

/**
 * Keeps the first {@value #KEEP} unsupported records in full and only counts the rest by file and
 * reason, so a garbage file of millions of lines cannot exhaust memory while nothing goes
 * unreported.
 */
final class UnsupportedLog {
    static final int KEEP = 1000;
    /** Distinct (file, reason) pairs counted beyond {@link #KEEP}; reasons are few, this is a guard. */
    private static final int MAX_REASONS = 1000;

    private final List<Unsupported> kept = new ArrayList<>();
    private final Map<List<String>, Long> more = new LinkedHashMap<>();
    private long otherReasons;
    private long total;

    void add(Unsupported u) {
        total++;
        if (kept.size() < KEEP) {
            kept.add(u);
            return;
        }
        List<String> key = List.of(u.file(), u.reason());
        Long n = more.get(key);
        if (n != null) {
            more.put(key, n + 1);
        } else if (more.size() < MAX_REASONS) {
            more.put(key, 1L);
        } else {
            otherReasons++;
        }
    }

    long total() {
        return total;
    }

    List<Unsupported> entries() {
        List<Unsupported> out = new ArrayList<>(kept);
        more.forEach((key, n) ->
                out.add(new Unsupported(key.get(0), 0, "", "同じ理由の行がさらに " + n + " 件あります（表示を省略）: " + key.get(1))));
        if (otherReasons > 0) {
            out.add(new Unsupported("", 0, "", "その他の理由で読めなかった行がさらに " + otherReasons + " 件あります（表示を省略）"));
        }
        return out;
    }
}
