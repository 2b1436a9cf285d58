package jp.mamori.policy;

/** A document with the revision in force on some day. */
public record InForce(PolicyDocument document, Revision revision) {}
