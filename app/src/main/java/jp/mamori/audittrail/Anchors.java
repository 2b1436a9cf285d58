package jp.mamori.audittrail;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.mamori.notification.Notice;
import jp.mamori.notification.Notifications;
import jp.mamori.organization.Directory;
import jp.mamori.shared.Role;
import jp.mamori.shared.Wareki;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes the chain head once a day outside the database: an anchor file ({@link AnchorFiles})
 * and a notice to every CISO in post (mailed when SMTP is configured), and checks the trail
 * against the anchor files. Several nodes may try the same day: the chain head's row lock and the
 * day's row in {@code audit_anchor} let exactly one of them take it. The anchor itself is an entry
 * of the trail ({@code audit-trail.anchored}).
 */
@Service
class Anchors {
    private static final Logger log = LoggerFactory.getLogger(Anchors.class);

    private final JdbcClient jdbc;
    private final AnchorFiles files;
    private final AuditEntries entries;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<Notifications> notifications;
    private final Directory directory;
    private final MessageSource messages;
    private final Clock clock;

    Anchors(
            JdbcClient jdbc,
            AnchorFiles files,
            AuditEntries entries,
            ApplicationEventPublisher events,
            ObjectProvider<Notifications> notifications,
            Directory directory,
            MessageSource messages,
            Clock clock) {
        this.jdbc = jdbc;
        this.files = files;
        this.entries = entries;
        this.events = events;
        this.notifications = notifications;
        this.directory = directory;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Takes today's anchor unless it was taken (by any node) or the trail is empty. The file is
     * written before the transaction commits: if it cannot be written, nothing is recorded and the
     * next attempt tries again.
     */
    @Transactional
    Optional<Anchor> takeToday() {
        LocalDate today = LocalDate.now(clock);
        // the head's lock orders this with every append and with other nodes taking the anchor
        AuditEntries.ChainHead head = jdbc.sql(
                        "select last_seq, last_hash, last_seal from audit_chain_head where id = 1 for update")
                .query((rs, n) -> new AuditEntries.ChainHead(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .single();
        boolean taken = jdbc.sql("select count(*) from audit_anchor where anchor_day = :day")
                        .param("day", today)
                        .query(Long.class)
                        .single()
                > 0;
        if (taken || head.lastSeq() == 0) {
            return Optional.empty();
        }
        Instant now = ChainHash.storable(clock.instant());
        Anchor anchor = new Anchor(today, now, head.lastSeq(), head.lastHash());
        Path file = files.write(anchor);
        jdbc.sql("""
                        insert into audit_anchor (anchor_day, seq, hash, taken_at, file_name)
                        values (:day, :seq, :hash, :taken, :file)
                        """)
                .param("day", today)
                .param("seq", anchor.seq())
                .param("hash", anchor.hash())
                .param("taken", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .param("file", file.getFileName().toString())
                .update();
        tellTheCiso(anchor, file);
        events.publishEvent(new AuditTrailAnchored(
                today.toString(),
                anchor.seq(),
                anchor.hash(),
                file.getFileName().toString()));
        log.info("audit trail anchored: entry {} ({}) in {}", anchor.seq(), anchor.hash(), file);
        return Optional.of(anchor);
    }

    private void tellTheCiso(Anchor anchor, Path file) {
        Notifications sender = notifications.getIfAvailable();
        if (sender == null) {
            return;
        }
        Locale ja = Locale.JAPANESE;
        String title = messages.getMessage("anchor.notice.title", new Object[] {Wareki.japanese(anchor.day())}, ja);
        String body = messages.getMessage(
                "anchor.notice.body",
                new Object[] {
                    Wareki.japanese(anchor.day()),
                    anchor.day().toString(),
                    anchor.seq(),
                    anchor.hash(),
                    file.getFileName().toString()
                },
                ja);
        for (var person : directory.holders(Role.CISO, anchor.day())) {
            sender.send(new Notice(person.id(), "audit-trail.anchored", title, body, "/audit-trail"));
        }
    }

    /** The trail against the anchor files of {@code folder} (the configured one when null). */
    @Transactional(readOnly = true)
    AnchorCheck.Coverage check(@org.jspecify.annotations.Nullable Path folder) {
        List<AnchorFiles.Read> reads = files.readAll(folder == null ? files.folder() : folder);
        long last = entries.head().lastSeq();
        Optional<LocalDate> firstDay =
                entries.first().map(e -> e.time().atZone(AuditFilter.ZONE).toLocalDate());
        return AnchorCheck.check(reads, entries::hashOf, last, firstDay, LocalDate.now(clock));
    }

    /** The configured anchor folder. */
    Path folder() {
        return files.folder();
    }
}
