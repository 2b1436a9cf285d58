package jp.mamori.audit;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.mamori.audit.AuditEvent.ActionReminded;
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
 * Reminds the unit's 情報セキュリティ管理者 and 情報セキュリティ責任者 of each open corrective action past its
 * due date, on weekdays at 08:30 Japan time by default
 * ({@code mamori.audit.corrective-action.reminder-cron}, {@code -} switches it off).
 */
@Component
class CorrectiveActionReminder implements Reminder<CorrectiveAction> {
    private final CorrectiveActions actions;
    private final Directory directory;
    private final ApplicationEventPublisher events;
    private final String cron;

    CorrectiveActionReminder(
            CorrectiveActions actions,
            Directory directory,
            ApplicationEventPublisher events,
            @Value("${mamori.audit.corrective-action.reminder-cron:0 30 8 * * MON-FRI}") String cron) {
        this.actions = actions;
        this.directory = directory;
        this.events = events;
        this.cron = cron;
    }

    @Override
    public String name() {
        return "audit.corrective-action";
    }

    @Override
    public String cron() {
        return cron;
    }

    @Override
    public List<CorrectiveAction> due(LocalDate day) {
        return actions.overdue(day);
    }

    @Override
    public String key(CorrectiveAction action) {
        return Long.toString(action.id());
    }

    @Override
    public List<Long> recipients(CorrectiveAction action) {
        LocalDate today = actions.today();
        Set<Long> people = new LinkedHashSet<>();
        for (Role role : List.of(Role.SECURITY_MANAGER, Role.SECURITY_OFFICER)) {
            directory.holdersFor(role, action.unitId(), today).stream()
                    .map(PersonSummary::id)
                    .forEach(people::add);
        }
        return List.copyOf(people);
    }

    @Override
    public Notice notice(CorrectiveAction action, long personId) {
        String title = "改善措置 " + action.number() + " の期限が過ぎています（" + action.unitName() + "）";
        String body = action.title() + "\n期限：" + Wareki.japanese(action.dueDate()) + "\n計画と進捗を記入し、完了したら完了を報告してください。";
        return new Notice(
                personId, "audit.corrective-action.overdue", title, body, "/corrective-actions/" + action.id());
    }

    @Override
    public void reminded(CorrectiveAction action, List<Long> people, Round round) {
        events.publishEvent(new ActionReminded(action.id(), round.actor(), round.trigger(), people.size()));
    }
}
