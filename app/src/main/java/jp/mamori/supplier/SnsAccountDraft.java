package jp.mamori.supplier;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a person gives for an SNS account: people by 職員番号. */
public record SnsAccountDraft(
        String platform,
        String account,
        String purpose,
        String procedureDocument,
        String postingRules,
        @Nullable Long unitId,
        String responsible,
        List<String> deputies,
        String credentialHolder,
        boolean secondFactor,
        String announcedAt) {
    public SnsAccountDraft {
        deputies = List.copyOf(deputies);
    }
}
