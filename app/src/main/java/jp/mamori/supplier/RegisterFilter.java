package jp.mamori.supplier;

import org.jspecify.annotations.Nullable;

/**
 * The filter of a register's list (contractors, cloud services, SNS accounts): words to look for —
 * each register says in which of its columns — and whether to show only the records with findings.
 */
public record RegisterFilter(@Nullable String text, boolean withFindings) {}
