package jp.mamori.committee;

/** Who sits on the committee: the chair (委員長) or a member (委員). */
public enum Seat {
    CHAIR,
    MEMBER;

    public String messageKey() {
        return "cmt.seat." + name();
    }
}
