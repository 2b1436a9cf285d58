package jp.mamori.netcheck.zone;

import java.util.List;
import jp.mamori.netcheck.model.AddressSet;
import org.jspecify.annotations.Nullable;

/**
 * One network zone of the zone file.
 *
 * @param id the id used in policy cells, relays and interfaces
 * @param kind what the zone is
 * @param name display name, e.g. マイナンバー利用事務系 (null when the file gives none)
 * @param networks the networks as written (CIDR, address or range), in file order
 * @param line the 1-based line of the zone entry in the zone file
 */
public record Zone(String id, ZoneKind kind, @Nullable String name, List<AddressSet.Range> networks, int line) {
    public Zone {
        networks = List.copyOf(networks);
    }

    /** The name if given, else the id. */
    public String label() {
        return name == null ? id : name;
    }
}
