package jp.mamori.netcheck.importer;

import java.util.List;
import java.util.Locale;
import jp.mamori.netcheck.model.RuleImporter;

/** The firewall configuration formats netcheck reads, by the name used on the command line. */
public final class Vendors {
    /** Every valid vendor name, in the order the documentation lists them. */
    public static final List<String> NAMES = List.of("csv", "fortigate", "paloalto", "yamaha", "iptables", "asa");

    private Vendors() {}

    /**
     * The importer for a vendor name (case-insensitive).
     *
     * @throws IllegalArgumentException for an unknown name; the message lists the valid ones
     */
    public static RuleImporter forName(String vendor) {
        String name = vendor == null ? "" : vendor.strip().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "csv" -> new CsvRuleImporter();
            case "fortigate" -> new FortiGateImporter();
            case "paloalto" -> new PaloAltoImporter();
            case "iptables" -> new IptablesImporter();
            case "asa" -> new AsaImporter();
            case "yamaha" -> new YamahaRtxImporter();
            default ->
                throw new IllegalArgumentException(
                        "不明なベンダー名です: " + vendor + "(指定できる値: " + String.join(", ", NAMES) + ")");
        };
    }
}
