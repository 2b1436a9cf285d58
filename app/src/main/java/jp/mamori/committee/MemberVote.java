package jp.mamori.committee;

/** How one member voted on a decision. */
public record MemberVote(long personId, String name, Vote vote) {}
