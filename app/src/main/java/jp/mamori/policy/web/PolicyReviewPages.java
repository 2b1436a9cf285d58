package jp.mamori.policy.web;

import jp.mamori.policy.PolicyReview;
import jp.mamori.policy.PolicyReviews;
import jp.mamori.policy.ReviewConclusion;
import jp.mamori.policy.ReviewInputKind;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.web.form.Flash;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review (見直し) pages: the schedule of the documents the user follows with their reviews, and
 * one review with its inputs and conclusion. The services check who may do what.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class PolicyReviewPages {
    private final PolicyReviews reviews;

    PolicyReviewPages(PolicyReviews reviews) {
        this.reviews = reviews;
    }

    @GetMapping("/policy-reviews")
    @PreAuthorize("@policyReviews.mayList()")
    public String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("schedule", reviews.schedule());
        model.addAttribute("result", reviews.list(page, 50));
        model.addAttribute("today", reviews.today());
        return "policy/reviews";
    }

    @PostMapping("/policy-reviews")
    @PreAuthorize("isAuthenticated()")
    public String start(@RequestParam long documentId, RedirectAttributes redirect) {
        PolicyReview review = reviews.start(documentId);
        Flash.notice(redirect, "policy.review.started");
        return "redirect:/policy-reviews/" + review.id();
    }

    @PostMapping("/policies/{id}/review-cycle")
    @PreAuthorize("isAuthenticated()")
    public String cycle(
            @PathVariable long id, @RequestParam(defaultValue = "0") int months, RedirectAttributes redirect) {
        try {
            reviews.setCycle(id, months);
            Flash.notice(redirect, "policy.review.cycleSet");
        } catch (InvalidInputException e) {
            Flash.alert(redirect, e);
        }
        return "redirect:/policy-reviews";
    }

    @GetMapping("/policy-reviews/{id}")
    @PreAuthorize("isAuthenticated()")
    public String show(@PathVariable long id, Model model) {
        PolicyReview review = reviews.review(id);
        model.addAttribute("review", review);
        model.addAttribute("inputs", reviews.inputs(id));
        model.addAttribute("mayWork", reviews.mayWork(review));
        model.addAttribute("needsCommittee", reviews.needsCommittee(review));
        model.addAttribute("decisions", reviews.usableDecisions(review));
        model.addAttribute("kinds", ReviewInputKind.values());
        model.addAttribute("conclusions", ReviewConclusion.values());
        return "policy/review";
    }

    @PostMapping("/policy-reviews/{id}/inputs")
    @PreAuthorize("isAuthenticated()")
    public String input(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable ReviewInputKind kind,
            @RequestParam(defaultValue = "") String reference,
            @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        try {
            reviews.addInput(id, kind, reference, note);
            Flash.notice(redirect, "policy.review.inputAdded");
        } catch (InvalidInputException e) {
            Flash.alert(redirect, e);
        }
        return "redirect:/policy-reviews/" + id;
    }

    @PostMapping("/policy-reviews/{id}/conclude")
    @PreAuthorize("isAuthenticated()")
    public String conclude(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable ReviewConclusion conclusion,
            @RequestParam(defaultValue = "") String reasoning,
            @RequestParam(required = false) @Nullable Long decisionId,
            RedirectAttributes redirect) {
        try {
            PolicyReview review = reviews.conclude(id, conclusion, reasoning, decisionId);
            Flash.notice(
                    redirect,
                    review.revisionId() == null ? "policy.review.concluded" : "policy.review.concludedRevise");
        } catch (InvalidInputException e) {
            Flash.alert(redirect, e);
        }
        return "redirect:/policy-reviews/" + id;
    }
}
