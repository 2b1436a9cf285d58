package jp.mamori.committee;

/** The life of a meeting: planned, held (attendance recorded), minutes approved (closed). */
public enum MeetingState {
    /** 開催予定. */
    PLANNED,
    /** 開催済: attendance recorded; decisions and minutes may be written. */
    HELD,
    /** 議事録承認済: the chair approved the minutes; nothing changes any more. */
    MINUTES_APPROVED;

    public String messageKey() {
        return "cmt.meeting.state." + name();
    }
}
