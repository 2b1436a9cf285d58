package jp.mamori.netcheck.zone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import jp.mamori.netcheck.model.Ip;
import jp.mamori.netcheck.model.Service;
import org.junit.jupiter.api.Test;

class ZoneModelTest {
    static final String ISSUE_EXAMPLE = """
            default: deny                 # access for zone pairs no cell names
            zones:
              - {id: mynumber, kind: MY_NUMBER, name: マイナンバー利用事務系, networks: [10.10.0.0/16]}
              - {id: lgwan,    kind: LGWAN,     networks: [10.20.0.0/16, 172.16.0.0/20]}
              - {id: internet, kind: INTERNET,  networks: [10.30.0.0/16]}
              - {id: outside,  kind: EXTERNAL,  networks: [0.0.0.0/0, "::/0"]}
            relays:
              - {id: mail-gw, method: MAIL_TEXT, addresses: [10.30.5.10], from: internet, to: lgwan, services: [tcp/25]}
            policy:
              - {from: mynumber, to: "*", access: deny, severity: critical}
              - {from: "*", to: mynumber, access: deny, severity: critical}
              - {from: internet, to: lgwan, access: via-relay, severity: high}
              - {from: lgwan, to: internet, access: allow-only, services: [tcp/25, tcp/443], severity: medium}
              - {from: internet, to: outside, access: allow}
            exceptions:
              - {id: EX-1, from: 10.10.1.5/32, to: 10.20.9.9/32, services: [tcp/443], justification: 中間サーバー連携, owner: 情報システム管理者, expires: 2027-03-31}
            interfaces:
              fw1: {port1: lgwan, port2: internet}
            """;

    static Clock on(String date) {
        return Clock.fixed(Instant.parse(date + "T03:00:00Z"), ZoneOffset.UTC);
    }

    static ZoneModel issueModel(String date) {
        return ZoneModel.parse("zones.yaml", ISSUE_EXAMPLE, on(date));
    }

    static BigInteger ip(String s) {
        return Ip.parse(s);
    }

