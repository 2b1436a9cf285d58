package jp.mamori.committee;

/** Whether a member was at a meeting. */
public record Attendance(long personId, String name, Seat seat, boolean present) {}
