package jp.mamori.netcheck.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.mamori.netcheck.model.ImportResult;
import jp.mamori.netcheck.model.Unsupported;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The share of lines understood on realistic exports written from each vendor's documentation
 * ({@code samples/realistic/}), per vendor and per construct. The figures in docs/netcheck.md
 * ("Lines understood") come from this test; it writes its table to {@code
 * target/understood-share-<vendor>.md} so they can be re-run and compared.
 */
class UnderstoodShareTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "fortigate, realistic/fortigate-kaku.conf",
        "paloalto,  realistic/paloalto-kaku.xml",
        "yamaha,    realistic/yamaha-kaku.conf",
        "iptables,  realistic/iptables-kaku.rules",
        "asa,       realistic/asa-kaku.cfg"
    })
    void atLeastNinetyFivePercentOfTheLinesOfARealisticExportAreUnderstood(String vendor, String sample)
            throws IOException {
        String text = Samples.text(sample);
        ImportResult r = Vendor.forName(vendor).read(sample, text, null);
        Set<Integer> rejected = new HashSet<>();
        for (Unsupported u : r.unsupported()) {
            rejected.add(u.line());
        }
        Map<String, int[]> byConstruct = new TreeMap<>();
        Classifier c = new Classifier(vendor);
        for (SourceLine line : SourceLine.split(text)) {
            String construct = c.construct(line);
            if (construct == null) {
                continue;
            }
            int[] counts = byConstruct.computeIfAbsent(construct, k -> new int[2]);
            counts[0]++;
            if (!rejected.contains(line.number())) {
                counts[1]++;
            }
        }
        StringBuilder table = new StringBuilder("| " + vendor + " construct | lines | understood |\n|---|---|---|\n");
        byConstruct.forEach((k, v) -> table.append("| `")
                .append(k)
                .append("` | ")
                .append(v[0])
                .append(" | ")
                .append(String.format(Locale.ROOT, "%.1f %%", 100.0 * v[1] / v[0]))
                .append(" |\n"));
        table.append(String.format(
                Locale.ROOT, "| **%s total** | %d | %.1f %% |%n", vendor, r.linesRead(), 100.0 * r.understoodShare()));
        Path out = Path.of("target", "understood-share-" + vendor + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table, StandardCharsets.UTF_8);
        System.out.print(table);
        // the per-construct count and the importer's own count agree on what was read
        assertThat(byConstruct.values().stream().mapToInt(v -> v[0]).sum()).isEqualTo(r.linesRead());
        assertThat(r.understoodShare()).as(vendor + " " + r.unsupported()).isGreaterThanOrEqualTo(0.95);
        assertThat(r.ruleSets()).isNotEmpty();
    }

    /** Names the construct a line belongs to, the way a reader of the vendor's documentation would. */
    private static final class Classifier {
        private static final Pattern XML_TAG = Pattern.compile("<(/?)([A-Za-z0-9_-]+)([^>]*?)(/?)>");
        final String vendor;
        final Deque<String> stack = new ArrayDeque<>();
        String parent = "";

        Classifier(String vendor) {
            this.vendor = vendor;
        }

        String construct(SourceLine line) {
            String t = line.trimmed();
            if (t.isEmpty()) {
                return null;
            }
            return switch (vendor) {
                case "fortigate" -> t.startsWith("#") ? null : forti(t);
                case "paloalto" -> pan(t);
                case "yamaha" -> t.startsWith("#") ? null : rtx(t);
                case "iptables" -> t.startsWith("#") ? null : iptables(t);
                case "asa" -> t.startsWith("!") || t.startsWith(":") ? null : asa(line, t);
                default -> "line";
            };
        }

        private String forti(String t) {
            if (t.startsWith("config ")) {
                stack.push(t.substring(7));
                return t;
            }
            String here = stack.isEmpty() ? "(top)" : "config " + stack.peek();
            if (t.equals("end") && !stack.isEmpty()) {
                stack.pop();
            }
            return here;
        }

        // the XML element path below the vsys (or the device), one or two levels deep
        private String pan(String t) {
            String here = null;
            Matcher m = XML_TAG.matcher(t);
            while (m.find()) {
                String name = m.group(2);
                boolean closing = !m.group(1).isEmpty();
                boolean selfClosing = !m.group(4).isEmpty();
                if (closing) {
                    if (!stack.isEmpty()) {
                        stack.pop();
                    }
                } else if (!selfClosing && !m.group(0).startsWith("<?")) {
                    stack.push(name);
                }
                if (here == null) {
                    here = where();
                }
            }
            return here == null ? where() : here;
        }

        private String where() {
            List<String> path = new java.util.ArrayList<>(stack);
            java.util.Collections.reverse(path);
            path.removeIf(p -> p.equals("entry") || p.equals("member"));
            int vsys = path.indexOf("vsys");
            int from = vsys >= 0 ? vsys + 1 : path.indexOf("devices") >= 0 ? path.indexOf("devices") + 1 : 1;
            List<String> rest = path.subList(Math.min(from, path.size()), path.size());
            if (rest.isEmpty()) {
                return "(structure)";
            }
            return rest.get(0).equals("rulebase") && rest.size() > 1 ? "rulebase/" + rest.get(1) : rest.get(0);
        }

        private String rtx(String t) {
            List<String> w = Words.split(t);
            String first = w.get(0);
            if ((first.equals("ip") || first.equals("ipv6")) && w.size() > 2) {
                if (w.get(1).equals("route")) {
                    return first + " route";
                }
                if (w.get(1).equals("filter")) {
                    return w.get(2).equals("dynamic") ? "ip filter dynamic" : "ip filter";
                }
                return first + " <if> " + w.get(2);
            }
            return w.size() > 1 && !w.get(1).matches("[0-9./*+-].*") ? first + " " + w.get(1) : first;
        }

        private String iptables(String t) {
            if (t.startsWith("*")) {
                parent = t.substring(1);
                return "*table";
            }
            if (t.startsWith(":")) {
                return parent + " chain declaration";
            }
            if (t.equals("COMMIT")) {
                return "COMMIT";
            }
            Matcher j = Pattern.compile("-j (\\S+)").matcher(t);
            return parent + " -A … -j " + (j.find() ? j.group(1) : "(none)");
        }

        private String asa(SourceLine line, String t) {
            List<String> w = Words.split(t);
            boolean indented = Character.isWhitespace(line.text().charAt(0));
            if (!indented) {
                parent = w.get(0) + (w.get(0).startsWith("object") && w.size() > 1 ? " " + w.get(1) : "");
                if (w.get(0).equals("access-list") && w.size() > 2) {
                    return "access-list " + w.get(2);
                }
                return parent;
            }
            return parent + " (sub-command)";
        }
    }
}
