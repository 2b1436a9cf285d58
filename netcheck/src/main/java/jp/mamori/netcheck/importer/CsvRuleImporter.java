package jp.mamori.netcheck.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.mamori.netcheck.model.Action;
import jp.mamori.netcheck.model.AddressSet;
import jp.mamori.netcheck.model.ImportResult;
import jp.mamori.netcheck.model.Rule;
import jp.mamori.netcheck.model.RuleImporter;
import jp.mamori.netcheck.model.RuleSet;
import jp.mamori.netcheck.model.Service;
import jp.mamori.netcheck.model.ServiceSet;
import org.jspecify.annotations.Nullable;

/**
 * Reads the vendor-neutral rule CSV: a header naming the columns, then one rule per row, rows in
 * evaluation order. Columns (any order): {@code device} (optional), {@code filter}, {@code seq}
 * (the rule id), {@code action} ({@code permit|allow|accept|pass} or {@code deny|drop|reject|block}),
 * {@code src}, {@code dst} (addresses, ranges, CIDRs or {@code any}, separated by {@code ;}),
 * {@code service} ({@code tcp/443;udp/53;icmp;any}), {@code src_if}, {@code dst_if} (optional,
 * {@code ;}-separated), {@code enabled} (optional, default true) and {@code comment} (ignored).
 * Every filter ends with an implicit deny. Lines starting with {@code #} are comments.
 */
public final class CsvRuleImporter implements RuleImporter {
    private static final List<String> REQUIRED = List.of("filter", "seq", "action", "src", "dst", "service");
    private static final Set<String> KNOWN = Set.of(
            "device", "filter", "seq", "action", "src", "dst", "service", "src_if", "dst_if", "enabled", "comment");

    @Override
    public ImportResult read(String fileName, String text, @Nullable String device) {
        LineLedger ledger = new LineLedger(fileName);
        String defaultDevice = DeviceName.choose(null, device, fileName);
        Map<String, Integer> columns = null;
        Map<List<String>, List<Rule>> filters = new LinkedHashMap<>();
        Map<List<String>, Set<String>> seenIds = new HashMap<>();
        for (SourceLine line : SourceLine.split(text)) {
            String t = line.trimmed();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            ledger.read();
            Optional<List<String>> fields = CsvFields.split(line.text());
            if (fields.isEmpty()) {
                ledger.reject(line, "引用符が閉じていません(複数行にまたがる値は未対応です)");
                continue;
            }
            if (columns == null) {
                columns = header(fields.get(), line, ledger);
                continue;
            }
            Row row = new Row(fields.get(), columns);
            try {
                String dev = row.get("device").filter(s -> !s.isEmpty()).orElse(defaultDevice);
                String filter = row.require("filter");
                String seq = row.require("seq");
                List<String> key = List.of(dev, filter);
                if (!seenIds.computeIfAbsent(key, k -> new HashSet<>()).add(seq)) {
                    ledger.reject(line, "同じフィルタ内で seq が重複しています: " + seq);
                    continue;
                }
                Rule rule = new Rule(
                        dev,
                        filter,
                        seq,
                        action(row.require("action")),
                        addresses(row.require("src")),
                        addresses(row.require("dst")),
                        services(row.require("service")),
                        list(row.get("src_if").orElse("")),
                        list(row.get("dst_if").orElse("")),
                        enabled(row.get("enabled").orElse("")),
                        fileName,
                        line.number());
                filters.computeIfAbsent(key, k -> new ArrayList<>()).add(rule);
            } catch (RuntimeException e) {
                ledger.reject(line, e);
            }
        }
        if (columns == null && !text.isBlank()) {
            ledger.reject(0, "", "見出し行がありません");
        }
        List<RuleSet> sets = new ArrayList<>();
        filters.forEach((key, rules) -> sets.add(new RuleSet(key.get(0), key.get(1), rules, Action.DENY)));
        return ledger.result(sets);
    }

    /** Reads the header; a header missing required columns leaves every row unusable. */
    private static Map<String, Integer> header(List<String> names, SourceLine line, LineLedger ledger) {
        Map<String, Integer> columns = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).toLowerCase(Locale.ROOT);
            if (KNOWN.contains(name)) {
                columns.putIfAbsent(name, i);
            } else {
                unknown.add(names.get(i));
            }
        }
        List<String> missing =
                REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            ledger.reject(line, "見出し行に必須の列がありません: " + String.join(", ", missing));
            // keep treating later lines as data so each is reported, not silently skipped
            return columns;
        }
        if (!unknown.isEmpty()) {
            ledger.reject(line, "不明な列を無視しました: " + String.join(", ", unknown));
        }
        return columns;
    }

    static Action action(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "permit", "allow", "accept", "pass" -> Action.PERMIT;
            case "deny", "drop", "reject", "block" -> Action.DENY;
            default -> throw new IllegalArgumentException("動作が不明です: " + text);
        };
    }

    static AddressSet addresses(String text) {
        List<AddressSet.Range> ranges = new ArrayList<>();
        for (String part : text.split(";")) {
            if (!part.isBlank()) {
                ranges.add(AddressSet.parseRange(part));
            }
        }
        if (ranges.isEmpty()) {
            throw new IllegalArgumentException("アドレスが空です");
        }
        return AddressSet.fromRanges(ranges);
    }

    static ServiceSet services(String text) {
        List<Service> out = new ArrayList<>();
        for (String part : text.split(";")) {
            if (!part.isBlank()) {
                out.add(Service.parse(part));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("サービスが空です");
        }
        return new ServiceSet(out);
    }

    private static List<String> list(String text) {
        List<String> out = new ArrayList<>();
        for (String part : text.split(";")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private static boolean enabled(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "", "true", "yes", "1", "enable", "enabled" -> true;
            case "false", "no", "0", "disable", "disabled" -> false;
            default -> throw new IllegalArgumentException("enabled の値が不明です: " + text);
        };
    }

    /** One data row read through the header's column positions. */
    private record Row(List<String> fields, Map<String, Integer> columns) {
        Optional<String> get(String column) {
            Integer i = columns.get(column);
            return i == null || i >= fields.size() ? Optional.empty() : Optional.of(fields.get(i));
        }

        String require(String column) {
            String v = get(column).orElse("");
            if (v.isEmpty()) {
                throw new IllegalArgumentException("必須の列 " + column + " が空です");
            }
            return v;
        }
    }
}
