package jp.mamori.notification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import jp.mamori.notification.Notices;
import jp.mamori.notification.StoredNotice;
import jp.mamori.shared.Page;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST API for the caller's own notices. Nobody reads another person's notices through it. */
@RestController
@Tag(name = "notifications", description = "The caller's notices (お知らせ)")
@RequestMapping(path = "/api/v1/notifications", produces = "application/json")
@PreAuthorize("isAuthenticated()")
class NotificationApi {
    private final Notices notices;

    NotificationApi(Notices notices) {
        this.notices = notices;
    }

    /** A notice as the API shows it; {@code mail} is NONE, PENDING, SENT or FAILED. */
    record NoticeResource(
            long id,
            String topic,
            String title,
            String body,
            String link,
            OffsetDateTime createdAt,
            @Nullable OffsetDateTime readAt,
            String mail) {
        static NoticeResource of(StoredNotice n) {
            return new NoticeResource(
                    n.id(),
                    n.topic(),
                    n.title(),
                    n.body(),
                    n.link(),
                    n.createdAt(),
                    n.readAt(),
                    n.mailState().name());
        }
    }

    /** {@code {"items":[…],"page":0,"size":30,"total":12,"unread":3}}. */
    record NoticeList(List<NoticeResource> items, int page, int size, long total, long unread) {}

    @Operation(summary = "List my notices", description = "Newest first, paged; unread counts all pages.")
    @GetMapping
    public NoticeList mine(
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "page size, 1–200") @RequestParam(defaultValue = "30") int size) {
        int[] bounds = Page.bounds(page, size);
        Page<StoredNotice> result = notices.mine(bounds[0], bounds[1]);
        return new NoticeList(
                result.items().stream().map(NoticeResource::of).toList(),
                result.page(),
                result.size(),
                result.total(),
                notices.unread());
    }

    @Operation(summary = "Mark a notice read", description = "404 for a notice that is not the caller's.")
    @PostMapping("/{id}/read")
    public NoticeResource read(@PathVariable long id) {
        return NoticeResource.of(notices.read(id));
    }
}
