package jp.mamori.supplier;

/**
 * A clause of the body's contract checklist. A required clause missing from a contract is a finding;
 * an inactive clause is no longer asked for (kept for the contracts that marked it).
 */
public record Clause(String code, String title, String description, boolean required, boolean active, int position) {}
