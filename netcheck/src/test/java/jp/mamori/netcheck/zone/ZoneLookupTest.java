package jp.mamori.netcheck.zone;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import jp.mamori.netcheck.model.AddressSet;
import jp.mamori.netcheck.model.Ip;
import org.junit.jupiter.api.Test;

class ZoneLookupTest {
    static Zone zone(String id, String... nets) {
        List<AddressSet.Range> ranges = new ArrayList<>();
        for (String n : nets) {
            ranges.add(AddressSet.parseRange(n));
        }
        return new Zone(id, ZoneKind.OTHER, null, ranges, 1);
    }

    @Test
    void theSmallerNetworkWinsWhereverItIsListed() {
        ZoneLookup l = ZoneLookup.of(List.of(zone("big", "10.0.0.0/8"), zone("small", "10.1.2.0/24")));
        assertThat(l.zoneIndexOf(Ip.parse("10.1.2.9"))).isEqualTo(1);
        assertThat(l.zoneIndexOf(Ip.parse("10.1.3.9"))).isZero();
        assertThat(l.zoneIndexOf(Ip.parse("11.0.0.0"))).isEqualTo(ZoneLookup.NO_ZONE);
    }

    @Test
    void equalNetworksGoToTheZoneListedFirst() {
        ZoneLookup l = ZoneLookup.of(List.of(zone("a", "192.0.2.0/24"), zone("b", "192.0.2.0/24")));
        assertThat(l.zoneIndexOf(Ip.parse("192.0.2.77"))).isZero();
    }

    @Test
    void ipv6NetworksAreLookedUpToo() {
        ZoneLookup l = ZoneLookup.of(List.of(zone("v6", "2001:db8::/32"), zone("all", "::/0")));
        assertThat(l.zoneIndexOf(Ip.parse("2001:db8::5"))).isZero();
        assertThat(l.zoneIndexOf(Ip.parse("2001:db9::5"))).isEqualTo(1);
        assertThat(l.zoneIndexOf(Ip.parse("198.51.100.1"))).isEqualTo(1);
    }

    @Test
    void theZonesAddressesAreWhatLongestMatchGivesIt() {
        ZoneLookup l = ZoneLookup.of(List.of(zone("big", "10.0.0.0/8"), zone("small", "10.1.0.0/16")));
        AddressSet big = l.addressesOf(0);
        assertThat(big.contains(Ip.parse("10.1.0.1"))).isFalse();
        assertThat(big.contains(Ip.parse("10.2.0.1"))).isTrue();
        assertThat(l.intervals().get(0).first()).isEqualTo(BigInteger.ZERO);
    }

    @Test
    void theFastPathAgreesWithALinearScanOnRandomNetworks() {
        Random r = new Random(11);
        for (int round = 0; round < 50; round++) {
            List<Zone> zones = new ArrayList<>();
            List<long[]> nets = new ArrayList<>();
            for (int z = 0; z < 6; z++) {
                List<String> specs = new ArrayList<>();
                for (int k = 0; k < 3; k++) {
                    int len = 8 + r.nextInt(25);
                    long base = (r.nextLong() & 0xffffffffL) & (0xffffffffL << (32 - len)) & 0xffffffffL;
                    specs.add(Ip.format(Ip.V4_BASE.add(BigInteger.valueOf(base))) + "/" + len);
                    nets.add(new long[] {base, base + (1L << (32 - len)) - 1, z, len});
                }
                zones.add(zone("z" + z, specs.toArray(String[]::new)));
            }
            ZoneLookup l = ZoneLookup.of(zones);
            for (int probe = 0; probe < 2000; probe++) {
                long a = r.nextInt(4) == 0 ? nets.get(r.nextInt(nets.size()))[0] : r.nextLong() & 0xffffffffL;
                int expected = ZoneLookup.NO_ZONE;
                long bestLen = -1;
                for (long[] n : nets) {
                    // longest prefix; on a tie the zone listed first (nets are in listing order)
                    if (n[0] <= a && a <= n[1] && n[3] > bestLen) {
                        bestLen = n[3];
                        expected = (int) n[2];
                    }
                }
                assertThat(l.zoneIndexOfV4((int) a)).as("address %d", a).isEqualTo(expected);
            }
        }
    }

    @Test
    void theIndexedFastPathAgreesWithALinearScanOnManyOverlappingPrefixes() {
        // big models like the benchmark's: many /16s hold several intervals, many hold one, and
        // probes sit on network edges (first, last, one past last) where the /16 index could be off
        Random r = new Random(29);
        for (int round = 0; round < 4; round++) {
            List<Zone> zones = new ArrayList<>();
            List<long[]> nets = new ArrayList<>();
            for (int z = 0; z < 10; z++) {
                List<String> specs = new ArrayList<>();
                for (int k = 0; k < 300; k++) {
                    int len = 8 + r.nextInt(25);
                    long base = randomBase(r, round, len);
                    specs.add(Ip.format(Ip.V4_BASE.add(BigInteger.valueOf(base))) + "/" + len);
                    nets.add(new long[] {base, base + (1L << (32 - len)) - 1, z, len});
                }
                zones.add(zone("z" + z, specs.toArray(String[]::new)));
            }
            ZoneLookup l = ZoneLookup.of(zones);
            List<Long> probes = new ArrayList<>(List.of(0L, 0xffffffffL, 0xffff0000L, 0x0000ffffL));
            for (long[] n : nets) {
                probes.add(n[0]);
                probes.add(n[1]);
                probes.add((n[1] + 1) & 0xffffffffL);
                probes.add((n[0] - 1) & 0xffffffffL);
            }
            for (int k = 0; k < 4000; k++) {
                probes.add(r.nextLong() & 0xffffffffL);
                probes.add((r.nextLong() & 0xffff0000L) | (r.nextBoolean() ? 0 : 0xffff));
            }
            for (long a : probes) {
                assertThat(l.zoneIndexOfV4((int) a)).as("address %d", a).isEqualTo(linear(nets, a));
            }
        }
    }

    /** In odd rounds the networks crowd into 10.0.0.0/8 so that single /16s hold many intervals. */
    private static long randomBase(Random r, int round, int len) {
        long raw = round % 2 == 0 ? r.nextLong() & 0xffffffffL : 0x0a000000L | (r.nextLong() & 0x00ffffffL);
        return raw & (0xffffffffL << (32 - len)) & 0xffffffffL;
    }

    /** Longest prefix by a scan; on a tie the zone listed first (nets are in listing order). */
    private static int linear(List<long[]> nets, long a) {
        int expected = ZoneLookup.NO_ZONE;
        long bestLen = -1;
        for (long[] n : nets) {
            if (n[0] <= a && a <= n[1] && n[3] > bestLen) {
                bestLen = n[3];
                expected = (int) n[2];
            }
        }
        return expected;
    }
}
