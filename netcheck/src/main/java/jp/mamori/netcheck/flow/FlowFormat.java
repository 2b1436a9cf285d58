package jp.mamori.netcheck.flow;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The flow log formats, by the names the command line takes ({@code --flow-format}). */
public enum FlowFormat {
    /** Neutral CSV (docs/netcheck.md). */
    CSV("csv", false, CsvFlowReader::new),
    /** FortiGate traffic log, key=value lines. */
    FORTIGATE("fortigate", false, FortiGateFlowReader::new),
    /** Palo Alto traffic log, syslog CSV layout of PAN-OS 8.0–11.x. */
    PALOALTO("paloalto", false, PaloAltoFlowReader::new),
    /** NetFlow v5 export datagrams back to back. */
    NETFLOW5("netflow5", true, zone -> new NetFlow5Reader()),
    /** NetFlow v9 export packets back to back (RFC 3954). */
    NETFLOW9("netflow9", true, zone -> new NetFlow9Reader()),
    /** IPFIX messages back to back (RFC 7011). */
    IPFIX("ipfix", true, zone -> new IpfixReader()),
    /** Zeek conn.log, TSV with header or JSON lines. */
    ZEEK("zeek", false, ZeekFlowReader::new);

    private final String cliName;
    private final boolean binary;
    private final Function<Timestamps, FlowReader> factory;

    FlowFormat(String cliName, boolean binary, Function<Timestamps, FlowReader> factory) {
        this.cliName = cliName;
        this.binary = binary;
        this.factory = factory;
    }

    /** True for the binary formats, whose records have byte offsets instead of line numbers. */
    public boolean isBinary() {
        return binary;
    }

    /** The name on the command line, e.g. {@code netflow9}. */
    public String cliName() {
        return cliName;
    }

    /**
     * A new reader (readers are not thread-safe). Times without an offset in the log are read in
     * {@code zone}.
     */
    public FlowReader newReader(ZoneId zone) {
        return factory.apply(new Timestamps(zone));
    }

    /** The format of a command-line name, case-insensitive. */
    public static Optional<FlowFormat> byName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.cliName.equals(n)).findFirst();
    }

    /** The names, comma separated, for usage messages. */
    public static String names() {
        return Arrays.stream(values()).map(FlowFormat::cliName).collect(Collectors.joining(", "));
    }
}
