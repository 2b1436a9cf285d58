package jp.mamori.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import jp.mamori.organization.Directory;
import jp.mamori.organization.PersonSummary;
import jp.mamori.shared.Access;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.Page;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notices of the body: stores what modules send, and lets each person read and dismiss their
 * own. Nobody reads another person's notices, whatever their role.
 */
@Service
public class Notices implements Notifications {

    private final NoticeRepository repository;
    private final Directory directory;
    private final MailOutbox outbox;
    private final Clock clock;

    Notices(NoticeRepository repository, Directory directory, MailOutbox outbox, Clock clock) {
        this.clock = clock;
        this.repository = repository;
        this.directory = directory;
        this.outbox = outbox;
    }

    @Override
    @Transactional
    public void send(Notice notice) {
        String address = directory
                .person(notice.personId())
                .map(PersonSummary::email)
                .filter(mail -> !mail.isBlank())
                .orElse(null);
        boolean mail = outbox.enabled() && address != null;
        repository.insert(notice, now(), mail ? MailState.PENDING : MailState.NONE, mail ? address : null);
    }

    @Override
    @Transactional
    public boolean mail(OutsideMail mail) {
        if (!outbox.enabled()) {
            return false;
        }
        repository.insertOutside(mail, now());
        return true;
    }

    /** One page of the signed-in person's notices, newest first ({@link #unread()} counts all pages). */
    @Transactional(readOnly = true)
    public Page<StoredNotice> mine(int page, int size) {
        @Nullable Long person = Access.current().map(u -> u.personId()).orElse(null);
        if (person == null) {
            return new Page<>(List.of(), page, size, 0);
        }
        return new Page<>(repository.ofPerson(person, page * size, size), page, size, repository.countOf(person));
    }

    /** How many of the signed-in person's notices are unread (0 when the account has no person). */
    @Transactional(readOnly = true)
    public long unread() {
        return Access.current().map(u -> u.personId()).map(repository::unreadOf).orElse(0L);
    }

    /** Marks one of the signed-in person's notices read and returns it; someone else's is not found. */
    @Transactional
    public StoredNotice read(long id) {
        long person = myPersonId(id);
        if (!repository.markRead(id, person, now())) {
            throw new NotFoundException("notice", id);
        }
        return repository.find(id).orElseThrow(() -> new NotFoundException("notice", id));
    }

    /** Marks every notice of the signed-in person read; returns how many changed. */
    @Transactional
    public int readAll() {
        return Access.current()
                .map(u -> u.personId())
                .map(person -> repository.markAllRead(person, now()))
                .orElse(0);
    }

    private static long myPersonId(long noticeId) {
        Long person = Access.current().map(u -> u.personId()).orElse(null);
        if (person == null) {
            throw new NotFoundException("notice", noticeId);
        }
        return person;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
