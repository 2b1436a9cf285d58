package jp.mamori.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.mamori.committee.DecisionMatters;
import jp.mamori.committee.Matter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The revisions in approval whose committee step is still open, offered to the committee as matters
 * to decide (kind {@code policy-revision}).
 */
@Component
class RevisionMatters implements DecisionMatters {
    private final RevisionRepository revisions;
    private final PolicyRepository documents;
    private final MessageSource messages;

    RevisionMatters(RevisionRepository revisions, PolicyRepository documents, MessageSource messages) {
        this.revisions = revisions;
        this.documents = documents;
        this.messages = messages;
    }

    @Override
    public List<Matter> awaiting() {
        Map<Long, PolicyDocument> byId =
                documents.all().stream().collect(Collectors.toMap(PolicyDocument::id, Function.identity()));
        List<Matter> matters = new ArrayList<>();
        for (Revision r : revisions.inApproval()) {
            PolicyDocument document = byId.get(r.documentId());
            if (document != null && r.committeeStepOpen()) {
                matters.add(new Matter(
                        Revision.MATTER_KIND,
                        r.id(),
                        messages.getMessage(
                                "policy.matter.revision",
                                new Object[] {document.title(), r.number(), r.documentNumber()},
                                Locale.JAPANESE),
                        "/policies/" + r.documentId() + "/revisions/" + r.id()));
            }
        }
        return matters;
    }
}
