package jp.mamori.incident;

/** The triage verdict on something that is an incident: how serious, how urgent. */
public record Triage(Severity severity, Priority priority) {}
