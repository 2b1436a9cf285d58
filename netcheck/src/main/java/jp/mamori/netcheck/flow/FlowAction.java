package jp.mamori.netcheck.flow;

/** What the device that logged a flow did with it, as far as the log says. */
public enum FlowAction {
    /** The traffic passed (FortiGate close/timeout/accept, Palo Alto allow, …). */
    PERMITTED,
    /** The device dropped, denied or reset the traffic: an attempt, not a breach. */
    BLOCKED,
    /** The log does not say (NetFlow, Zeek, CSV without action). Audited as traffic that passed. */
    UNKNOWN
}
