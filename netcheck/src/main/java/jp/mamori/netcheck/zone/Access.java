package jp.mamori.netcheck.zone;

import java.util.stream.Collectors;
import jp.mamori.netcheck.model.ServiceSet;

/** What a policy cell lets pass from one zone to another. */
public sealed interface Access {
    /** Nothing may pass: any permitted traffic is a violation. */
    record Deny() implements Access {
        @Override
        public String label() {
            return "deny";
        }

        @Override
        public int strictness() {
            return 3;
        }
    }

    /** Everything may pass. */
    record Allow() implements Access {
        @Override
        public String label() {
            return "allow";
        }

        @Override
        public int strictness() {
            return 0;
        }
    }

    /** Only the listed services may pass. */
    record AllowOnly(ServiceSet services) implements Access {
        @Override
        public String label() {
            return "allow-only("
                    + services.services().stream().map(Object::toString).collect(Collectors.joining(","))
                    + ")";
        }

        @Override
        public int strictness() {
            return 1;
        }
    }

    /** Only traffic sent by a relay serving this pair, on the relay's services, may pass. */
    record ViaRelay() implements Access {
        @Override
        public String label() {
            return "via-relay";
        }

        @Override
        public int strictness() {
            return 2;
        }
    }

    Access DENY = new Deny();
    Access ALLOW = new Allow();
    Access VIA_RELAY = new ViaRelay();

    /** The zone file's word for this access, with the services of {@code allow-only}. */
    String label();

    /**
     * Orders accesses from the most open (0, allow) to the strictest (3, deny); among equally
     * specific cells the stricter wins, so a pair named by both {@code a→*} and {@code *→b} is
     * never opened by accident.
     */
    int strictness();
}
