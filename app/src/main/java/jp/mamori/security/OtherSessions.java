package jp.mamori.security;

import java.util.Map;
import jp.mamori.security.SecurityEvent.SessionsEnded;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends a person's sessions in Spring Session JDBC (on every node, since the sessions are in the
 * database): after a password change all but the one that changed it, after an administrator's
 * reset all of them. Sessions are found by their principal name, which is the login.
 */
@Component
public class OtherSessions {
    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository;
    private final ApplicationEventPublisher events;

    OtherSessions(
            ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    /**
     * Deletes every session of the login except {@code keep} (null: all); returns how many.
     * Audited as {@code session.ended}.
     */
    public int end(String login, @Nullable String keep, String actor) {
        FindByIndexNameSessionRepository<? extends Session> sessions = repository.getIfAvailable();
        if (sessions == null) {
            return 0;
        }
        Map<String, ? extends Session> found = sessions.findByPrincipalName(login);
        int ended = 0;
        for (String id : found.keySet()) {
            if (!id.equals(keep)) {
                sessions.deleteById(id);
                ended++;
            }
        }
        if (ended > 0) {
            events.publishEvent(new SessionsEnded(login, ended, actor));
        }
        return ended;
    }
}
