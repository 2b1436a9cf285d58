package jp.mamori.netcheck.flow;

import java.math.BigInteger;
import java.util.Objects;
import jp.mamori.netcheck.model.Ip;
import jp.mamori.netcheck.model.Service;
import org.jspecify.annotations.Nullable;

/**
 * One observed flow, as a reusable mutable holder.
 *
 * <p>Mutable on purpose: a reader fills the same instance for every record of a file, so reading
 * millions of records allocates nothing per record. A consumer that keeps a record beyond the call
 * must {@link #copy()} it. Addresses are kept as two longs in the 128-bit space of {@link Ip} (IPv4
 * mapped into {@code ::ffff:0:0/96}); for IPv4 the low 32 bits are the address, so the hot path
 * works on an {@code int}.
 *
 * <p>Zones are classified from the <em>pre-NAT source</em> and the <em>post-NAT destination</em>:
 * {@link #sourceLow()} and {@link #auditedDestinationLow()}. The other NAT values are kept as
 * evidence.
 */
public final class FlowRecord {
    /** {@link #startMillis()} when the log carries no time. */
    public static final long NO_TIME = Long.MIN_VALUE;

    long srcHi;
    long srcLo;
    long dstHi;
    long dstLo;
    long natSrcHi;
    long natSrcLo;
    long natDstHi;
    long natDstLo;
    boolean hasNatSrc;
    boolean hasNatDst;
    int proto;
    int srcPort;
    int dstPort;
    long bytes;
    long packets;
    long startMillis = NO_TIME;
    FlowAction action = FlowAction.UNKNOWN;

    @Nullable
    String device;

    @Nullable
    String rule;
    /** Line number (text formats) or byte offset (binary formats) of the record in its file. */
    long position;

    /** Resets every field, so a reader can fill the holder for the next record. */
    public FlowRecord clear() {
        srcHi = srcLo = dstHi = dstLo = natSrcHi = natSrcLo = natDstHi = natDstLo = 0;
        hasNatSrc = hasNatDst = false;
        proto = srcPort = dstPort = 0;
        bytes = packets = 0;
        startMillis = NO_TIME;
        action = FlowAction.UNKNOWN;
        device = null;
        rule = null;
        position = 0;
        return this;
    }

    /** An independent copy, for keeping beyond the current callback. */
    public FlowRecord copy() {
        FlowRecord c = new FlowRecord();
        c.srcHi = srcHi;
        c.srcLo = srcLo;
        c.dstHi = dstHi;
        c.dstLo = dstLo;
        c.natSrcHi = natSrcHi;
        c.natSrcLo = natSrcLo;
        c.natDstHi = natDstHi;
        c.natDstLo = natDstLo;
        c.hasNatSrc = hasNatSrc;
        c.hasNatDst = hasNatDst;
        c.proto = proto;
        c.srcPort = srcPort;
        c.dstPort = dstPort;
        c.bytes = bytes;
        c.packets = packets;
        c.startMillis = startMillis;
        c.action = action;
        c.device = device;
        c.rule = rule;
        c.position = position;
        return c;
    }

    // ---- setters for callers outside the readers (application, stream engines, tests) ----

    /** Sets the (pre-NAT) source from text: dotted IPv4 or IPv6. */
    public FlowRecord source(String address) {
        BigInteger v = Ip.parse(address);
        srcHi = v.shiftRight(64).longValue();
        srcLo = v.longValue();
        return this;
    }

    /** Sets the destination as logged (before destination NAT) from text. */
    public FlowRecord destination(String address) {
        BigInteger v = Ip.parse(address);
        dstHi = v.shiftRight(64).longValue();
        dstLo = v.longValue();
        return this;
    }

    /** Sets the source address after source NAT (evidence only). */
    public FlowRecord translatedSource(String address) {
        BigInteger v = Ip.parse(address);
        natSrcHi = v.shiftRight(64).longValue();
        natSrcLo = v.longValue();
        hasNatSrc = true;
        return this;
    }

