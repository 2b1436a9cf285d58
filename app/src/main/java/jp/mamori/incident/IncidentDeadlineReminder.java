package jp.mamori.incident;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.mamori.notification.Notice;
import jp.mamori.notification.Reminder;
import jp.mamori.organization.Directory;
import jp.mamori.organization.PersonSummary;
import jp.mamori.shared.Role;
import jp.mamori.shared.Wareki;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Reminds the CSIRT, the 統括情報セキュリティ責任者 and the CISO of each 速報 and 確報 not recorded as
 * submitted: two days before its due date, one day before, on the day, and every day it is overdue —
 * weekends and holidays included, because the days count on them too. The round runs daily at 08:00
 * Japan time by default ({@code mamori.incident.reminder-cron}, {@code -} switches it off); the
 * notification module claims each incident's kind once a day and sends in the product and by mail.
 * A recorded submission stops it (the countdown stops).
 */
@Component
class IncidentDeadlineReminder implements Reminder<IncidentDeadlineReminder.Due> {
    /** The roles reminded of every due report, whatever the severity. */
    static final List<Role> ROLES = List.of(Role.CSIRT, Role.CHIEF_SECURITY_OFFICER, Role.CISO);

    private final IncidentService incidents;
    private final Directory directory;
    private final ApplicationEventPublisher events;
    private final String cron;

    IncidentDeadlineReminder(
            IncidentService incidents,
            Directory directory,
            ApplicationEventPublisher events,
            @Value("${mamori.incident.reminder-cron:0 0 8 * * *}") String cron) {
        this.incidents = incidents;
        this.directory = directory;
        this.events = events;
        this.cron = cron;
    }

    /**
     * One report of one incident to remind about on a day.
     *
     * @param daysLeft days from the day to the due date, negative once past
     */
    record Due(
            IncidentId id,
            String reference,
            String title,
            ReportSubmission.Kind kind,
            LocalDate dueOn,
            long daysLeft) {}

    @Override
    public String name() {
        return "incident.report-deadline";
    }

    @Override
    public String cron() {
        return cron;
    }

    @Override
    public List<Due> due(LocalDate day) {
        List<Due> due = new ArrayList<>();
        for (IncidentLine line : incidents.runningDeadlines()) {
            ReportDeadlines deadlines = line.decision().deadlines();
            if (deadlines == null) {
                continue;
            }
            add(
                    due,
                    line,
                    ReportSubmission.Kind.PRELIMINARY,
                    line.preliminaryDaysLeft(),
                    deadlines.preliminaryReport(),
                    day);
            add(due, line, ReportSubmission.Kind.FINAL, line.finalDaysLeft(), deadlines.finalReport(), day);
        }
        return due;
    }

    private static void add(
            List<Due> due,
            IncidentLine line,
            ReportSubmission.Kind kind,
            @org.jspecify.annotations.Nullable Long running,
            LocalDate dueOn,
            LocalDate day) {
        if (running == null) {
            return; // submitted: the countdown stopped
        }
        long left = ChronoUnit.DAYS.between(day, dueOn);
        if (left <= IncidentLine.SOON_DAYS) {
            due.add(new Due(
                    line.summary().id(),
                    line.summary().reference(),
                    line.summary().title(),
                    kind,
                    dueOn,
                    left));
        }
    }

    @Override
    public String key(Due subject) {
        return subject.id().value() + ":" + subject.kind();
    }

    @Override
    public List<Long> recipients(Due subject) {
        LocalDate today = incidents.today();
        Set<Long> people = new LinkedHashSet<>();
        for (Role role : ROLES) {
            directory.holders(role, today).stream().map(PersonSummary::id).forEach(people::add);
        }
        return List.copyOf(people);
    }

    @Override
    public Notice notice(Due subject, long personId) {
        String kind = subject.kind() == ReportSubmission.Kind.PRELIMINARY ? "速報" : "確報";
        String when;
        if (subject.daysLeft() < 0) {
            when = "期限を" + (-subject.daysLeft()) + "日過ぎています";
        } else if (subject.daysLeft() == 0) {
            when = "本日が期限です";
        } else {
            when = "期限まであと" + subject.daysLeft() + "日です";
        }
        String title = "【報告期限】インシデント " + subject.reference() + " の" + kind + "：" + when;
        String body = subject.title() + "\n個人情報保護委員会への" + kind + "の期限：" + Wareki.japanese(subject.dueOn())
                + "\n提出したら、インシデントの画面で提出を記録してください（記録すると督促は止まります）。";
        return new Notice(personId, "incident.report-deadline", title, body, "/incidents/" + subject.id());
    }

    @Override
    public void reminded(Due subject, List<Long> people, Round round) {
        events.publishEvent(new IncidentEvent.IncidentDeadlineReminded(
                subject.id(),
                round.actor(),
                subject.kind().name(),
                subject.dueOn(),
                subject.daysLeft(),
                round.trigger(),
                people.size()));
    }
}
