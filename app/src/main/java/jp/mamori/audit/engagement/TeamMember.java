package jp.mamori.audit.engagement;

/** An auditor on an engagement's team; the lead auditor (主任監査人) issues the reports. */
public record TeamMember(long personId, String name, boolean lead) {}
