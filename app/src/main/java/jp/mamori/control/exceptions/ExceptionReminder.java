package jp.mamori.control.exceptions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.mamori.control.ControlEvent;
import jp.mamori.control.catalogue.ControlSettings;
import jp.mamori.notification.Notice;
import jp.mamori.notification.Reminder;
import jp.mamori.organization.Directory;
import jp.mamori.organization.PersonSummary;
import jp.mamori.shared.Role;
import jp.mamori.shared.Wareki;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The reminder of exceptions that end soon or have ended: every day at 09:00 Japan time by default
 * ({@code mamori.controls.exception-reminder-cron}, {@code -} switches it off), an approved
 * exception whose last day lies at most {@code mamori.controls.reminder-days} (30) days ahead
 * reminds its requester and the unit's 情報セキュリティ管理者 — once when it enters that window, then
 * weekly, and again on the first day after it ended; from then on it is an expired exception (a
 * finding, audited once as {@code control.exception.expired}) and the decider is told too, weekly,
 * until it is renewed or revoked. An exception whose renewal is waiting for a decision is not
 * reminded about.
 */
@Component
class ExceptionReminder implements Reminder<ControlException> {
    static final String NAME = "control.exception.expiry";

    private final ExceptionRepository repository;
    private final Directory directory;
    private final ControlSettings settings;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final String cron;
    private final Clock clock;

    ExceptionReminder(
            ExceptionRepository repository,
            Directory directory,
            ControlSettings settings,
            MessageSource messages,
            ApplicationEventPublisher events,
            @Value("${mamori.controls.exception-reminder-cron:0 0 9 * * *}") String cron,
            Clock clock) {
        this.clock = clock;
        this.repository = repository;
        this.directory = directory;
        this.settings = settings;
        this.messages = messages;
        this.events = events;
        this.cron = cron;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String cron() {
        return cron;
    }

    @Override
    public List<ControlException> due(LocalDate day) {
        return repository.approvedEndingBy(day.plusDays(settings.reminderDays())).stream()
                .filter(e -> isDue(e, day))
                .filter(e ->
                        repository.renewalsOf(e.id()).stream().noneMatch(r -> r.state() == ExceptionState.REQUESTED))
                .toList();
    }

    /** Once on entering the window, then weekly; and on the first day after the last one. */
    static boolean isDue(ControlException e, LocalDate day) {
        LocalDate last = e.remindedOn();
        if (last == null) {
            return true;
        }
        boolean firstDayExpired = day.isAfter(e.endsOn()) && !last.isAfter(e.endsOn());
        return firstDayExpired || !last.plusDays(7).isAfter(day);
    }

    @Override
    public String key(ControlException e) {
        return e.reference();
    }

    /** The requester, the unit's 情報セキュリティ管理者 and, once it has ended, the holders of the decider role. */
    @Override
    public List<Long> recipients(ControlException e) {
        LocalDate today = LocalDate.now(clock);
        Set<Long> people = new LinkedHashSet<>();
        if (e.requestedByPerson() != null) {
            people.add(e.requestedByPerson());
        }
        directory.holdersFor(Role.SECURITY_MANAGER, e.unitId(), today).stream()
                .map(PersonSummary::id)
                .forEach(people::add);
        if (today.isAfter(e.endsOn())) {
            directory.holders(settings.exceptionDecider(), today).stream()
                    .map(PersonSummary::id)
                    .forEach(people::add);
        }
        return List.copyOf(people);
    }

    @Override
    public Notice notice(ControlException e, long personId) {
        String key = LocalDate.now(clock).isAfter(e.endsOn()) ? "expired" : "ending";
        String title = messages.getMessage(
                "control.exception.reminder." + key + ".title",
                new Object[] {e.reference(), e.measureId()},
                Locale.JAPANESE);
        String body = messages.getMessage(
                "control.exception.reminder." + key + ".body",
                new Object[] {e.reference(), e.measureId(), e.measureTitle(), Wareki.japanese(e.endsOn())},
                Locale.JAPANESE);
        return new Notice(personId, NAME, title, body, "/exceptions/" + e.reference());
    }

    @Override
    public void reminded(ControlException e, List<Long> people, Round round) {
        repository.reminded(e.id(), round.day());
        events.publishEvent(new ControlEvent.ExceptionReminded(
                e.reference(), round.actor(), round.trigger(), e.endsOn().toString(), people.size()));
        if (round.day().isAfter(e.endsOn()) && e.expiryNotedOn() == null) {
            repository.expiryNoted(e.id(), round.day());
            events.publishEvent(new ControlEvent.ExceptionExpired(
                    e.reference(), round.actor(), e.endsOn().toString()));
        }
    }
}
