package jp.mamori.network;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an uploaded file is: a device configuration of one of netcheck's vendors, or a flow log of one
 * of its flow formats (docs/netcheck.md). The API's {@code kind} is the {@link #code()}.
 */
public enum InputKind {
    FORTIGATE("fortigate", true),
    PALOALTO("paloalto", true),
    YAMAHA("yamaha", true),
    IPTABLES("iptables", true),
    ASA("asa", true),
    CSV("csv", true),
    FLOWS_CSV("flows-csv", false),
    FLOWS_FORTIGATE("flows-fortigate", false),
    FLOWS_PALOALTO("flows-paloalto", false),
    NETFLOW5("netflow5", false),
    NETFLOW9("netflow9", false),
    IPFIX("ipfix", false),
    ZEEK("zeek", false);

    private final String code;
    private final boolean configuration;

    InputKind(String code, boolean configuration) {
        this.code = code;
        this.configuration = configuration;
    }

    public String code() {
        return code;
    }

    /** A device configuration (rule analysis), not a flow log (flow audit). */
    public boolean configuration() {
        return configuration;
    }

    /** netcheck's name: the vendor ({@code --vendor}) or the flow format ({@code --flow-format}). */
    public String netcheckName() {
        return code.startsWith("flows-") ? code.substring("flows-".length()) : code;
    }

    public String messageKey() {
        return "network.kind." + code;
    }

    public static Optional<InputKind> byCode(String code) {
        return Arrays.stream(values())
                .filter(k -> k.code.equalsIgnoreCase(code.strip()))
                .findFirst();
    }
}
