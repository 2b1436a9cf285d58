package jp.mamori.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import jp.mamori.security.SecurityEvent.SignInDelayed;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing without letting anyone lock an account (ASVS 2.2.1). Failures are
 * counted per typed login (known or not — the answer must not tell which logins exist) and per
 * source address, in {@code sec_signin_throttle}, so every node sees the same counts. Past a free
 * number of failures each key must wait before its next attempt is even evaluated: the {@link
 * Backoff} doubles the wait with every further failure, up to a ceiling. A complete sign-in clears
 * the login's count; failures are forgotten after a quiet period; {@code ./mamori account unlock}
 * and the administrators' page clear a login at once.
 *
 * <p>Attempts on one login are taken one at a time: {@link #begin} locks that login's row (on
 * every node) for the rest of the sign-in transaction, so a burst of parallel guesses cannot all
 * pass the check before the first failure is counted.
 */
@Service
class SignInThrottle {
    private final JdbcClient jdbc;
    private final SecuritySettings.Throttle settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, SecuritySettings settings, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings.throttle();
        this.events = events;
        this.clock = clock;
    }

    /**
     * The growing wait: none for the first {@code free} failures, then {@code first}, doubled for
     * each further failure, never more than {@code max}.
     */
    record Backoff(int free, Duration first, Duration max) {
        Optional<Duration> after(int failures) {
            if (failures < free) {
                return Optional.empty();
            }
            int doublings = Math.min(failures - free, 20);
            Duration wait = first.multipliedBy(1L << doublings);
            return Optional.of(wait.compareTo(max) > 0 ? max : wait);
        }
    }

    static String loginKey(String login) {
        String key = login.strip().toLowerCase(Locale.ROOT);
        return "login:" + (key.length() > 150 ? key.substring(0, 150) : key);
    }

    static String sourceKey(String source) {
        String key = source.length() > 150 ? source.substring(0, 150) : source;
        return "source:" + key;
    }

    /**
     * Starts an attempt: takes the login's row lock until the caller's transaction ends and
     * returns how long the login or the source must still wait, empty when the attempt may be
     * evaluated now. Call inside the sign-in transaction.
     */
    @Transactional
    public Optional<Duration> begin(String login, @Nullable String source) {
        Instant now = clock.instant();
        String key = loginKey(login);
        jdbc.sql("insert into sec_signin_throttle (throttle_key, failures) values (:key, 0) on conflict do nothing")
                .param("key", key)
                .update();
        Optional<Instant> loginWait = jdbc.sql(
                        "select wait_until from sec_signin_throttle where throttle_key = :key for update")
                .param("key", key)
                .query((rs, n) -> Optional.ofNullable(AccountRepository.instant(rs, "wait_until")))
                .single();
        Optional<Instant> sourceWait =
                source == null || source.isEmpty() ? Optional.empty() : waitUntil(sourceKey(source));
        Instant until = later(loginWait.orElse(null), sourceWait.orElse(null));
        return until != null && until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    /** Counts a failed attempt for the login and the source; starts or lengthens their waits. */
    @Transactional
    public void failed(String login, @Nullable String source) {
        count(loginKey(login), new Backoff(settings.freeAttemptsPerLogin(), settings.firstWait(), settings.maxWait()));
        if (source != null && !source.isEmpty()) {
            count(
                    sourceKey(source),
                    new Backoff(settings.freeAttemptsPerSource(), settings.firstWait(), settings.maxWait()));
        }
    }

    /** A complete sign-in: the login's failures are forgotten (the source's are not). */
    @Transactional
    public void succeeded(String login) {
        jdbc.sql("delete from sec_signin_throttle where throttle_key = :key")
                .param("key", loginKey(login))
                .update();
    }

    /** Clears the login's failures and wait; true when it had any. */
    @Transactional
    public boolean clear(String login) {
        return jdbc.sql("delete from sec_signin_throttle where throttle_key = :key and failures > 0")
                        .param("key", loginKey(login))
                        .update()
                > 0;
    }

    /** Until when the login must wait, when it must. */
    @Transactional(readOnly = true)
    public Optional<Instant> waitingUntil(String login) {
        return waitUntil(loginKey(login)).filter(until -> until.isAfter(clock.instant()));
    }

    /** Every login key that must still wait, with the time. */
    @Transactional(readOnly = true)
    public java.util.Map<String, Instant> waitingLogins() {
        java.util.Map<String, Instant> waiting = new java.util.HashMap<>();
        jdbc.sql(
                        "select throttle_key, wait_until from sec_signin_throttle where throttle_key like 'login:%' and wait_until > :now")
                .param("now", AccountRepository.at(clock.instant()))
                .query((rs, n) ->
                        waiting.put(rs.getString("throttle_key"), AccountRepository.instant(rs, "wait_until")))
                .list();
        return waiting;
    }

    /** Forgets quiet rows every ten minutes, so guessed logins and old sources do not pile up. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    @Transactional
    public void forgetQuiet() {
        Instant now = clock.instant();
        jdbc.sql("""
                        delete from sec_signin_throttle
                        where (last_failure_at is null or last_failure_at < :before)
                          and (wait_until is null or wait_until < :now)
                        """)
                .param("before", AccountRepository.at(now.minus(settings.forgetAfter())))
                .param("now", AccountRepository.at(now))
                .update();
    }

    private Optional<Instant> waitUntil(String key) {
        return jdbc.sql("select wait_until from sec_signin_throttle where throttle_key = :key")
                .param("key", key)
                .query((rs, n) -> Optional.ofNullable(AccountRepository.instant(rs, "wait_until")))
                .optional()
                .flatMap(o -> o);
    }

    private void count(String key, Backoff backoff) {
        Instant now = clock.instant();
        jdbc.sql("insert into sec_signin_throttle (throttle_key, failures) values (:key, 0) on conflict do nothing")
                .param("key", key)
                .update();
        jdbc.sql("""
                        update sec_signin_throttle
                        set failures = case when last_failure_at is null or last_failure_at < :before then 1
                                            else failures + 1 end,
                            last_failure_at = :now
                        where throttle_key = :key
                        """)
                .param("before", AccountRepository.at(now.minus(settings.forgetAfter())))
                .param("now", AccountRepository.at(now))
                .param("key", key)
                .update();
        int failures = jdbc.sql("select failures from sec_signin_throttle where throttle_key = :key")
                .param("key", key)
                .query(Integer.class)
                .single();
        Optional<Duration> wait = backoff.after(failures);
        if (wait.isPresent()) {
            Instant until = now.plus(wait.get());
            jdbc.sql("update sec_signin_throttle set wait_until = :until where throttle_key = :key")
                    .param("until", AccountRepository.at(until))
                    .param("key", key)
                    .update();
            events.publishEvent(SignInDelayed.of(key, failures, until));
        }
    }

    private static @Nullable Instant later(@Nullable Instant a, @Nullable Instant b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.isAfter(b) ? a : b;
    }
}