    @Test
    void theIssueExampleReadsWithEveryPart() {
        ZoneModel m = issueModel("2026-01-01");
        assertThat(m.zones()).extracting(Zone::id).containsExactly("mynumber", "lgwan", "internet", "outside");
        assertThat(m.zone("mynumber").orElseThrow().name()).isEqualTo("マイナンバー利用事務系");
        assertThat(m.zone("lgwan").orElseThrow().line()).isEqualTo(4);
        assertThat(m.relays()).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo(RelayMethod.MAIL_TEXT);
            assertThat(r.addresses().contains(ip("10.30.5.10"))).isTrue();
        });
        assertThat(m.policy()).hasSize(5);
        assertThat(m.exemptions()).singleElement().satisfies(x -> {
            assertThat(x.expires()).isEqualTo(LocalDate.of(2027, 3, 31));
            assertThat(x.line()).isEqualTo(16);
        });
        assertThat(m.zoneOfInterface("fw1", "port2")).contains("internet");
        assertThat(m.zoneOfInterface("fw1", "port9")).isEmpty();
    }

    @Test
    void anAddressBelongsToTheZoneOfItsLongestMatchingNetwork() {
        ZoneModel m = issueModel("2026-01-01");
        assertThat(m.zoneOf(ip("10.10.3.4")).orElseThrow().id()).isEqualTo("mynumber");
        assertThat(m.zoneOf(ip("172.16.15.255")).orElseThrow().id()).isEqualTo("lgwan");
        assertThat(m.zoneOf(ip("172.16.16.0")).orElseThrow().id()).isEqualTo("outside");
        assertThat(m.zoneOf(ip("8.8.8.8")).orElseThrow().id()).isEqualTo("outside");
        assertThat(m.zoneOf(ip("2001:db8::1")).orElseThrow().id()).isEqualTo("outside");
        assertThat(m.lookup().zoneIndexOfV4(0x0a1e0001)).isEqualTo(2);
    }

    @Test
    void anAddressOutsideEveryNetworkHasNoZone() {
        ZoneModel m = ZoneModel.parse(
                "z.yaml", "zones: [{id: a, kind: OTHER, networks: [192.0.2.0/24]}]\n", on("2026-01-01"));
        assertThat(m.zoneOf(ip("198.51.100.1"))).isEmpty();
        assertThat(m.lookup().zoneIndexOfV4(0xc0000201)).isZero();
        assertThat(m.lookup().zoneIndexOfV4(0xffffffff)).isEqualTo(ZoneLookup.NO_ZONE);
        assertThat(m.judge(ip("198.51.100.1"), ip("192.0.2.1"), 6, 80).outcome())
                .isEqualTo(Verdict.Outcome.UNZONED);
    }

    @Test
    void theMostSpecificCellWinsAndTheDefaultCoversUnnamedPairs() {
        ZoneModel m = issueModel("2026-01-01");
        assertThat(m.cellFor("mynumber", "lgwan").text()).isEqualTo("mynumber→* deny");
        assertThat(m.cellFor("lgwan", "mynumber").text()).isEqualTo("*→mynumber deny");
        assertThat(m.cellFor("lgwan", "internet").text()).isEqualTo("lgwan→internet allow-only(tcp/25,tcp/443)");
        assertThat(m.cellFor("lgwan", "outside").text()).isEqualTo("default deny");
        assertThat(m.cellFor("lgwan", "lgwan").access()).isEqualTo(Access.ALLOW);
    }

    @Test
    void equallySpecificCellsResolveToTheStricterOne() {
        ZoneModel m = ZoneModel.parse("z.yaml", """
                default: allow
                zones:
                  - {id: a, kind: OTHER, networks: [192.0.2.0/26]}
                  - {id: b, kind: OTHER, networks: [192.0.2.64/26]}
                policy:
                  - {from: a, to: "*", access: allow}
                  - {from: "*", to: b, access: deny}
                """, on("2026-01-01"));
        assertThat(m.cellFor("a", "b").text()).isEqualTo("*→b deny");
        assertThat(m.cellFor("b", "a").text()).isEqualTo("default allow");
    }

    @Test
    void viaRelayPassesOnlyTheRelaysOwnServiceFromTheRelay() {
        ZoneModel m = issueModel("2026-01-01");
        assertThat(m.judge(ip("10.30.5.10"), ip("10.20.1.1"), Service.TCP, 25).outcome())
                .isEqualTo(Verdict.Outcome.RELAYED);
        assertThat(m.judge(ip("10.30.5.10"), ip("10.20.1.1"), Service.TCP, 443).isViolation())
                .isTrue();
        assertThat(m.judge(ip("10.30.5.11"), ip("10.20.1.1"), Service.TCP, 25).isViolation())
                .isTrue();
    }

    @Test
    void allowOnlyPassesTheListedServicesAndNothingElse() {
        ZoneModel m = issueModel("2026-01-01");
        assertThat(m.judge(ip("10.20.1.1"), ip("10.30.1.1"), Service.TCP, 443).outcome())
                .isEqualTo(Verdict.Outcome.ALLOWED);
        Verdict v = m.judge(ip("10.20.1.1"), ip("10.30.1.1"), Service.UDP, 53);
        assertThat(v.isViolation()).isTrue();
        assertThat(v.cell().severity()).isEqualTo(Severity.MEDIUM);
    }

    @Test
    void aValidExceptionForgivesItsExactTrafficOnly() {
        ZoneModel m = issueModel("2027-03-31");
        Verdict v = m.judge(ip("10.10.1.5"), ip("10.20.9.9"), Service.TCP, 443);
        assertThat(v.outcome()).isEqualTo(Verdict.Outcome.EXEMPTED);
        assertThat(v.exemption().id()).isEqualTo("EX-1");
        assertThat(m.judge(ip("10.10.1.5"), ip("10.20.9.9"), Service.TCP, 80).isViolation())
                .isTrue();
        assertThat(m.expiredExemptions()).isEmpty();
    }

    @Test
    void anExpiredExceptionNoLongerForgivesAndIsListed() {
        ZoneModel m = issueModel("2027-04-01");
        Verdict v = m.judge(ip("10.10.1.5"), ip("10.20.9.9"), Service.TCP, 443);
        assertThat(v.isViolation()).isTrue();
        assertThat(v.exemption().id()).isEqualTo("EX-1");
        assertThat(m.expiredExemptions()).extracting(Exemption::id).containsExactly("EX-1");
    }

    @Test
    void theIpv4FastPathAgreesWithTheGeneralPath() {
        ZoneModel m = issueModel("2026-01-01");
        Verdict v = m.judgeV4(0x0a0a0001, 0x0a140101, Service.TCP, 22);
        assertThat(v.isViolation()).isTrue();
        assertThat(v.from().id()).isEqualTo("mynumber");
        assertThat(v.to().id()).isEqualTo("lgwan");
        assertThat(m.judgeV4(0x0a1e050a, 0x0a140101, Service.TCP, 25).outcome()).isEqualTo(Verdict.Outcome.RELAYED);
    }

    @Test
    void aYamlSyntaxErrorNamesTheLine() {
        assertThatThrownBy(() -> ZoneModel.parse("bad.yaml", "zones:\n  - {id: a, kind: OTHER\nfoo: [\n"))
                .isInstanceOf(ZoneModelException.class)
                .satisfies(e -> assertThat(((ZoneModelException) e).line()).isPositive())
                .hasMessageStartingWith("bad.yaml:");
    }

    @Test
    void anUnknownZoneInACellNamesItsLine() {
        String yaml = """
                zones:
                  - {id: a, kind: OTHER, networks: [192.0.2.0/24]}
                policy:
                  - {from: a, to: b, access: deny}
                """;
        assertThatThrownBy(() -> ZoneModel.parse("z.yaml", yaml))
                .isInstanceOf(ZoneModelException.class)
                .hasMessageStartingWith("z.yaml:4:")
                .hasMessageContaining("b");
    }

    @Test
    void aBadNetworkNamesItsLine() {
        String yaml = """
                zones:
                  - id: a
                    kind: OTHER
                    networks:
                      - 192.0.2.0/24
                      - 192.0.2.300/32
                """;
        assertThatThrownBy(() -> ZoneModel.parse("z.yaml", yaml))
                .isInstanceOf(ZoneModelException.class)
                .hasMessageStartingWith("z.yaml:6:");
    }

    @Test
    void allowOnlyWithoutServicesIsRefused() {
        String yaml = """
                zones: [{id: a, kind: OTHER, networks: [192.0.2.0/25]}, {id: b, kind: OTHER, networks: [192.0.2.128/25]}]
                policy:
                  - {from: a, to: b, access: allow-only}
                """;
        assertThatThrownBy(() -> ZoneModel.parse("z.yaml", yaml)).hasMessageStartingWith("z.yaml:3:");
    }

    @Test
    void anUnknownKeyIsRefusedWithItsLine() {
        String yaml = """
                zones: [{id: a, kind: OTHER, networks: [192.0.2.0/25]}]
                polcy: []
                """;
        assertThatThrownBy(() -> ZoneModel.parse("z.yaml", yaml))
                .hasMessageStartingWith("z.yaml:2:")
                .hasMessageContaining("polcy");
    }

    @Test
    void aBadExpiryDateIsRefusedWithItsLine() {
        String yaml = """
                zones: [{id: a, kind: OTHER, networks: [192.0.2.0/25]}]
                exceptions:
                  - id: EX-9
                    from: 192.0.2.1
                    to: 192.0.2.2
                    justification: test
                    owner: me
                    expires: 2027-02-30
                """;
        assertThatThrownBy(() -> ZoneModel.parse("z.yaml", yaml)).hasMessageStartingWith("z.yaml:8:");
    }
}
