package jp.mamori.home.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.mamori.home.MyWork;
import jp.mamori.home.Urgency;
import jp.mamori.home.WorkItem;
import jp.mamori.home.WorkList;
import jp.mamori.shared.Wareki;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own work list, the same as on their home page. Nobody reads another person's list. */
@RestController
@Tag(name = "me", description = "The caller's work list (やること)")
class MyTasksApi {
    private final MyWork work;
    private final MessageSource messages;

    MyTasksApi(MyWork work, MessageSource messages) {
        this.work = work;
        this.messages = messages;
    }

    /**
     * One task: {@code kind} is stable (such as {@code policy.approval}), {@code label} names it in
     * the request's language, {@code dueOn} is ISO 8601 (null without a due date) and
     * {@code dueOnWareki} the same day in 和暦.
     */
    record TaskResource(
            String kind,
            String label,
            String subject,
            @Nullable LocalDate dueOn,
            @Nullable String dueOnWareki,
            @Nullable Long daysLeft,
            Urgency urgency,
            String link) {}

    /** {@code {"asOf":"2026-12-06","total":3,"overdue":1,"dueSoon":1,"complete":true,"items":[…]}}. */
    record TaskList(
            LocalDate asOf, int total, long overdue, long dueSoon, boolean complete, List<TaskResource> items) {}

    @Operation(
            summary = "List what is waiting for me",
            description = "Everything waiting for the caller today, most urgent first (OVERDUE, DUE_SOON, LATER).")
    @GetMapping(path = "/api/v1/me/tasks", produces = "application/json")
    @PreAuthorize("isAuthenticated()")
    public TaskList tasks() {
        WorkList list = work.mine();
        Locale locale = LocaleContextHolder.getLocale();
        List<TaskResource> items =
                list.items().stream().map(i -> resource(i, locale)).toList();
        return new TaskList(
                list.asOf(),
                items.size(),
                list.count(Urgency.OVERDUE),
                list.count(Urgency.DUE_SOON),
                list.complete(),
                items);
    }

    private TaskResource resource(WorkItem item, Locale locale) {
        return new TaskResource(
                item.kind(),
                messages.getMessage(item.kindKey(), null, item.kind(), locale),
                item.subject(),
                item.dueOn(),
                item.dueOn() == null ? null : Wareki.japanese(item.dueOn()),
                item.daysLeft(),
                item.urgency(),
                item.link());
    }
}
