package jp.mamori.supplier;

/** What a person gives for a contractor; texts already trimmed. */
public record ContractorDraft(
        String name, String address, String contactName, String contactPhone, String contactEmail, String note) {}
