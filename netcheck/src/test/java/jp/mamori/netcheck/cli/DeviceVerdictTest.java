package jp.mamori.netcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The verdict must be the device's: each case here is a configuration that opens a forbidden
 * path the way the vendor documents it (destination NAT, security-level defaults, interfaces
 * without filters, in and out filters of a router) and that an earlier netcheck passed with
 * exit 0. Every test runs the whole command and asserts the exit code and the finding.
 */
class DeviceVerdictTest {
    /** Three zones plus outside; every device's interfaces are mapped to the zone behind them. */
    static final String ZONES = """
            default: deny
            zones:
              - {id: mynumber, kind: MY_NUMBER, networks: [10.10.0.0/16]}
              - {id: lgwan,    kind: LGWAN,     networks: [10.20.0.0/16]}
              - {id: internet, kind: INTERNET,  networks: [10.30.0.0/16]}
              - {id: outside,  kind: EXTERNAL,  networks: [0.0.0.0/0]}
            policy:
              - {from: mynumber, to: "*", access: deny, severity: critical}
              - {from: "*", to: mynumber, access: deny, severity: critical}
              - {from: lgwan, to: internet, access: allow-only, services: [tcp/443], severity: medium}
              - {from: internet, to: outside, access: allow}
              - {from: outside, to: internet, access: allow-only, services: [tcp/80, tcp/443]}
            interfaces:
              FGT-KAKU: {port1: mynumber, port2: lgwan, port3: internet, wan1: outside}
              PA-KAKU: {mynumber: mynumber, lgwan: lgwan, internet: internet, untrust: outside}
              ASA-KAKU: {mynumber: mynumber, lgwan: lgwan, internet: internet, outside: outside}
              RTX-KAKU: {lan1: lgwan, lan2: internet, lan3: mynumber}
              gw-kaku: {eth0: outside, eth1: internet, eth2: mynumber}
            """;

    @TempDir
    Path dir;

    record Run(int code, JsonNode json, String err) {
        List<JsonNode> findings(String kind) {
            List<JsonNode> out = new ArrayList<>();
            json.get("findings").forEach(f -> {
                if (f.get("kind").asString().equals(kind)) {
                    out.add(f);
                }
            });
            return out;
        }

        List<String> unsupportedReasons() {
            List<String> out = new ArrayList<>();
            json.get("unsupported")
                    .forEach(u -> out.add(
                            u.get("line").asInt() + ": " + u.get("reason").asString()));
            return out;
        }
    }

    Run rules(String vendor, String fileName, String config) throws Exception {
        Path zones = CommandRun.file(dir, "zones.yaml", ZONES);
        Path rules = CommandRun.file(dir, fileName, config);
        CommandRun run = CommandRun.of(new String[] {
            "rules", "--zones", zones.toString(), "--rules", rules.toString(), "--vendor", vendor, "--format", "json"
        });
        JsonNode json = run.out().isBlank()
                ? JsonMapper.shared().createObjectNode()
                : JsonMapper.shared().readTree(run.out());
        return new Run(run.code(), json, run.err());
    }

    static JsonNode only(List<JsonNode> findings) {
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }

    // ---------------------------------------------------------------- FortiGate VIPs

    static final String FGT_HEAD = """
            config system global
                set hostname "FGT-KAKU"
            end
            config firewall address
                edit "all"
                next
            end
            """;

    @Test
    void fortigateVipPublishingAMyNumberServerIsAViolationOnTheMappedAddress() throws Exception {
        Run r = rules("fortigate", "fgt.conf", FGT_HEAD + """
                config firewall vip
                    edit "VIP-JUKI"
                        set extip 203.0.113.10
                        set mappedip "10.10.5.5"
                        set extintf "wan1"
                        set portforward enable
                        set extport 8443
                        set mappedport 443
                    next
                end
                config firewall policy
                    edit 7
                        set srcintf "wan1"
                        set dstintf "port1"
                        set srcaddr "all"
                        set dstaddr "VIP-JUKI"
                        set action accept
                        set schedule "always"
                        set service "HTTPS"
                    next
                end
                """);
        assertThat(r.code()).isEqualTo(1);
        JsonNode v = only(r.findings("VIOLATION"));
        assertThat(v.get("rule").asString()).isEqualTo("7");
        assertThat(v.get("to").asString()).isEqualTo("mynumber");
        assertThat(v.get("example").get("dst").asString()).isEqualTo("10.10.5.5");
        assertThat(v.get("example").get("dstPort").asInt()).isEqualTo(443);
        assertThat(r.findings("SHADOWED")).isEmpty();
    }

