package jp.mamori.netcheck.importer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import jp.mamori.netcheck.model.RuleImporter;

/**
 * The firewall configuration formats netcheck reads: the one place that names them. Each vendor
 * holds its command-line name, its importer and the line that describes its input in the
 * documentation and in {@code --help}. Adding a vendor is adding a constant here (and its section
 * in docs/netcheck.md, which {@code VendorTest} checks).
 */
public enum Vendor {
    CSV("csv", "neutral CSV (filter, seq, action, src, dst, service …)", CsvRuleImporter::new),
    FORTIGATE("fortigate", "FortiGate configuration (show full-configuration or a backup)", FortiGateImporter::new),
    PALOALTO("paloalto", "Palo Alto PAN-OS configuration (set, XML or brace format)", PaloAltoImporter::new),
    YAMAHA("yamaha", "YAMAHA RTX show config or saved config file", YamahaRtxImporter::new),
    IPTABLES("iptables", "iptables-save / ip6tables-save output", IptablesImporter::new),
    ASA("asa", "Cisco ASA show running-config", AsaImporter::new);

    private final String cliName;
    private final String description;
    private final Supplier<RuleImporter> factory;

    Vendor(String cliName, String description, Supplier<RuleImporter> factory) {
        this.cliName = cliName;
        this.description = description;
        this.factory = factory;
    }

    /** The name on the command line ({@code --vendor}), e.g. {@code fortigate}. */
    public String cliName() {
        return cliName;
    }

    /** What input the importer reads, one line, for the documentation and {@code --help}. */
    public String description() {
        return description;
    }

    /** A new importer (importers keep state while reading, so each read gets its own). */
    public RuleImporter importer() {
        return factory.get();
    }

    /** The vendor of a command-line name, case-insensitive, surrounding blanks ignored. */
    public static Optional<Vendor> byName(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.cliName.equals(n)).findFirst();
    }

    /**
     * The importer for a vendor name (case-insensitive).
     *
     * @throws IllegalArgumentException for an unknown name; the message lists the valid ones
     */
    public static RuleImporter forName(String name) {
        return byName(name)
                .orElseThrow(() -> new IllegalArgumentException("不明なベンダー名です: " + name + "(指定できる値: " + names() + ")"))
                .importer();
    }

    /** Every command-line name, in declaration order. */
    public static List<String> cliNames() {
        return Arrays.stream(values()).map(Vendor::cliName).toList();
    }

    /** The names, comma separated, for usage messages. */
    public static String names() {
        return Arrays.stream(values()).map(Vendor::cliName).collect(Collectors.joining(", "));
    }

    /** The names for picocli's {@code ${COMPLETION-CANDIDATES}} in {@code --vendor}'s help. */
    public static final class Names implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return cliNames().iterator();
        }
    }
}
