package jp.mamori.home;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.mamori.notification.Notice;
import jp.mamori.notification.Reminder;
import jp.mamori.organization.Directory;
import jp.mamori.organization.PersonSummary;
import jp.mamori.shared.Wareki;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The daily digest (本日のやること): on weekdays at 07:00 Japan time by default
 * ({@code mamori.home.digest-cron}, {@code -} switches it off), every person in post with a mail
 * address who has not opted out and has something waiting receives their work list as one notice
 * (in the product and by mail through the outbox). The notification module claims each person's day
 * once across nodes, so nobody gets two digests on a day.
 */
@Component
class DailyDigest implements Reminder<DailyDigest.Digest> {
    static final String NAME = "home.digest";

    /** One person's digest: their list on the day. */
    record Digest(long personId, WorkList work) {}

    private final MyWork work;
    private final DigestChoices choices;
    private final Directory directory;
    private final MessageSource messages;
    private final String cron;
    private final String baseUrl;

    DailyDigest(
            MyWork work,
            DigestChoices choices,
            Directory directory,
            MessageSource messages,
            @Value("${mamori.home.digest-cron:0 0 7 * * MON-FRI}") String cron,
            @Value("${mamori.mail.base-url:}") String baseUrl) {
        this.work = work;
        this.choices = choices;
        this.directory = directory;
        this.messages = messages;
        this.cron = cron;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
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
    public List<Digest> due(LocalDate day) {
        return dueAmong(day, directory.peopleInPost(day));
    }

    /** The digests of those people on the day: each with a mail address, not opted out, with something waiting. */
    List<Digest> dueAmong(LocalDate day, List<PersonSummary> people) {
        Set<Long> out = choices.optedOut();
        List<Digest> due = new ArrayList<>();
        for (PersonSummary person : people) {
            if (out.contains(person.id()) || person.email().isBlank()) {
                continue;
            }
            WorkList list = work.of(person.id(), day);
            if (!list.isEmpty()) {
                due.add(new Digest(person.id(), list));
            }
        }
        return due;
    }

    @Override
    public String key(Digest digest) {
        return Long.toString(digest.personId());
    }

    @Override
    public List<Long> recipients(Digest digest) {
        return List.of(digest.personId());
    }

    @Override
    public Notice notice(Digest digest, long personId) {
        WorkList list = digest.work();
        String title = text(
                "home.digest.title", Wareki.japanese(list.asOf()), list.items().size(), list.count(Urgency.OVERDUE));
        StringBuilder body = new StringBuilder(text("home.digest.intro")).append("\n");
        for (WorkItem item : list.items()) {
            body.append("\n・【")
                    .append(text(item.urgency().messageKey()))
                    .append("】")
                    .append(text(item.kindKey()))
                    .append("：")
                    .append(item.subject());
            body.append("\n　")
                    .append(
                            item.dueOn() == null
                                    ? text("home.noDueDate")
                                    : text("home.digest.due", Wareki.japanese(item.dueOn())))
                    .append("　")
                    .append(baseUrl)
                    .append(item.link());
        }
        body.append("\n\n").append(text("home.digest.optOut"));
        return new Notice(personId, NAME, title, body.toString(), "/");
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.JAPANESE);
    }
}
