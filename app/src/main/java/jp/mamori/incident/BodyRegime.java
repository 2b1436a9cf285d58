package jp.mamori.incident;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import jp.mamori.shared.Access;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.NotAllowedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The body's legal regime for breach reporting: the setting {@code mamori.incident.regime} when
 * given, else the newest choice stored in {@code inc_regime_choice}, else nothing chosen (the rules
 * of 行政機関等 apply, the stricter of the two). Choices are appended, never changed; each is an audit
 * event.
 */
@Service
public class BodyRegime {
    static final int REASON_MAX = 2000;

    private final JdbcClient jdbc;
    private final IncidentSettings settings;
    private final ApplicationEventPublisher events;
    private final Access access;
    private final Clock clock;

    BodyRegime(
            JdbcClient jdbc, IncidentSettings settings, ApplicationEventPublisher events, Access access, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.events = events;
        this.access = access;
        this.clock = clock;
    }

    /** The regime in force and where it comes from. */
    @Transactional(readOnly = true)
    public RegimeChoice current() {
        Regime configured = settings.regime();
        if (configured != null) {
            return new RegimeChoice(configured, RegimeChoice.Source.SETTING, null, null, null);
        }
        return stored().orElseGet(
                        () -> new RegimeChoice(Regime.PUBLIC_BODY, RegimeChoice.Source.NOT_CHOSEN, null, null, null));
    }

    /** The regime whose rules apply now. */
    public Regime regime() {
        return current().regime();
    }

    Optional<RegimeChoice> stored() {
        return jdbc.sql("""
                        select regime, chosen_by, chosen_at, reason from inc_regime_choice
                        order by seq desc fetch first 1 rows only""")
                .query((rs, n) -> new RegimeChoice(
                        Regime.valueOf(rs.getString("regime")),
                        RegimeChoice.Source.STORED,
                        rs.getString("chosen_by"),
                        rs.getObject("chosen_at", OffsetDateTime.class).toInstant(),
                        rs.getString("reason")))
                .optional();
    }

    /**
     * Stores the body's choice. Only body-wide managers choose; a reason is required; while the
     * setting is given the choice would have no effect, so it is refused with that explanation.
     */
    @Transactional
    public RegimeChoice choose(Regime regime, String reason) {
        if (!access.isBodyWideManager()) {
            throw new NotAllowedException("incident.regime.notAllowed");
        }
        if (settings.regime() != null) {
            throw InvalidInputException.of("regime", "incident.regime.error.setByConfiguration", settings.regime());
        }
        String why = reason.strip();
        if (why.isEmpty()) {
            throw InvalidInputException.of("reason", "incident.regime.error.reasonRequired");
        }
        if (why.length() > REASON_MAX) {
            throw InvalidInputException.of("reason", "incident.report.error.tooLong", REASON_MAX);
        }
        String previous = stored().map(c -> c.regime().name()).orElse("-");
        int seq = jdbc.sql("select coalesce(max(seq), 0) + 1 from inc_regime_choice")
                .query(Integer.class)
                .single();
        String by = Access.currentLogin();
        jdbc.sql("""
                        insert into inc_regime_choice (seq, regime, chosen_by, chosen_at, reason)
                        values (:seq, :regime, :by, :at, :reason)""")
                .param("seq", seq)
                .param("regime", regime.name())
                .param("by", by)
                .param("at", OffsetDateTime.now(clock))
                .param("reason", why)
                .update();
        events.publishEvent(new RegimeChosen(seq, by, regime, previous, why));
        return current();
    }
}
