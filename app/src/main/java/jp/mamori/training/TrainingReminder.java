package jp.mamori.training;

import java.time.LocalDate;
import java.util.List;
import jp.mamori.notification.Notice;
import jp.mamori.notification.Reminder;
import jp.mamori.shared.Wareki;
import jp.mamori.training.TrainingEvent.Reminded;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Reminds each person of every course of this 年度 they still owe that falls due within
 * {@code mamori.training.reminder-days-ahead} days (7 by default) or is past due: Mondays at 09:00
 * Japan time by default ({@code mamori.training.reminder-cron}, {@code -} switches it off).
 */
@Component
class TrainingReminder implements Reminder<Obligation> {
    private final Completions completions;
    private final ApplicationEventPublisher events;
    private final String cron;
    private final int daysAhead;

    TrainingReminder(
            Completions completions,
            ApplicationEventPublisher events,
            @Value("${mamori.training.reminder-cron:0 0 9 * * MON}") String cron,
            @Value("${mamori.training.reminder-days-ahead:7}") int daysAhead) {
        this.completions = completions;
        this.events = events;
        this.cron = cron;
        this.daysAhead = daysAhead;
    }

    @Override
    public String name() {
        return "training.owed";
    }

    @Override
    public String cron() {
        return cron;
    }

    @Override
    public List<Obligation> due(LocalDate day) {
        return completions.dueWithin(day, daysAhead);
    }

    @Override
    public String key(Obligation o) {
        return o.courseId() + ":" + o.member().personId();
    }

    @Override
    public List<Long> recipients(Obligation o) {
        return List.of(o.member().personId());
    }

    @Override
    public Notice notice(Obligation o, long personId) {
        boolean late = o.dueDate().isBefore(completions.today());
        String title = late ? "研修「" + o.courseTitle() + "」の受講期限が過ぎています" : "研修「" + o.courseTitle() + "」の受講期限が近づいています";
        String body = o.courseTitle() + "\n期限：" + Wareki.japanese(o.dueDate()) + "\n未受講の研修は「受講する研修」の画面で確認できます。";
        return new Notice(personId, "training.owed", title, body, "/training/mine");
    }

    @Override
    public void reminded(Obligation o, List<Long> people, Round round) {
        events.publishEvent(new Reminded(o.courseId(), round.actor(), o.member().personId(), round.trigger()));
    }
}