    @Test
    void fortigateVipGroupsAndLoadBalancedRealServersAreFollowed() throws Exception {
        Run r = rules("fortigate", "fgt.conf", FGT_HEAD + """
                config firewall vip
                    edit "VIP-WEB"
                        set extip 203.0.113.20
                        set mappedip "10.30.8.80"
                        set extintf "wan1"
                    next
                    edit "VIP-LB"
                        set type server-load-balance
                        set extip 203.0.113.21
                        set extintf "wan1"
                        set server-type http
                        set extport 80
                        config realservers
                            edit 1
                                set ip 10.30.8.81
                                set port 8080
                            next
                            edit 2
                                set ip 10.20.8.82
                                set port 8080
                            next
                        end
                    next
                end
                config firewall vipgrp
                    edit "PUBLISHED"
                        set interface "wan1"
                        set member "VIP-WEB" "VIP-LB"
                    next
                end
                config firewall policy
                    edit 9
                        set srcintf "wan1"
                        set dstintf "port2" "port3"
                        set srcaddr "all"
                        set dstaddr "PUBLISHED"
                        set action accept
                        set schedule "always"
                        set service "HTTP"
                    next
                end
                """);
        assertThat(r.code()).isEqualTo(1);
        // each real server behind the load balancer, reached on its mapped port 8080
        assertThat(r.findings("VIOLATION"))
                .extracting(v -> v.get("to").asString() + " "
                        + v.get("example").get("dst").asString() + ":"
                        + v.get("example").get("dstPort").asInt())
                .containsExactlyInAnyOrder("lgwan 10.20.8.82:8080", "internet 10.30.8.81:8080");
    }

    // ---------------------------------------------------------------- Palo Alto NAT and formats

    static final String PA_SET = """
            set deviceconfig system hostname PA-KAKU
            set address JUKI-PUBLIC ip-netmask 203.0.113.10
            set address JUKI-REAL ip-netmask 10.10.5.5
            set rulebase nat rules publish-juki from untrust to untrust source any destination JUKI-PUBLIC service any destination-translation translated-address JUKI-REAL
            set rulebase security rules allow-juki from untrust to mynumber source any destination JUKI-PUBLIC application any service service-https action allow
            """;

    @Test
    void paloAltoSecurityRuleOnThePreNatAddressIsCheckedOnTheTranslatedServer() throws Exception {
        Run r = rules("paloalto", "pa.set", PA_SET);
        assertThat(r.code()).isEqualTo(1);
        JsonNode v = only(r.findings("VIOLATION"));
        assertThat(v.get("rule").asString()).isEqualTo("allow-juki");
        assertThat(v.get("from").asString()).isEqualTo("outside");
        assertThat(v.get("to").asString()).isEqualTo("mynumber");
        assertThat(v.get("example").get("dst").asString()).isEqualTo("10.10.5.5");
        assertThat(r.findings("SHADOWED")).isEmpty();
    }

