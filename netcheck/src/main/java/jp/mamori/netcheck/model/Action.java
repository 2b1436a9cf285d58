package jp.mamori.netcheck.model;

/** What a firewall rule does with the traffic it matches. */
public enum Action {
    /** Pass the traffic (accept, allow, pass, permit). */
    PERMIT,
    /** Drop or reject the traffic. */
    DENY,
    /** iptables RETURN or a jump back: leave this chain and continue in the caller. */
    RETURN
}
