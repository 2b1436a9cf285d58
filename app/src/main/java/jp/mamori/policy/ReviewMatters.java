package jp.mamori.policy;

import java.util.List;
import jp.mamori.committee.DecisionMatters;
import jp.mamori.committee.Matter;
import org.springframework.stereotype.Component;

/**
 * The open reviews of tiers concluded by the committee (the 基本方針 by default), offered to the
 * committee as matters to decide (kind {@code policy-review}).
 */
@Component
class ReviewMatters implements DecisionMatters {
    private final PolicyReviews reviews;

    ReviewMatters(PolicyReviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public List<Matter> awaiting() {
        return reviews.openForCommittee().stream()
                .map(r -> new Matter(
                        PolicyReview.MATTER_KIND,
                        r.id(),
                        r.documentTitle() + " の見直し（第" + r.id() + "号）",
                        "/policy-reviews/" + r.id()))
                .toList();
    }
}
