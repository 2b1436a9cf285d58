package jp.mamori.incident;

/**
 * An incident as loaded, with its 受付番号 (reference) for people to quote and the reporter's name
 * as it was when they reported.
 */
public record StoredIncident(Incident incident, String reference, String reporterName) {}
