package jp.mamori.netcheck.zone;

import java.math.BigInteger;
import java.time.LocalDate;
import jp.mamori.netcheck.model.AddressSet;
import jp.mamori.netcheck.model.ServiceSet;

/**
 * A justified, owned and expiring hole in the zone policy (the zone file's {@code exceptions}): the
 * exact traffic from {@code from} to {@code to} on {@code services} is not a violation through the
 * day {@code expires}. From the next day on it is reported as expired.
 *
 * @param id the exception's id, e.g. EX-1
 * @param from source addresses
 * @param to destination addresses
 * @param services services covered
 * @param justification why it is needed
 * @param owner who answers for it
 * @param expires last day it is valid
 * @param line 1-based line in the file that holds it
 * @param file the file that holds it when that is an exceptions file ({@code --exceptions}), empty for
 *     the zone file itself
 */
public record Exemption(
        String id,
        AddressSet from,
        AddressSet to,
        ServiceSet services,
        String justification,
        String owner,
        LocalDate expires,
        int line,
        String file) {

    /** An exception of the zone file itself. */
    public Exemption(
            String id,
            AddressSet from,
            AddressSet to,
            ServiceSet services,
            String justification,
            String owner,
            LocalDate expires,
            int line) {
        this(id, from, to, services, justification, owner, expires, line, "");
    }

    /** True when the exception no longer holds on {@code today}. */
    public boolean isExpiredOn(LocalDate today) {
        return today.isAfter(expires);
    }

    /** True when the packet is exactly the traffic this exception describes. */
    public boolean covers(BigInteger src, BigInteger dst, int proto, int dstPort) {
        return from.contains(src) && to.contains(dst) && services.matches(proto, dstPort);
    }
}
