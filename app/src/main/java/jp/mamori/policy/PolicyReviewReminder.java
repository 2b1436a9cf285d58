package jp.mamori.policy;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.mamori.notification.Notice;
import jp.mamori.notification.Reminder;
import jp.mamori.organization.Directory;
import jp.mamori.organization.PersonSummary;
import jp.mamori.policy.PolicyEvent.ReviewReminded;
import jp.mamori.shared.Role;
import jp.mamori.shared.Wareki;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Reminds the owners of each document whose review (見直し) is due within
 * {@code mamori.policy.review.notice-days} (30) or overdue: the 情報セキュリティ責任者 of the owner unit
 * and the 統括情報セキュリティ責任者. Every Monday at 09:00 Japan time by default
 * ({@code mamori.policy.review.reminder-cron}, {@code -} switches it off).
 */
@Component
class PolicyReviewReminder implements Reminder<DueReview> {
    private final PolicyReviews reviews;
    private final Directory directory;
    private final ApplicationEventPublisher events;
    private final String cron;
    private final int noticeDays;

    PolicyReviewReminder(
            PolicyReviews reviews,
            Directory directory,
            ApplicationEventPublisher events,
            @Value("${mamori.policy.review.reminder-cron:0 0 9 * * MON}") String cron,
            @Value("${mamori.policy.review.notice-days:30}") int noticeDays) {
        this.reviews = reviews;
        this.directory = directory;
        this.events = events;
        this.cron = cron;
        this.noticeDays = noticeDays;
    }

    @Override
    public String name() {
        return "policy.review";
    }

    @Override
    public String cron() {
        return cron;
    }

    @Override
    public List<DueReview> due(LocalDate day) {
        return reviews.dueWithin(day, noticeDays);
    }

    @Override
    public String key(DueReview review) {
        return Long.toString(review.documentId());
    }

    @Override
    public List<Long> recipients(DueReview review) {
        LocalDate today = reviews.today();
        Set<Long> people = new LinkedHashSet<>();
        for (Role role : List.of(Role.SECURITY_OFFICER, Role.CHIEF_SECURITY_OFFICER)) {
            directory.holdersFor(role, review.ownerUnitId(), today).stream()
                    .map(PersonSummary::id)
                    .forEach(people::add);
        }
        return List.copyOf(people);
    }

    @Override
    public Notice notice(DueReview review, long personId) {
        boolean overdue = review.overdue(reviews.today());
        String title = "【見直し" + (overdue ? "期限超過" : "予定") + "】" + review.title() + "の見直し期限は"
                + Wareki.japanese(review.dueOn()) + "です";
        String body = review.title() + "は" + review.cycleMonths() + "か月ごとに見直します（起算日："
                + Wareki.japanese(review.countedFrom()) + "）。\n監査・自己点検の結果、インシデント、法令やガイドライン、"
                + "組織の変更を踏まえて見直しを記録してください。";
        String link = review.openReviewId() == null ? "/policy-reviews" : "/policy-reviews/" + review.openReviewId();
        return new Notice(personId, "policy.review.due", title, body, link);
    }

    @Override
    public void reminded(DueReview review, List<Long> people, Round round) {
        events.publishEvent(
                new ReviewReminded(review.documentId(), round.actor(), round.trigger(), review.dueOn(), people.size()));
    }
}
