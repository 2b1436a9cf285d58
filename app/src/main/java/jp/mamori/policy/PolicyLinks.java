package jp.mamori.policy;

import java.text.Normalizer;
import java.util.Optional;
import jp.mamori.shared.LinkableRecords;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Policy documents as link targets, by their number (the one in {@code /policies/{number}}). The
 * title is given only to a reader of the document; the check is not a refusal to audit.
 */
@Component
class PolicyLinks implements LinkableRecords {
    private final PolicyRepository documents;
    private final PolicyAccess access;

    PolicyLinks(PolicyRepository documents, PolicyAccess access) {
        this.documents = documents;
        this.access = access;
    }

    @Override
    public Kind kind() {
        return Kind.POLICY;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Linked> find(String reference) {
        String digits = Normalizer.normalize(reference, Normalizer.Form.NFKC).strip();
        if (!digits.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return documents
                .find(Long.parseLong(digits))
                .map(d -> new Linked(
                        Kind.POLICY,
                        Long.toString(d.id()),
                        ReadingRule.allows(access.currentReader(), d) ? d.title() : null,
                        "/policies/" + d.id()));
    }
}
