package jp.mamori.netcheck.importer;

import java.util.ArrayList;
import java.util.List;
import jp.mamori.netcheck.model.Action;
import jp.mamori.netcheck.model.AddressSet;
import jp.mamori.netcheck.model.Rule;
import jp.mamori.netcheck.model.RuleSet;
import jp.mamori.netcheck.model.ServiceSet;
import org.jspecify.annotations.Nullable;

/**
 * The path of a packet through a device that filters it on the way in and again on the way out
 * (YAMAHA RTX {@code in}/{@code out} filters, Cisco ASA inbound and outbound access-groups): one
 * first-match list that permits exactly what both lists permit, for one pair of interfaces.
 */
final class Paths {
    /** The id of the rule that stands for "nothing filters this path". */
    static final String UNFILTERED = "(default)";

    private Paths() {}

    /** One list met on the way; {@code null} rules mean the interface has no such list (all passes). */
    record Stage(@Nullable List<Rule> rules, Action defaultAction) {
        static final Stage OPEN = new Stage(null, Action.PERMIT);

        boolean open() {
            return rules == null;
        }
    }

    /**
     * The composed list for traffic arriving on {@code from} and leaving by {@code to}: a deny of
     * the first stage stops the packet; a permit hands it to the second stage, whose rules (and
     * default) decide. Composed rule ids are {@code in+out} (e.g. {@code 200010+300020}), with the
     * line of the first stage's rule; a path no list filters is one permit-all rule {@value
     * #UNFILTERED} at line 0.
     */
    /** Past this many composed pieces the out list is left out (see {@link #tooLarge}). */
    static final long MAX_PIECES = 200_000;

    /**
     * True when composing the two lists would make more than {@link #MAX_PIECES} rules. The
     * composition then leaves the second list out: the path is read as wide as the first list
     * alone allows, which can only over-report; the importer notes it.
     */
    static boolean tooLarge(Stage first, Stage second) {
        return !first.open()
                && !second.open()
                && (long) first.rules().size() * second.rules().size() > MAX_PIECES;
    }

    static RuleSet compose(
            String device, String filter, String file, String from, String to, Stage first, Stage second) {
        if (tooLarge(first, second)) {
            second = Stage.OPEN;
        }
        List<Rule> out = new ArrayList<>();
        List<String> in = List.of(from);
        List<String> eg = List.of(to);
        if (first.open() && second.open()) {
            out.add(new Rule(
                    device,
                    filter,
                    UNFILTERED,
                    Action.PERMIT,
                    AddressSet.ANY,
                    AddressSet.ANY,
                    ServiceSet.ANY,
                    in,
                    eg,
                    true,
                    file,
                    0));
            return new RuleSet(device, filter, out, Action.DENY, RuleSet.Checks.PATHS);
        }
        if (first.open()) {
            for (Rule b : second.rules()) {
                out.add(retag(
                        b, filter, b.id(), b.action(), b.sources(), b.destinations(), b.services(), in, eg, b.line()));
            }
            return new RuleSet(device, filter, out, second.defaultAction(), RuleSet.Checks.PATHS);
        }
        for (Rule a : first.rules()) {
            if (!a.enabled()) {
                continue;
            }
            if (a.action() != Action.PERMIT || second.open()) {
                out.add(retag(
                        a, filter, a.id(), a.action(), a.sources(), a.destinations(), a.services(), in, eg, a.line()));
                continue;
            }
            for (Rule b : second.rules()) {
                if (!b.enabled()) {
                    continue;
                }
                AddressSet s = a.sources().intersect(b.sources());
                AddressSet d = a.destinations().intersect(b.destinations());
                ServiceSet v = a.services().intersect(b.services());
                if (s.isEmpty() || d.isEmpty() || v.isEmpty()) {
                    continue;
                }
                out.add(retag(a, filter, a.id() + "+" + b.id(), b.action(), s, d, v, in, eg, a.line())
                        .withUnresolved(b.unresolved()));
            }
            // what the second list does not match meets its default
            out.add(retag(
                    a,
                    filter,
                    a.id(),
                    second.defaultAction(),
                    a.sources(),
                    a.destinations(),
                    a.services(),
                    in,
                    eg,
                    a.line()));
        }
        if (first.defaultAction() == Action.PERMIT) {
            if (second.open()) {
                out.add(new Rule(
                        device,
                        filter,
                        UNFILTERED,
                        Action.PERMIT,
                        AddressSet.ANY,
                        AddressSet.ANY,
                        ServiceSet.ANY,
                        in,
                        eg,
                        true,
                        file,
                        0));
            } else {
                for (Rule b : second.rules()) {
                    out.add(retag(
                            b,
                            filter,
                            b.id(),
                            b.action(),
                            b.sources(),
                            b.destinations(),
                            b.services(),
                            in,
                            eg,
                            b.line()));
                }
                return new RuleSet(device, filter, out, second.defaultAction(), RuleSet.Checks.PATHS);
            }
        }
        return new RuleSet(device, filter, out, Action.DENY, RuleSet.Checks.PATHS);
    }

    private static Rule retag(
            Rule r,
            String filter,
            String id,
            Action action,
            AddressSet src,
            AddressSet dst,
            ServiceSet svc,
            List<String> in,
            List<String> out,
            int line) {
        return new Rule(r.device(), filter, id, action, src, dst, svc, in, out, r.enabled(), r.file(), line)
                .withUnresolved(r.unresolved());
    }
}
