package jp.mamori.supplier;

/**
 * An incident linked to a contract or an SNS account: its 受付番号, its id (for the link to its page)
 * and, for SNS accounts, what happened ({@code HIJACK} 乗っ取り, {@code MISPOST} 誤投稿; empty otherwise).
 */
public record LinkedIncident(String reference, String incidentId, String kind) {}
