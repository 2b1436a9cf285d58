package jp.mamori.audit.engagement;

/** A contractor of the supplier register in an engagement's scope: its id there and its name when picked. */
public record ContractorRef(long id, String name) {}
