package jp.mamori.home;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import jp.mamori.home.HomeEvent.DigestResumed;
import jp.mamori.home.HomeEvent.DigestStopped;
import jp.mamori.shared.Access;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.NotAllowedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who does not want the daily digest: one row per person who opted out (hom_digest_optout). Everyone
 * else in post receives it on a day they have something waiting. A person changes only their own
 * choice; each change is audited.
 */
@Service
public class DigestChoices {
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DigestChoices(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** True when the signed-in person receives the digest (false for an account without a person). */
    @Transactional(readOnly = true)
    public boolean mineOn() {
        Long person = Access.current().map(CurrentUser::personId).orElse(null);
        return person != null && receives(person);
    }

    boolean receives(long personId) {
        return jdbc.sql("select count(*) from hom_digest_optout where person_id = :p")
                        .param("p", personId)
                        .query(Integer.class)
                        .single()
                == 0;
    }

    Set<Long> optedOut() {
        return new HashSet<>(jdbc.sql("select person_id from hom_digest_optout")
                .query(Long.class)
                .list());
    }

    /** Sets the signed-in person's choice; an unchanged choice changes and audits nothing. */
    @Transactional
    public void setMine(boolean receive) {
        CurrentUser user = Access.current().orElseThrow(() -> new NotAllowedException("error.notSignedIn"));
        Long person = user.personId();
        if (person == null) {
            throw new NotAllowedException("home.digest.noPerson");
        }
        if (receive == receives(person)) {
            return;
        }
        if (receive) {
            jdbc.sql("delete from hom_digest_optout where person_id = :p")
                    .param("p", person)
                    .update();
            events.publishEvent(new DigestResumed(person, user.login()));
        } else {
            jdbc.sql("insert into hom_digest_optout (person_id, opted_out_at, opted_out_by) values (:p, :at, :by)")
                    .param("p", person)
                    .param("at", OffsetDateTime.now(clock))
                    .param("by", user.login())
                    .update();
            events.publishEvent(new DigestStopped(person, user.login()));
        }
    }
}
