package jp.mamori.committee;

/** A person on the committee on a day: the appointed chair, or a holder of the committee role. */
public record Member(long personId, String name, Seat seat) {}
