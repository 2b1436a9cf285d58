package jp.mamori.organization;

/** A unit with its depth in the tree (0 for a top unit), for indented lists. */
record UnitNode(Unit unit, int depth) {}
