package jp.mamori.netcheck.zone;

import jp.mamori.netcheck.model.AddressSet;
import jp.mamori.netcheck.model.ServiceSet;

/**
 * A sanitizing relay: in a {@code via-relay} cell from {@code from} to {@code to}, only traffic
 * whose source is one of {@code addresses} and whose service is one of {@code services} passes.
 *
 * @param id relay id
 * @param method the sanitizing method
 * @param addresses the relay's own addresses (the sources it sends from)
 * @param from source zone id of the pair it serves
 * @param to destination zone id of the pair it serves
 * @param services the services it uses towards {@code to}
 * @param line 1-based line in the zone file
 */
public record Relay(
        String id, RelayMethod method, AddressSet addresses, String from, String to, ServiceSet services, int line) {}
