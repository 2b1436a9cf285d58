package jp.mamori.organization;

/** A unit with its depth in the tree (0 for a top unit), for indented lists. */
public record UnitNode(Unit unit, int depth) {}
