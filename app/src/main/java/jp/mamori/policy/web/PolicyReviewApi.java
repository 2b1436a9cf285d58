package jp.mamori.policy.web;

import java.util.List;
import jp.mamori.policy.DueReview;
import jp.mamori.policy.PolicyReview;
import jp.mamori.policy.PolicyReviews;
import jp.mamori.policy.ReviewInput;
import jp.mamori.shared.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/policy-reviews}: the reviews (見直し) of the documents the caller follows, one review
 * with its inputs, and the schedule of next reviews. Read-only.
 */
@RestController
@PreAuthorize("isAuthenticated()")
class PolicyReviewApi {
    private final PolicyReviews reviews;

    PolicyReviewApi(PolicyReviews reviews) {
        this.reviews = reviews;
    }

    /** A review with its inputs. */
    record ReviewResource(PolicyReview review, List<ReviewInput> inputs) {}

    @GetMapping("/api/v1/policy-reviews")
    @PreAuthorize("@policyReviews.mayList()")
    public Page<PolicyReview> reviews(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return reviews.list(page, size);
    }

    @GetMapping("/api/v1/policy-reviews/due")
    @PreAuthorize("@policyReviews.mayList()")
    public List<DueReview> due() {
        return reviews.schedule();
    }

    @GetMapping("/api/v1/policy-reviews/{id}")
    @PreAuthorize("isAuthenticated()")
    public ReviewResource review(@PathVariable long id) {
        return new ReviewResource(reviews.review(id), reviews.inputs(id));
    }
}