    @Test
    void paloAltoPortTranslationAndBidirectionalStaticNat() throws Exception {
        Run r = rules("paloalto", "pa.set", """
                set deviceconfig system hostname PA-KAKU
                set address WEB-REAL ip-netmask 10.30.8.80
                set address LG-HOST ip-netmask 10.20.9.9
                set rulebase nat rules web from untrust to untrust destination 203.0.113.20 service any destination-translation translated-address WEB-REAL translated-port 8080
                set rulebase nat rules lg-static from lgwan to untrust source LG-HOST destination any service any source-translation static-ip translated-address 203.0.113.30 bi-directional yes
                set rulebase security rules web from untrust to internet source any destination 203.0.113.20 application any service service-http action allow
                set rulebase security rules back-in from untrust to lgwan source any destination 203.0.113.30 application any service any action allow
                """);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.findings("VIOLATION"))
                .extracting(v -> v.get("rule").asString() + " "
                        + v.get("example").get("dst").asString() + ":"
                        + v.get("example").get("dstPort").asInt())
                .contains("web 10.30.8.80:8080")
                .anySatisfy(t -> assertThat(t).startsWith("back-in 10.20.9.9"));
    }

    static final String PA_XML = """
            <?xml version="1.0"?>
            <config version="10.2.0" urldb="paloaltonetworks">
              <devices>
                <entry name="localhost.localdomain">
                  <deviceconfig>
                    <system>
                      <hostname>PA-KAKU</hostname>
                    </system>
                  </deviceconfig>
                  <network>
                    <interface>
                      <ethernet>
                        <entry name="ethernet1/1">
                          <layer3>
                            <ip>
                              <entry name="203.0.113.1/24"/>
                            </ip>
                          </layer3>
                        </entry>
                      </ethernet>
                    </interface>
                  </network>
                  <vsys>
                    <entry name="vsys1">
                      <zone>
                        <entry name="untrust">
                          <network>
                            <layer3>
                              <member>ethernet1/1</member>
                            </layer3>
                          </network>
                        </entry>
                      </zone>
                      <address>
                        <entry name="JUKI-PUBLIC">
                          <ip-netmask>203.0.113.10</ip-netmask>
                        </entry>
                        <entry name="JUKI-REAL">
                          <ip-netmask>10.10.5.5</ip-netmask>
                          <description>住基サーバー</description>
                        </entry>
                      </address>
                      <rulebase>
                        <nat>
                          <rules>
                            <entry name="publish-juki" uuid="0b0e3c1a-1111-4c8e-9d55-000000000001">
                              <destination-translation>
                                <translated-address>JUKI-REAL</translated-address>
                              </destination-translation>
                              <to><member>untrust</member></to>
                              <from><member>untrust</member></from>
                              <source><member>any</member></source>
                              <destination><member>JUKI-PUBLIC</member></destination>
                              <service>any</service>
                            </entry>
                          </rules>
                        </nat>
                        <security>
                          <rules>
                            <entry name="allow-juki" uuid="0b0e3c1a-1111-4c8e-9d55-000000000002">
                              <to><member>mynumber</member></to>
                              <from><member>untrust</member></from>
                              <source><member>any</member></source>
                              <destination><member>JUKI-PUBLIC</member></destination>
                              <source-user><member>any</member></source-user>
                              <category><member>any</member></category>
                              <application><member>any</member></application>
                              <service><member>service-https</member></service>
                              <source-hip><member>any</member></source-hip>
                              <destination-hip><member>any</member></destination-hip>
                              <action>allow</action>
                              <profile-setting><group><member>default</member></group></profile-setting>
                              <target><negate>no</negate></target>
                            </entry>
                          </rules>
                        </security>
                      </rulebase>
                    </entry>
                  </vsys>
                </entry>
              </devices>
            </config>
            """;

    @Test
    void paloAltoXmlConfigurationIsReadLikeTheSetFormat() throws Exception {
        Run r = rules("paloalto", "running-config.xml", PA_XML);
        assertThat(r.code()).isEqualTo(1);
        JsonNode v = only(r.findings("VIOLATION"));
        assertThat(v.get("rule").asString()).isEqualTo("allow-juki");
        assertThat(v.get("line").asInt()).isGreaterThan(30);
        assertThat(v.get("example").get("dst").asString()).isEqualTo("10.10.5.5");
        assertThat(r.json().get("unsupported")).isEmpty();
        assertThat(r.json().get("summary").get("linesUnderstood").asInt())
                .isEqualTo(r.json().get("summary").get("linesRead").asInt());
    }

    @Test
    void paloAltoBraceFormatIsReadLikeTheSetFormat() throws Exception {
        Run r = rules("paloalto", "pa.conf", """
                config {
                  devices {
                    localhost.localdomain {
                      deviceconfig {
                        system {
                          hostname PA-KAKU;
                        }
                      }
                      network {
                        interface {
                          ethernet {
                            ethernet1/1 {
                              layer3 {
                                ip {
                                  203.0.113.1/24;
                                }
                              }
                            }
                          }
                        }
                      }
                      vsys {
                        vsys1 {
                          zone {
                            untrust {
                              network {
                                layer3 ethernet1/1;
                              }
                            }
                          }
                          address {
                            JUKI-PUBLIC {
                              ip-netmask 203.0.113.10;
                            }
                            JUKI-REAL {
                              ip-netmask 10.10.5.5;
                              description "住基 サーバー";
                            }
                          }
                          rulebase {
                            nat {
                              rules {
                                publish-juki {
                                  destination-translation {
                                    translated-address JUKI-REAL;
                                  }
                                  to untrust;
                                  from untrust;
                                  source any;
                                  destination JUKI-PUBLIC;
                                  service any;
                                }
                              }
                            }
                            security {
                              rules {
                                "allow juki" {
                                  to mynumber;
                                  from [ untrust lgwan ];
                                  source any;
                                  destination JUKI-PUBLIC;
                                  application any;
                                  service service-https;
                                  action allow;
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
                """);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.findings("VIOLATION"))
                .extracting(v -> v.get("rule").asString() + " " + v.get("from").asString() + " "
                        + v.get("example").get("dst").asString())
                .containsExactlyInAnyOrder("allow juki outside 10.10.5.5", "allow juki lgwan 10.10.5.5");
        assertThat(r.json().get("unsupported")).isEmpty();
    }

    @Test
    void panoramaDeviceGroupsEvaluateSharedAndGroupPreRulesBeforePostRules() throws Exception {
        Run r = rules("paloalto", "panorama.xml", """
                <config version="10.2.0">
                  <shared>
                    <address>
                      <entry name="MN-NET"><ip-netmask>10.10.0.0/16</ip-netmask></entry>
                    </address>
                    <post-rulebase>
                      <security>
                        <rules>
                          <entry name="shared-open">
                            <from><member>any</member></from>
                            <to><member>any</member></to>
                            <source><member>any</member></source>
                            <destination><member>any</member></destination>
                            <service><member>any</member></service>
                            <application><member>any</member></application>
                            <action>allow</action>
                          </entry>
                        </rules>
                      </security>
                    </post-rulebase>
                  </shared>
                  <devices>
                    <entry name="localhost.localdomain">
                      <device-group>
                        <entry name="KAKU-HQ">
                          <pre-rulebase>
                            <security>
                              <rules>
                                <entry name="block-mynumber">
                                  <from><member>any</member></from>
                                  <to><member>any</member></to>
                                  <source><member>MN-NET</member></source>
                                  <destination><member>any</member></destination>
                                  <service><member>any</member></service>
                                  <application><member>any</member></application>
                                  <action>deny</action>
                                </entry>
                              </rules>
                            </security>
                          </pre-rulebase>
                        </entry>
                      </device-group>
                    </entry>
                  </devices>
                </config>
                """);
        assertThat(r.code()).isEqualTo(1);
        // the group's pre-rule stops My Number traffic first; the shared post-rule still opens the rest
        assertThat(r.findings("VIOLATION")).allSatisfy(v -> {
            assertThat(v.get("filter").asString()).isEqualTo("KAKU-HQ/security");
            assertThat(v.get("rule").asString()).isEqualTo("shared-open");
            assertThat(v.get("from").asString()).isNotEqualTo("mynumber");
        });
        assertThat(r.findings("VIOLATION"))
                .anySatisfy(v -> assertThat(v.get("to").asString()).isEqualTo("mynumber"));
    }

    @Test
    void xmlWithADoctypeIsRefusedWholeAndExitsTwo() throws Exception {
        Run r = rules("paloalto", "evil.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE config [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
                <config><devices><entry name="x"><vsys><entry name="vsys1"><address>
                <entry name="a"><ip-netmask>&xxe;</ip-netmask></entry>
                </address></entry></vsys></entry></devices></config>
                """);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).doesNotContain("root:");
    }

    // ---------------------------------------------------------------- iptables

    @Test
    void iptablesCtstateDnatAcceptPassesExactlyWhatThePreroutingDnatSends() throws Exception {
        Run r = rules("iptables", "gw-kaku.rules", """
                *nat
                :PREROUTING ACCEPT [0:0]
                :INPUT ACCEPT [0:0]
                :OUTPUT ACCEPT [0:0]
                :POSTROUTING ACCEPT [0:0]
                -A PREROUTING -i eth0 -d 203.0.113.10/32 -p tcp -m tcp --dport 8443 -j DNAT --to-destination 10.10.5.5:443
                -A POSTROUTING -o eth0 -j MASQUERADE
                COMMIT
                *filter
                :INPUT DROP [0:0]
                :FORWARD DROP [0:0]
                :OUTPUT ACCEPT [0:0]
                -A FORWARD -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
                -A FORWARD -i eth0 -o eth2 -m conntrack --ctstate DNAT -j ACCEPT
                -A FORWARD -i eth1 -o eth0 -p tcp -m multiport --dports 80,443 -j ACCEPT
                COMMIT
                """);
        assertThat(r.code()).isEqualTo(1);
        JsonNode v = only(r.findings("VIOLATION"));
        assertThat(v.get("rule").asString()).isEqualTo("FORWARD#2");
        assertThat(v.get("from").asString()).isEqualTo("outside");
        assertThat(v.get("to").asString()).isEqualTo("mynumber");
        assertThat(v.get("example").get("dst").asString()).isEqualTo("10.10.5.5");
        assertThat(v.get("example").get("dstPort").asInt()).isEqualTo(443);
    }

    @Test
    void iptablesWithoutAFilterTableForwardsEverythingAndSaysSo() throws Exception {
        Run r = rules("iptables", "gw-kaku.rules", """
                *nat
                :PREROUTING ACCEPT [0:0]
                :INPUT ACCEPT [0:0]
                :OUTPUT ACCEPT [0:0]
                :POSTROUTING ACCEPT [0:0]
                -A POSTROUTING -o eth0 -j MASQUERADE
                COMMIT
                """);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.findings("VIOLATION"))
                .anySatisfy(v -> assertThat(v.get("to").asString()).isEqualTo("mynumber"))
                .allSatisfy(v -> assertThat(v.get("rule").asString()).isEqualTo("(default)"));
        assertThat(r.unsupportedReasons()).anySatisfy(u -> assertThat(u).contains("*filter"));
    }

    @Test
    void iptablesFilteringOnlyInMangleCannotProveAnythingAndExitsTwo() throws Exception {
        Run r = rules("iptables", "gw-kaku.rules", """
                *mangle
                :PREROUTING ACCEPT [0:0]
                :INPUT ACCEPT [0:0]
                :FORWARD ACCEPT [0:0]
                :OUTPUT ACCEPT [0:0]
                :POSTROUTING ACCEPT [0:0]
                -A PREROUTING -i eth1 -d 10.10.0.0/16 -j DROP
                COMMIT
                *filter
                :INPUT ACCEPT [0:0]
                :FORWARD ACCEPT [0:0]
                :OUTPUT ACCEPT [0:0]
                COMMIT
                """);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("mangle");
    }

    // ---------------------------------------------------------------- YAMAHA RTX

    @Test
    void rtxInterfaceWithoutFiltersOpensThePathTheOtherInterfacesDoNotGuard() throws Exception {
        // lan3 (My Number) rejects everything arriving on it, but nothing filters traffic
        // arriving on lan1 (LGWAN) and leaving by lan3: that path is open
        Run r = rules("yamaha", "rtx.conf", """
                console prompt RTX-KAKU
                ip lan1 address 10.20.40.1/24
                ip lan2 address 10.30.40.1/24
                ip lan3 address 10.10.40.1/24
                ip lan3 secure filter in 200099
                ip lan2 secure filter in 200099
                ip filter 200099 reject * * * * *
                """);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.findings("VIOLATION"))
                .extracting(v -> v.get("filter").asString() + " "
                        + v.get("rule").asString() + " " + v.get("to").asString())
                .contains("lan1→lan3 (default) mynumber");
    }

    @Test
    void rtxWithoutAnyFilterReportsEveryOpenPath() throws Exception {
        Run r = rules("yamaha", "rtx.conf", """
                console prompt RTX-KAKU
                ip lan1 address 10.20.40.1/24
                ip lan3 address 10.10.40.1/24
                """);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.findings("VIOLATION"))
                .extracting(v -> v.get("from").asString() + "→" + v.get("to").asString())
                .containsExactlyInAnyOrder("lgwan→mynumber", "mynumber→lgwan");
    }

    @Test
    void rtxInFilterOfOneInterfaceAndOutFilterOfTheOtherAreComposed() throws Exception {
        // lan1 in passes any TCP from LGWAN; lan2 out lets only HTTPS leave; lan3 guards itself
        Run r = rules("yamaha", "rtx.conf", """
                console prompt RTX-KAKU
                ip lan1 address 10.20.40.1/24
                ip lan2 address 10.30.40.1/24
                ip lan3 address 10.10.40.1/24
                ip lan1 secure filter in 200001
                ip lan2 secure filter in 200099
                ip lan2 secure filter out 200010 200099
                ip lan3 secure filter in 200099
                ip lan3 secure filter out 200099
                ip filter 200001 pass 10.20.0.0/16 * tcp * *
                ip filter 200010 pass * * tcp * https
                ip filter 200099 reject * * * * *
                """);
        assertThat(r.findings("VIOLATION")).isEmpty();
        assertThat(r.code()).isZero();
    }

    @Test
    void rtxOutFilterAloneDoesNotStopWhatTheInFilterOfAnotherInterfaceLetsThrough() throws Exception {
        // the out list of lan2 passes tcp/22 from LGWAN: both lists permit it, so it crosses
        Run r = rules("yamaha", "rtx.conf", """
                console prompt RTX-KAKU
                ip lan1 address 10.20.40.1/24
                ip lan2 address 10.30.40.1/24
                ip lan1 secure filter in 200001
                ip lan2 secure filter in 200099
                ip lan2 secure filter out 200011 200010 200099
                ip filter 200001 pass 10.20.0.0/16 * tcp * *
                ip filter 200010 pass * * tcp * https
                ip filter 200011 pass 10.20.40.0/24 10.30.0.0/16 tcp * 22
                ip filter 200099 reject * * * * *
                """);
        assertThat(r.code()).isEqualTo(1);
        JsonNode v = only(r.findings("VIOLATION"));
        assertThat(v.get("filter").asString()).isEqualTo("lan1→lan2");
        assertThat(v.get("rule").asString()).isEqualTo("200001+200011");
        assertThat(v.get("example").get("dstPort").asInt()).isEqualTo(22);
    }

    // ---------------------------------------------------------------- Cisco ASA

    static final String ASA_INTERFACES = """
            hostname ASA-KAKU
            interface GigabitEthernet0/0
             nameif outside
             security-level 0
             ip address 203.0.113.2 255.255.255.0
            interface GigabitEthernet0/1
             nameif lgwan
             security-level 80
             ip address 10.20.0.1 255.255.0.0
            interface GigabitEthernet0/2
             nameif mynumber
             security-level 100
             ip address 10.10.0.1 255.255.0.0
            interface GigabitEthernet0/3
             nameif internet
             security-level 50
             ip address 10.30.0.1 255.255.0.0
            """;

    @Test
    void asaInterfaceWithoutAccessGroupPassesTrafficToLowerSecurityLevels() throws Exception {
        // only the outside interface has an ACL: mynumber (100) reaches every lower level freely
        Run r = rules("asa", "asa.cfg", ASA_INTERFACES + """
                access-list OUTSIDE_IN extended permit tcp any host 10.30.8.80 eq www
                access-group OUTSIDE_IN in interface outside
                """);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.findings("VIOLATION"))
                .extracting(v -> v.get("filter").asString() + " "
                        + v.get("from").asString() + "→" + v.get("to").asString())
                .contains(
                        "mynumber→lgwan mynumber→lgwan",
                        "mynumber→internet mynumber→internet",
                        "lgwan→internet lgwan→internet")
                // a lower level never reaches a higher one without an ACL saying so
                .noneMatch(t -> t.startsWith("internet→lgwan") || t.startsWith("lgwan→mynumber"));
    }

    @Test
    void asaEqualSecurityLevelsPassOnlyWithSameSecurityTraffic() throws Exception {
        String twoAtFifty = """
                hostname ASA-KAKU
                interface GigabitEthernet0/1
                 nameif lgwan
                 security-level 50
                interface GigabitEthernet0/3
                 nameif internet
                 security-level 50
                """;
        Run closed = rules("asa", "asa.cfg", twoAtFifty);
        assertThat(closed.findings("VIOLATION")).isEmpty();
        Run open = rules("asa", "asa.cfg", twoAtFifty + "same-security-traffic permit inter-interface\n");
        assertThat(open.code()).isEqualTo(1);
        assertThat(open.findings("VIOLATION"))
                .extracting(v -> v.get("from").asString() + "→" + v.get("to").asString())
                .contains("lgwan→internet", "internet→lgwan");
    }

    @Test
    void asaOutboundAccessGroupIsComposedWithTheSecurityLevelOfTheArrivingInterface() throws Exception {
        Run r = rules("asa", "asa.cfg", ASA_INTERFACES + """
                access-list MN_OUT extended deny ip any any
                access-group MN_OUT out interface mynumber
                access-list LG_IN extended permit tcp 10.20.0.0 255.255.0.0 any eq https
                access-group LG_IN in interface lgwan
                access-list MN_IN extended deny ip any any
                access-group MN_IN in interface mynumber
                access-list INET_IN extended deny ip any any
                access-group INET_IN in interface internet
                access-list OUT_IN extended deny ip any any
                access-group OUT_IN in interface outside
                """);
        // LG_IN permits https to any, but the out list of mynumber drops it: only lgwan→outside
        // https is left, which the zone policy does not name (default deny)
        assertThat(r.findings("VIOLATION"))
                .extracting(
                        v -> v.get("filter").asString() + " " + v.get("rule").asString())
                .containsExactly("lgwan→outside LG_IN#1");
    }

    @Test
    void asaStaticNatPublishesTheRealAddressWhichTheAclNames() throws Exception {
        // ASA 8.3+: the ACL names the real (mapped-to) address of the object, not the public one
        Run r = rules("asa", "asa.cfg", ASA_INTERFACES + """
                object network JUKI-SRV
                 host 10.10.5.5
                 nat (mynumber,outside) static 203.0.113.10 service tcp https https
                object network LG-WEB
                 host 10.20.8.80
                object network LG-WEB-PUBLIC
                 host 203.0.113.20
                nat (lgwan,outside) source static LG-WEB LG-WEB-PUBLIC
                access-list OUTSIDE_IN extended permit tcp any object JUKI-SRV eq https
                access-list OUTSIDE_IN extended permit tcp any object LG-WEB eq https
                access-group OUTSIDE_IN in interface outside
                access-list MN_IN extended deny ip any any
                access-group MN_IN in interface mynumber
                access-list LG_IN extended deny ip any any
                access-group LG_IN in interface lgwan
                access-list INET_IN extended deny ip any any
                access-group INET_IN in interface internet
                """);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.findings("VIOLATION"))
                .extracting(v -> v.get("rule").asString() + " "
                        + v.get("example").get("dst").asString())
                .containsExactlyInAnyOrder("OUTSIDE_IN#1 10.10.5.5", "OUTSIDE_IN#2 10.20.8.80");
        assertThat(r.json().get("unsupported")).isEmpty();
    }
}
