package jp.mamori.netcheck.importer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jp.mamori.netcheck.model.Action;
import jp.mamori.netcheck.model.AddressSet;
import jp.mamori.netcheck.model.ImportResult;
import jp.mamori.netcheck.model.Rule;
import jp.mamori.netcheck.model.RuleImporter;
import jp.mamori.netcheck.model.RuleSet;
import jp.mamori.netcheck.model.Service;
import jp.mamori.netcheck.model.ServiceSet;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code iptables-save} (and {@code ip6tables-save}) output.
 *
 * <p>Only the {@code *filter} table decides what passes; the other tables are read as understood
 * but irrelevant (the filter table already sees destinations after DNAT). Only FORWARD carries
 * traffic between zones (INPUT and OUTPUT are the host's own): it becomes the one rule set, ending
 * in its policy. Jumps to user chains are flattened into the calling chain in order, a RETURN
 * removes its packets from the rest of the user chain and a goto returns to the caller's caller,
 * so first-match analysis of the flat list is exact. Rule ids are
 * {@code CHAIN#n}, the 1-based position of the {@code -A} line in its own chain (a rule flattened
 * from a user chain keeps its user-chain id, and may appear as several disjoint pieces).
 *
 * <p>A rule matching only {@code ESTABLISHED}/{@code RELATED} (or {@code INVALID}) connection
 * states ({@code DNAT} and {@code SNAT} count as new) is imported disabled: it passes only replies to connections another rule allowed, so it
 * never decides whether a new connection crosses zones.
 */
public final class IptablesImporter implements RuleImporter {
    private static final Set<String> BUILT_IN = Set.of("INPUT", "FORWARD", "OUTPUT");
    /** The only chain traffic between zones passes: packets routed through the host. */
    private static final String FORWARD = "FORWARD";
    /** What the loopback interface carries: loopback addresses only. */
    private static final AddressSet LOOPBACK = AddressSet.of("127.0.0.0/8", "::1");
    /** Cap on flattened pieces so a pathological RETURN cascade cannot exhaust memory. */
    private static final int MAX_PIECES = 200_000;

    private enum State {
        NEW,
        ESTABLISHED,
        RELATED,
        INVALID,
        UNTRACKED,
        SNAT,
        DNAT
    }

    /** A parsed {@code -A} line. */
    private record ChainRule(
            String chain,
            int position,
            SourceLine line,
            PacketBox box,
            String target,
            boolean goTo,
            boolean newTraffic,
            boolean dnatOnly) {
        String id() {
            return chain + "#" + position;
        }
    }

    /** One table's chains: policies and rules in order. */
    private static final class Table {
        final Map<String, String> policies = new LinkedHashMap<>();
        final Map<String, List<ChainRule>> chains = new LinkedHashMap<>();
        final Map<String, SourceLine> declared = new LinkedHashMap<>();
    }

    @Override
    public ImportResult read(String fileName, String text, @Nullable String device) {
        LineLedger ledger = new LineLedger(fileName);
        String dev = DeviceName.choose(null, device, fileName);
        List<RuleSet> sets = new ArrayList<>();
        try {
            Table filter = new Table();
            String table = null;
            List<Dnat4> dnats = new ArrayList<>();
            List<SourceLine> otherDrops = new ArrayList<>();
            boolean sawFilter = false;
            boolean sawNat = false;
            List<SourceLine> all = SourceLine.split(text);
            for (SourceLine line : all) {
                String t = line.trimmed();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                ledger.read();
                if (t.startsWith("*")) {
                    table = t.substring(1).strip();
                    continue;
                }
                if (t.equals("COMMIT")) {
                    if (table == null) {
                        ledger.reject(line, "対応する表(*filter など)のない COMMIT です");
                    }
                    table = null;
                    continue;
                }
                if (table == null) {
                    ledger.reject(line, "表(*filter など)の外にある行です");
                    continue;
                }
                if (table.equals("nat")) {
                    sawNat = true;
                    natLine(t, line, dnats, ledger);
                    continue;
                }
                if (!table.equals("filter")) {
                    // mangle, raw, security: they mark and track; a DROP there filters, noted below
                    if (DROPS.matcher(t).find()) {
                        otherDrops.add(line);
                    }
                    continue;
                }
                sawFilter = true;
                if (t.startsWith(":")) {
                    chainLine(t, line, filter, ledger);
                } else {
                    ruleLine(t, line, filter, ledger);
                }
            }
            if (table != null) {
                ledger.reject(0, "", "COMMIT がないまま表 " + table + " が終わりました(途中で切れた出力の可能性があります)");
            }
            boolean forwardFilters = filter.chains.getOrDefault(FORWARD, List.of()).stream()
                            .anyMatch(r -> isVerdict(r.target()) || filter.chains.containsKey(r.target()))
                    || "DROP".equals(filter.policies.get(FORWARD));
            if (!forwardFilters && !otherDrops.isEmpty()) {
                // the only filtering is where netcheck does not look: it cannot prove anything either way
                SourceLine first =
                        all.stream().filter(l -> !l.isBlank()).findFirst().orElse(otherDrops.get(0));
                ledger.rejectLines(
                        all,
                        first,
                        1,
                        "filter 表の FORWARD が何も絞らず、通信を捨てているのは mangle/raw 表の規則("
                                + otherDrops.get(0).number()
                                + " 行目など)だけです。netcheck は filter 表だけで判定するため、このファイルからは区間分離を証明も否定もできません");
                return ledger.result(List.of());
            }
            for (SourceLine l : otherDrops) {
                ledger.reject(l, "mangle/raw 表で捨てる規則は評価しません(装置は報告より厳しい可能性があります)");
            }
            if (!filter.policies.containsKey(FORWARD)) {
                // no *filter (or no FORWARD chain): the kernel forwards everything
                ledger.reject(
                        0,
                        "",
                        sawFilter
                                ? "filter 表に FORWARD チェインがないため、転送は既定の ACCEPT として評価しました"
                                : "*filter 表がないため、転送は何も絞られていないもの(FORWARD ACCEPT)として評価しました");
                filter.policies.put(FORWARD, "ACCEPT");
            }
            if (sawNat && dnats.stream().noneMatch(d -> d.to() == null)) {
                expandDnat(filter, dnats, ledger);
            } else if (sawNat) {
                // a translation could not be read: such a rule stays as wide as written
                ledger.reject(0, "", "解釈できない DNAT 規則があるため、--ctstate DNAT の規則は宛先を絞らずに評価しました");
            } else if (filter.chains.values().stream().flatMap(List::stream).anyMatch(ChainRule::dnatOnly)) {
                // without the nat table the translations are unknown: such a rule stays as wide as written
                ledger.reject(0, "", "nat 表がないため、--ctstate DNAT の規則は宛先を絞らずに評価しました");
            }
            for (Map.Entry<String, String> chain : filter.policies.entrySet()) {
                // INPUT and OUTPUT carry the host's own traffic, never traffic between zones
                if (!chain.getKey().equals(FORWARD)) {
                    continue;
                }
                Action policy = chain.getValue().equals("ACCEPT") ? Action.PERMIT : Action.DENY;
                Flattener f = new Flattener(dev, chain.getKey(), fileName, filter, ledger, policy);
                f.flatten(chain.getKey(), List.of(PacketBox.ANY), new LinkedHashSet<>());
                sets.add(new RuleSet(dev, chain.getKey(), f.rules, policy));
            }
        } catch (RuntimeException e) {
            ledger.reject(0, "", "取り込み中に想定外のエラーが起きました: " + e);
        }
        return ledger.result(sets);
    }

    private static void chainLine(String t, SourceLine line, Table filter, LineLedger ledger) {
        List<String> w = Words.split(t.substring(1));
        if (w.size() < 2) {
            ledger.reject(line, "チェイン宣言の形式が不正です");
            return;
        }
        String name = w.get(0);
        String policy = w.get(1);
        if (BUILT_IN.contains(name) && !policy.equals("ACCEPT") && !policy.equals("DROP")) {
            ledger.reject(line, "組み込みチェインのポリシー " + policy + " は不明です(DROP として扱います)");
        }
        filter.policies.put(name, policy);
        filter.declared.put(name, line);
        filter.chains.computeIfAbsent(name, k -> new ArrayList<>());
    }

    private static void ruleLine(String t, SourceLine line, Table filter, LineLedger ledger) {
        List<String> w = new ArrayList<>(Words.split(t));
        if (!w.isEmpty() && w.get(0).matches("\\[\\d+:\\d+]")) {
            w.remove(0); // counters from iptables-save -c
        }
        if (w.size() < 2 || !w.get(0).equals("-A")) {
            ledger.reject(line, "iptables-save の行として解釈できません(-A で始まる規則を想定しています)");
            return;
        }
        String chain = w.get(1);
        List<ChainRule> rules = filter.chains.computeIfAbsent(chain, k -> new ArrayList<>());
        int position = rules.size() + 1;
        RuleParser p = new RuleParser(w.subList(2, w.size()));
        p.parse();
        // a logging or marking rule decides nothing, so its unmodelled conditions do not matter
        boolean widenedDeny = false;
        if (!p.target.isEmpty() && !NON_TERMINATING.contains(p.target)) {
            for (String problem : p.problems) {
                ledger.reject(line, problem);
            }
            if (!p.problems.isEmpty() && (p.target.equals("DROP") || p.target.equals("REJECT"))) {
                ledger.reject(line, Widening.DISABLED_DENY);
                widenedDeny = true;
            }
        }
        if (!filter.declared.containsKey(chain)) {
            ledger.reject(line, "宣言されていないチェイン " + chain + " への規則です");
        }
        // a disabled deny is emitted like a replies-only rule: visible, never matching
        rules.add(new ChainRule(
                chain, position, line, p.box(), p.target, p.goTo, p.newTraffic() && !widenedDeny, p.dnatOnly()));
    }

    /** Reads the matches and target of one {@code -A} line. */
    private static final class RuleParser {
        final List<String> w;
        final List<String> problems = new ArrayList<>();
        AddressSet src = AddressSet.ANY;
        AddressSet dst = AddressSet.ANY;
        ServiceSet protocol = ServiceSet.ANY;
        int protocolNumber = Service.ANY_PROTOCOL;
        boolean protocolNegated;

        @Nullable
        ServiceSet ports;

        List<String> in = List.of();
        List<String> out = List.of();

        @Nullable
        EnumSet<State> states;

        String target = "";
        boolean goTo;
        int i;

        RuleParser(List<String> words) {
            this.w = words;
        }

        void parse() {
            while (i < w.size()) {
                boolean negated = false;
                String opt = w.get(i++);
                if (opt.equals("!")) {
                    negated = true;
                    if (i >= w.size()) {
                        problems.add("! の後に条件がありません");
                        return;
                    }
                    opt = w.get(i++);
                }
                if (i < w.size() && w.get(i).equals("!")) {
                    negated = true; // old placement: -s ! 10.0.0.0/8
                    i++;
                }
                try {
                    option(opt, negated);
                } catch (RuntimeException e) {
                    problems.add("条件 " + opt + " の値を解釈できません: " + e.getMessage());
                }
            }
        }

        private String value(String opt) {
            if (i >= w.size()) {
                throw new IllegalArgumentException(opt + " の値がありません");
            }
            return w.get(i++);
        }

        private void option(String opt, boolean negated) {
            switch (opt) {
                case "-s", "--source", "--src" -> src = addresses(value(opt), negated);
                case "-d", "--destination", "--dst" -> dst = addresses(value(opt), negated);
                case "-p", "--protocol" -> {
                    protocolNumber = Service.protocolNumber(value(opt));
                    protocolNegated = negated;
                    ServiceSet one = protocolNumber == Service.ANY_PROTOCOL
                            ? ServiceSet.ANY
                            : ServiceSet.of(Service.protocol(protocolNumber));
                    protocol = negated ? one.complement() : one;
                }
                case "-i", "--in-interface" -> in = iface(value(opt), negated);
                case "-o", "--out-interface" -> out = iface(value(opt), negated);
                case "-m", "--match" -> value(opt); // the options that follow say what matters
                case "--dport", "--destination-port", "--dports", "--destination-ports" ->
                    ports = ports(value(opt), negated);
                case "--sport", "--source-port", "--sports", "--source-ports", "--ports" -> {
                    value(opt);
                    problems.add("送信元ポートの条件 " + opt + " は扱わず、全ポートとして扱います");
                }
                case "--state", "--ctstate" -> states = states(value(opt), negated);
                case "--src-range" -> src = addresses(value(opt), negated);
                case "--dst-range" -> dst = addresses(value(opt), negated);
                case "--comment" -> value(opt);
                case "--icmp-type", "--icmpv6-type" -> ports = icmpTypes(value(opt), negated);
                case "--tcp-flags", "--syn", "--tcp-option", "-f", "--fragment" -> {
                    // finer than the model: the rule is read as matching the whole protocol
                    skipValues();
                }
                case "-j", "--jump", "-g", "--goto" -> {
                    target = value(opt);
                    goTo = opt.equals("-g") || opt.equals("--goto");
                    i = w.size(); // the rest are the target's own options
                }
                default -> {
                    skipValues();
                    problems.add("条件 " + opt + " は扱わず、この条件がないものとして扱います");
                }
            }
        }

        private void skipValues() {
            while (i < w.size() && !w.get(i).startsWith("-") && !w.get(i).equals("!")) {
                i++;
            }
        }

        private static AddressSet addresses(String text, boolean negated) {
            List<AddressSet.Range> ranges = new ArrayList<>();
            for (String part : text.split(",")) {
                ranges.add(AddressSet.parseRange(part));
            }
            AddressSet set = AddressSet.fromRanges(ranges);
            return negated ? set.complement() : set;
        }

        private List<String> iface(String name, boolean negated) {
            if (negated) {
                problems.add("インターフェースの否定 ! " + name + " は扱わず、全インターフェースとして扱います");
                return List.of();
            }
            return List.of(name);
        }

        private ServiceSet ports(String text, boolean negated) {
            List<Service> out = new ArrayList<>();
            int proto = protocolNumber;
            if (!Service.hasPorts(proto) || protocolNegated) {
                throw new IllegalArgumentException("ポート条件には -p tcp または -p udp が必要です");
            }
            for (String part : text.split(",")) {
                String[] ends = part.split(":", -1);
                int from = ends[0].isEmpty() ? 0 : Integer.parseInt(ends[0]);
                int to = ends.length == 1 ? from : ends[1].isEmpty() ? 65535 : Integer.parseInt(ends[1]);
                out.add(new Service(proto, from, to));
            }
            ServiceSet set = new ServiceSet(out);
            return negated ? set.complement().intersect(ServiceSet.of(Service.protocol(proto))) : set;
        }

        /** {@code --icmp-type}: the message types (and codes) of {@code -p icmp} or {@code -p icmpv6}. */
        private ServiceSet icmpTypes(String text, boolean negated) {
            int proto = protocolNumber;
            if (!Service.hasTypeCode(proto) || protocolNegated) {
                throw new IllegalArgumentException("ICMP タイプ条件には -p icmp または -p icmpv6 が必要です");
            }
            ServiceSet set = IcmpTypes.iptables(text, proto);
            return negated ? set.complement().intersect(ServiceSet.of(Service.protocol(proto))) : set;
        }

        private static EnumSet<State> states(String text, boolean negated) {
            EnumSet<State> set = EnumSet.noneOf(State.class);
            for (String s : text.split(",")) {
                set.add(State.valueOf(s.strip().toUpperCase(Locale.ROOT)));
            }
            return negated ? EnumSet.complementOf(set) : set;
        }

        // DNAT and SNAT are set on the first packet of a translated connection too: only
        // ESTABLISHED, RELATED and INVALID never start a connection
        /** True when the rule matches only connections whose destination was translated. */
        boolean dnatOnly() {
            return states != null
                    && states.contains(State.DNAT)
                    && !states.contains(State.NEW)
                    && !states.contains(State.UNTRACKED);
        }

        boolean newTraffic() {
            return states == null
                    || states.contains(State.NEW)
                    || states.contains(State.UNTRACKED)
                    || states.contains(State.DNAT)
                    || states.contains(State.SNAT);
        }

        PacketBox box() {
            ServiceSet svc = ports != null ? ports : protocol;
            if (in.contains("lo") || out.contains("lo")) {
                // the loopback interface carries loopback addresses only, never a zone's traffic
                return new PacketBox(src.intersect(LOOPBACK), dst.intersect(LOOPBACK), svc, in, out);
            }
            return new PacketBox(src, dst, svc, in, out);
        }
    }

    /** Expands one built-in chain, following jumps into user chains. */
    private static final class Flattener {
        final String device;
        final String builtIn;
        final String file;
        final Table table;
        final LineLedger ledger;
        final Action policy;
        final List<Rule> rules = new ArrayList<>();
        final Set<Integer> reportedInexact = new LinkedHashSet<>();

        Flattener(String device, String builtIn, String file, Table table, LineLedger ledger, Action policy) {
            this.device = device;
            this.builtIn = builtIn;
            this.file = file;
            this.table = table;
            this.ledger = ledger;
            this.policy = policy;
        }

        /**
         * Emits the rules of {@code chain} for the packets in {@code reaching} (disjoint boxes of
         * packets that arrive at this chain undecided).
         */
        void flatten(String chain, List<PacketBox> reaching, Set<String> stack) {
            stack.add(chain);
            List<PacketBox> live = reaching;
            for (ChainRule r : table.chains.getOrDefault(chain, List.of())) {
                if (live.isEmpty()) {
                    break;
                }
                String target = r.target();
                if (!r.newTraffic()) {
                    if (isVerdict(target)) {
                        emit(r, r.box(), false, verdict(target));
                    }
                    continue;
                }
                List<PacketBox> pieces = new ArrayList<>();
                for (PacketBox b : live) {
                    b.and(r.box()).ifPresent(pieces::add);
                }
                if (isVerdict(target)) {
                    for (PacketBox p : pieces) {
                        emit(r, p, true, verdict(target));
                    }
                } else if (target.equals("RETURN")) {
                    if (chain.equals(builtIn)) {
                        // RETURN in a built-in chain applies the policy
                        for (PacketBox p : pieces) {
                            emit(r, p, true, policy);
                        }
                    }
                    live = subtract(live, r);
                } else if (table.chains.containsKey(target) && !BUILT_IN.contains(target)) {
                    if (stack.contains(target)) {
                        ledger.reject(r.line(), "チェイン " + target + " への循環した呼び出しです");
                    } else {
                        if (!pieces.isEmpty()) {
                            flatten(target, pieces, stack);
                        }
                        if (r.goTo()) {
                            // -g: what falls through the target does not come back here but
                            // returns to this chain's caller, as a RETURN would
                            if (chain.equals(builtIn)) {
                                for (PacketBox p : pieces) {
                                    emit(r, p, true, policy);
                                }
                            }
                            live = subtract(live, r);
                        }
                    }
                } else if (!target.isEmpty() && !NON_TERMINATING.contains(target)) {
                    ledger.reject(r.line(), "ターゲット " + target + " は扱わず、この規則を無視しました");
                }
                if (rules.size() > MAX_PIECES) {
                    ledger.reject(r.line(), "展開後の規則が多すぎるため、これ以降を打ち切りました");
                    break;
                }
            }
            stack.remove(chain);
        }

        private List<PacketBox> subtract(List<PacketBox> live, ChainRule r) {
            boolean[] inexact = {false};
            List<PacketBox> rest = new ArrayList<>();
            for (PacketBox b : live) {
                rest.addAll(b.minus(r.box(), inexact));
            }
            if (inexact[0] && reportedInexact.add(r.line().number())) {
                ledger.reject(r.line(), "RETURN のインターフェース条件を正確に差し引けないため、戻ったかもしれない通信には以降の許可規則だけを当てはめ、拒否規則では隠しません");
            }
            return rest;
        }

        private void emit(ChainRule r, PacketBox b, boolean enabled, Action action) {
            // a loose box may hold packets that left earlier: let it widen permits only
            enabled = enabled && !(b.loose() && action == Action.DENY);
            rules.add(new Rule(
                    device,
                    builtIn,
                    r.id(),
                    action,
                    b.src(),
                    b.dst(),
                    b.services(),
                    b.in(),
                    b.out(),
                    enabled,
                    file,
                    r.line().number()));
        }
    }

    private static final java.util.regex.Pattern DROPS =
            java.util.regex.Pattern.compile("(^|\\s)(-j|--jump)\\s+(DROP|REJECT)(\\s|$)");

    /** A DNAT rule of the nat table: the packets it matches and where it sends them. */
    private record Dnat4(PacketBox box, @Nullable AddressSet to, int @Nullable [] port, SourceLine line) {}

    /** Reads a {@code -j DNAT --to-destination A[-B][:P[-Q]]} rule of the nat table; other nat rules do not forward. */
    private static void natLine(String t, SourceLine line, List<Dnat4> dnats, LineLedger ledger) {
        if (t.startsWith(":")) {
            return;
        }
        List<String> w = new ArrayList<>(Words.split(t));
        if (!w.isEmpty() && w.get(0).matches("\\[\\d+:\\d+]")) {
            w.remove(0);
        }
        int j = Math.max(w.indexOf("-j"), w.indexOf("--jump"));
        if (w.size() < 2
                || !w.get(0).equals("-A")
                || j < 0
                || j + 1 >= w.size()
                || !w.get(j + 1).equals("DNAT")) {
            return; // SNAT, MASQUERADE, REDIRECT (to the host itself), RETURN, jumps: nothing crosses to another host
        }
        String chain = w.get(1);
        if (chain.equals("POSTROUTING") || chain.equals("INPUT")) {
            return;
        }
        RuleParser p = new RuleParser(w.subList(2, w.size()));
        p.parse();
        String to = null;
        for (int k = j + 2; k + 1 < w.size(); k++) {
            if (w.get(k).equals("--to-destination") || w.get(k).equals("--to")) {
                to = w.get(k + 1);
            }
        }
        if (to == null) {
            ledger.reject(line, "DNAT の変換先(--to-destination)がありません: この変換は評価できません");
            dnats.add(new Dnat4(p.box(), null, null, line));
            return;
        }
        try {
            String address = to;
            int[] port = null;
            int colon = to.lastIndexOf(':');
            if (to.startsWith("[")) {
                int close = to.indexOf(']');
                address = to.substring(1, close);
                if (close + 1 < to.length() && to.charAt(close + 1) == ':') {
                    port = Dnat.ports(to.substring(close + 2));
                }
            } else if (colon >= 0 && to.indexOf(':') == colon) {
                address = to.substring(0, colon);
                port = Dnat.ports(to.substring(colon + 1));
                if (port == null) {
                    throw new IllegalArgumentException("ポート " + to.substring(colon + 1));
                }
            }
            AddressSet target = address.isEmpty() ? p.box().dst() : AddressSet.of(address);
            for (String problem : p.problems) {
                ledger.reject(line, problem + "(DNAT の条件)");
            }
            dnats.add(new Dnat4(p.box(), target, port, line));
        } catch (RuntimeException e) {
            ledger.reject(line, "DNAT の変換先 " + to + " を解釈できません: この変換は評価できません");
            dnats.add(new Dnat4(p.box(), null, null, line));
        }
    }

    /**
     * A FORWARD rule that accepts only translated connections ({@code --ctstate DNAT}) passes
     * exactly what the nat table's DNAT rules send on: each becomes one piece per DNAT rule,
     * towards the translated address and port.
     */
    private static void expandDnat(Table filter, List<Dnat4> dnats, LineLedger ledger) {
        for (Map.Entry<String, List<ChainRule>> chain : filter.chains.entrySet()) {
            List<ChainRule> out = new ArrayList<>();
            for (ChainRule r : chain.getValue()) {
                if (!r.dnatOnly() || !r.newTraffic()) {
                    out.add(r);
                    continue;
                }
                boolean any = false;
                for (Dnat4 d : dnats) {
                    PacketBox after = new PacketBox(
                            d.box().src(),
                            java.util.Objects.requireNonNull(d.to()),
                            Dnat.translate(d.box().services(), d.port()),
                            d.box().in(),
                            List.of());
                    var piece = r.box().and(after);
                    if (piece.isPresent()) {
                        any = true;
                        out.add(new ChainRule(
                                r.chain(), r.position(), r.line(), piece.get(), r.target(), r.goTo(), true, true));
                    }
                }
                if (!any) {
                    // no DNAT rule reaches it: the rule matches nothing, keep it visible as such
                    out.add(new ChainRule(
                            r.chain(),
                            r.position(),
                            r.line(),
                            new PacketBox(AddressSet.EMPTY, AddressSet.EMPTY, ServiceSet.EMPTY, List.of(), List.of()),
                            r.target(),
                            r.goTo(),
                            true,
                            true));
                }
            }
            chain.setValue(out);
        }
    }

    private static final Set<String> NON_TERMINATING =
            Set.of("LOG", "NFLOG", "ULOG", "MARK", "CONNMARK", "TCPMSS", "CT", "NOTRACK", "TRACE", "AUDIT", "CLASSIFY");

    private static boolean isVerdict(String target) {
        return target.equals("ACCEPT") || target.equals("DROP") || target.equals("REJECT");
    }

    private static Action verdict(String target) {
        return target.equals("ACCEPT") ? Action.PERMIT : Action.DENY;
    }
}