    /** Sets the destination after destination NAT: the address the zone check uses. */
    public FlowRecord translatedDestination(String address) {
        BigInteger v = Ip.parse(address);
        natDstHi = v.shiftRight(64).longValue();
        natDstLo = v.longValue();
        hasNatDst = true;
        return this;
    }

    /** Sets the IPv4 source (pre-NAT) as an int, without allocation. */
    public FlowRecord sourceV4(int address) {
        srcHi = 0;
        srcLo = IpBits.v4Low(address);
        return this;
    }

    /** Sets the IPv4 destination (as logged) as an int, without allocation. */
    public FlowRecord destinationV4(int address) {
        dstHi = 0;
        dstLo = IpBits.v4Low(address);
        return this;
    }

    /** Sets the protocol number (6 tcp, 17 udp, 1 icmp …) and the ports. */
    public FlowRecord service(int protocol, int sourcePort, int destinationPort) {
        proto = protocol;
        srcPort = sourcePort;
        dstPort = destinationPort;
        return this;
    }

    /** Sets bytes and packets (both directions where the log has both). */
    public FlowRecord volume(long byteCount, long packetCount) {
        bytes = byteCount;
        packets = packetCount;
        return this;
    }

    /** Sets the start time in epoch milliseconds, or {@link #NO_TIME}. */
    public FlowRecord start(long epochMillis) {
        startMillis = epochMillis;
        return this;
    }

    public FlowRecord action(FlowAction value) {
        action = Objects.requireNonNull(value);
        return this;
    }

    /** Sets the logging device and the vendor's rule or policy id, each null when unknown. */
    public FlowRecord origin(@Nullable String deviceName, @Nullable String ruleId) {
        device = deviceName;
        rule = ruleId;
        return this;
    }

    /** Sets the line number or byte offset of the record in its file. */
    public FlowRecord position(long value) {
        position = value;
        return this;
    }

    // ---- getters ----

    public long sourceHigh() {
        return srcHi;
    }

    public long sourceLow() {
        return srcLo;
    }

    /** High word of the destination the zone check uses: post-NAT when the log has it. */
    public long auditedDestinationHigh() {
        return hasNatDst ? natDstHi : dstHi;
    }

    /** Low word of the destination the zone check uses: post-NAT when the log has it. */
    public long auditedDestinationLow() {
        return hasNatDst ? natDstLo : dstLo;
    }

    /** True when both audited addresses are IPv4, so the int fast path applies. */
    public boolean isV4() {
        return IpBits.isV4(srcHi, srcLo) && IpBits.isV4(auditedDestinationHigh(), auditedDestinationLow());
    }

    public String sourceText() {
        return IpBits.format(srcHi, srcLo);
    }

    public String destinationText() {
        return IpBits.format(dstHi, dstLo);
    }

    public String auditedDestinationText() {
        return IpBits.format(auditedDestinationHigh(), auditedDestinationLow());
    }

    public @Nullable String translatedSourceText() {
        return hasNatSrc ? IpBits.format(natSrcHi, natSrcLo) : null;
    }

    public @Nullable String translatedDestinationText() {
        return hasNatDst ? IpBits.format(natDstHi, natDstLo) : null;
    }

    public BigInteger sourceAddress() {
        return IpBits.toBigInteger(srcHi, srcLo);
    }

    public BigInteger auditedDestinationAddress() {
        return IpBits.toBigInteger(auditedDestinationHigh(), auditedDestinationLow());
    }

    public int protocol() {
        return proto;
    }

    public int sourcePort() {
        return srcPort;
    }

    public int destinationPort() {
        return dstPort;
    }

    public long bytes() {
        return bytes;
    }

    public long packets() {
        return packets;
    }

    public long startMillis() {
        return startMillis;
    }

    public FlowAction action() {
        return action;
    }

    public @Nullable String device() {
        return device;
    }

    public @Nullable String rule() {
        return rule;
    }

    public long position() {
        return position;
    }

    @Override
    public String toString() {
        String nat = hasNatDst ? " (NAT 後 " + translatedDestinationText() + ")" : "";
        return sourceText() + ":" + srcPort + " → " + destinationText() + ":" + dstPort + nat + " "
                + Service.protocolName(proto) + " " + action + " " + bytes + "B";
    }
}
