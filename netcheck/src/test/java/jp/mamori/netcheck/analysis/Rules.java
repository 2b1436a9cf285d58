package jp.mamori.netcheck.analysis;

import java.util.List;
import jp.mamori.netcheck.model.Action;
import jp.mamori.netcheck.model.AddressSet;
import jp.mamori.netcheck.model.Rule;
import jp.mamori.netcheck.model.ServiceSet;

/** Small fixture factory for rules in tests. */
final class Rules {
    private Rules() {}

    static Rule rule(String id, Action action, String src, String dst, String svc) {
        return new Rule(
                "fw1",
                "policy",
                id,
                action,
                AddressSet.of(src.split(",")),
                AddressSet.of(dst.split(",")),
                ServiceSet.parse(svc.split(",")),
                List.of(),
                List.of(),
                true,
                "fw1.conf",
                Integer.parseInt(id.replaceAll("\\D", "0")) * 10);
    }

    static Rule permit(String id, String src, String dst, String svc) {
        return rule(id, Action.PERMIT, src, dst, svc);
    }

    static Rule deny(String id, String src, String dst, String svc) {
        return rule(id, Action.DENY, src, dst, svc);
    }

    static Rule onInterfaces(Rule r, List<String> in, List<String> out) {
        return new Rule(
                r.device(),
                r.filter(),
                r.id(),
                r.action(),
                r.sources(),
                r.destinations(),
                r.services(),
                in,
                out,
                r.enabled(),
                r.file(),
                r.line());
    }

    static Rule disabled(Rule r) {
        return new Rule(
                r.device(),
                r.filter(),
                r.id(),
                r.action(),
                r.sources(),
                r.destinations(),
                r.services(),
                r.sourceInterfaces(),
                r.destinationInterfaces(),
                false,
                r.file(),
                r.line());
    }
}
