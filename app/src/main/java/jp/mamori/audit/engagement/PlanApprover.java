package jp.mamori.audit.engagement;

import jp.mamori.shared.Role;

/** Who approves the annual audit plan, as the body sets it: the CISO, or the committee (a member records its decision). */
public enum PlanApprover {
    CISO(Role.CISO),
    COMMITTEE(Role.COMMITTEE_MEMBER);

    private final Role role;

    PlanApprover(Role role) {
        this.role = role;
    }

    public Role role() {
        return role;
    }

    public String messageKey() {
        return "aud.plan.approver." + name();
    }
}
