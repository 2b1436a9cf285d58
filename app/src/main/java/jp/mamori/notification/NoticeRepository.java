package jp.mamori.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The ntf_notice table: a person's notices, and the mail outbox. */
@Repository
class NoticeRepository {
    private static final String COLUMNS = "select id, person_id, topic, title, body, link, created_at, read_at,"
            + " mail_state, mail_to, mail_attempts, mail_sent_at, mail_error from ntf_notice ";

    private final JdbcClient jdbc;

    NoticeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Notice notice, OffsetDateTime at, MailState state, @Nullable String mailTo) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into ntf_notice (person_id, topic, title, body, link, created_at, mail_state,
                                                mail_to, mail_attempts)
                        values (:person, :topic, :title, :body, :link, :at, :state, :to, 0)
                        """)
                .param("person", notice.personId())
                .param("topic", notice.topic())
                .param("title", notice.title())
                .param("body", notice.body())
                .param("link", notice.link())
                .param("at", at)
                .param("state", state.name())
                .param("to", mailTo)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** A mail to an address outside the directory: no person, no link, waiting in the outbox. */
    long insertOutside(OutsideMail mail, OffsetDateTime at) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into ntf_notice (person_id, topic, title, body, link, created_at, mail_state,
                                                mail_to, mail_attempts)
                        values (null, :topic, :title, :body, '', :at, 'PENDING', :to, 0)
                        """)
                .param("topic", mail.topic())
                .param("title", mail.subject())
                .param("body", mail.body())
                .param("at", at)
                .param("to", mail.address())
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        int position = 0;
        for (OutsideMail.Attachment a : mail.attachments()) {
            byte[] content = a.content();
            jdbc.sql("""
                            insert into ntf_mail_attachment (notice_id, position, file_name, content_type, size_bytes,
                                                             content)
                            values (:notice, :position, :name, :type, :size, :content)
                            """)
                    .param("notice", id)
                    .param("position", position++)
                    .param("name", a.fileName())
                    .param("type", a.contentType())
                    .param("size", (long) content.length)
                    .param("content", content)
                    .update();
        }
        return id;
    }

    /** The files stored with a mail in the outbox, in order (none for most). */
    List<OutsideMail.Attachment> attachments(long noticeId) {
        return jdbc.sql("select file_name, content_type, content from ntf_mail_attachment where notice_id = :id"
                        + " order by position")
                .param("id", noticeId)
                .query((rs, n) -> new OutsideMail.Attachment(
                        rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content")))
                .list();
    }

    Optional<StoredNotice> find(long id) {
        return jdbc.sql(COLUMNS + "where id = :id")
                .param("id", id)
                .query(this::row)
                .optional();
    }

    List<StoredNotice> ofPerson(long personId, int offset, int limit) {
        return jdbc.sql(COLUMNS + "where person_id = :person order by created_at desc, id desc"
                        + " offset :offset rows fetch next :limit rows only")
                .param("person", personId)
                .param("offset", offset)
                .param("limit", limit)
                .query(this::row)
                .list();
    }

    long countOf(long personId) {
        return jdbc.sql("select count(*) from ntf_notice where person_id = :person")
                .param("person", personId)
                .query(Long.class)
                .single();
    }

    long unreadOf(long personId) {
        return jdbc.sql("select count(*) from ntf_notice where person_id = :person and read_at is null")
                .param("person", personId)
                .query(Long.class)
                .single();
    }

    /** Marks one notice of the person read; false when it is not theirs or does not exist. */
    boolean markRead(long id, long personId, OffsetDateTime at) {
        return jdbc.sql("update ntf_notice set read_at = coalesce(read_at, :at) where id = :id and person_id = :person")
                        .param("at", at)
                        .param("id", id)
                        .param("person", personId)
                        .update()
                > 0;
    }

    int markAllRead(long personId, OffsetDateTime at) {
        return jdbc.sql("update ntf_notice set read_at = :at where person_id = :person and read_at is null")
                .param("at", at)
                .param("person", personId)
                .update();
    }

    /**
     * Claims at most {@code limit} of the oldest mails waiting for one run of a sender: rows no
     * other run holds (or whose claim is older than {@code staleBefore}) get {@code claimedBy}.
     * {@code FOR UPDATE SKIP LOCKED} lets a second node pass over rows a first is claiming at the
     * same moment instead of waiting for them and claiming them again; H2 (PostgreSQL mode) accepts
     * the same statement. Returns the rows claimed, oldest first.
     */
    List<StoredNotice> claimPending(String claimedBy, OffsetDateTime at, OffsetDateTime staleBefore, int limit) {
        jdbc.sql("""
                        update ntf_notice set claimed_by = :by, claimed_at = :at
                        where id in (select id from ntf_notice
                                     where mail_state = 'PENDING' and (claimed_at is null or claimed_at < :stale)
                                     order by id fetch first :limit rows only
                                     for update skip locked)
                        """)
                .param("by", claimedBy)
                .param("at", at)
                .param("stale", staleBefore)
                .param("limit", limit)
                .update();
        return jdbc.sql(COLUMNS + "where claimed_by = :by and mail_state = 'PENDING' order by id")
                .param("by", claimedBy)
                .query(this::row)
                .list();
    }

    void mailSent(long id, OffsetDateTime at) {
        jdbc.sql("update ntf_notice set mail_state = 'SENT', mail_sent_at = :at, mail_attempts = mail_attempts + 1,"
                        + " mail_error = null, claimed_by = null, claimed_at = null where id = :id")
                .param("at", at)
                .param("id", id)
                .update();
    }

    void mailFailed(long id, String error, boolean giveUp) {
        jdbc.sql("update ntf_notice set mail_state = :state, mail_attempts = mail_attempts + 1, mail_error = :error,"
                        + " claimed_by = null, claimed_at = null where id = :id")
                .param("state", giveUp ? MailState.FAILED.name() : MailState.PENDING.name())
                .param("error", error.length() > 500 ? error.substring(0, 500) : error)
                .param("id", id)
                .update();
    }

    private StoredNotice row(ResultSet rs, int n) throws SQLException {
        return new StoredNotice(
                rs.getLong("id"),
                rs.getLong("person_id"),
                rs.getString("topic"),
                rs.getString("title"),
                rs.getString("body"),
                rs.getString("link"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("read_at", OffsetDateTime.class),
                MailState.valueOf(rs.getString("mail_state")),
                rs.getString("mail_to"),
                rs.getInt("mail_attempts"),
                rs.getObject("mail_sent_at", OffsetDateTime.class),
                rs.getString("mail_error"));
    }
}
