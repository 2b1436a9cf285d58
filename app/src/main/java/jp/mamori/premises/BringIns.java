package jp.mamori.premises;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import jp.mamori.organization.Directory;
import jp.mamori.organization.PersonSummary;
import jp.mamori.shared.Access;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.InvalidInputException.Problem;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.Page;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bringing private or outside devices and media in (持ち込み): the request, the check (e.g. scanned
 * for malware), and the approval for a period by a 情報セキュリティ管理者 of the requester's unit, never
 * the requester. Every change is a {@link PremisesEvent}.
 */
@Service
public class BringIns {
    private final MovementRepository repository;
    private final PremisesAccess premisesAccess;
    private final Directory directory;
    private final Areas areas;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BringIns(
            MovementRepository repository,
            PremisesAccess premisesAccess,
            Directory directory,
            Areas areas,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.premisesAccess = premisesAccess;
        this.directory = directory;
        this.areas = areas;
        this.events = events;
        this.clock = clock;
    }

    /** What a person asks to bring in: {@code kind} PRIVATE or OUTSIDE, for the days from–to. */
    public record Draft(
            @Nullable String kind,
            @Nullable String device,
            @Nullable String owner,
            @Nullable String purpose,
            @Nullable LocalDate fromDay,
            @Nullable LocalDate toDay) {}

    /** A bring-in with the requester's name and what the user may do with it. */
    public record Line(BringIn bringIn, String requester, boolean mayCheck, boolean mayDecide, boolean allowedToday) {}

    @Transactional(readOnly = true)
    public Page<Line> page(int page, int size) {
        return Page.slice(lines(), page, size);
    }

    /** Every bring-in the user may see, newest first. */
    @Transactional(readOnly = true)
    public List<Line> lines() {
        Function<Long, String> names = areas.personNames();
        LocalDate today = LocalDate.now(clock);
        return repository.bringIns().stream()
                .filter(this::mayRead)
                .map(b -> line(b, names, today))
                .toList();
    }

    private Line line(BringIn b, Function<Long, String> names, LocalDate today) {
        return new Line(
                b,
                names.apply(b.requesterId()),
                b.state() == BringIn.State.REQUESTED && mayDecide(b),
                b.state() == BringIn.State.CHECKED && mayDecide(b),
                b.allowedOn(today));
    }

    /** One bring-in; 404 when unknown, 403 when the user may not see it. */
    @Transactional(readOnly = true)
    public Line line(long id) {
        return line(get(id), areas.personNames(), LocalDate.now(clock));
    }

    boolean mayRead(BringIn b) {
        return isRequester(b) || premisesAccess.mayRead(b.unitId());
    }

    boolean mayDecide(BringIn b) {
        return !isRequester(b) && premisesAccess.mayManage(b.unitId());
    }

    private static boolean isRequester(BringIn b) {
        return Access.current()
                .map(CurrentUser::personId)
                .map(p -> p == b.requesterId())
                .orElse(false);
    }

    BringIn get(long id) {
        BringIn b = repository.bringIn(id).orElseThrow(() -> new NotFoundException("bring-in", id));
        if (!mayRead(b)) {
            throw new NotAllowedException("prm.error.mayNotRead");
        }
        return b;
    }

    @Transactional
    public BringIn request(Draft d) {
        CurrentUser user = Access.current().orElseThrow(() -> new NotAllowedException("error.notSignedIn"));
        if (user.personId() == null) {
            throw new NotAllowedException("prm.error.noPerson");
        }
        PersonSummary person =
                directory.person(user.personId()).orElseThrow(() -> new NotAllowedException("prm.error.noPerson"));
        List<Problem> problems = new ArrayList<>();
        String kind = d.kind() == null ? "" : d.kind().strip();
        if (!kind.equals("PRIVATE") && !kind.equals("OUTSIDE")) {
            problems.add(Problem.of("kind", "prm.error.required"));
        }
        String device = text(d.device(), "device", 200, problems);
        String owner = text(d.owner(), "owner", 200, problems);
        String purpose = text(d.purpose(), "purpose", 500, problems);
        if (d.fromDay() == null) {
            problems.add(Problem.of("fromDay", "prm.error.required"));
        }
        if (d.toDay() == null) {
            problems.add(Problem.of("toDay", "prm.error.required"));
        } else if (d.fromDay() != null && d.toDay().isBefore(d.fromDay())) {
            problems.add(Problem.of("toDay", "prm.error.period"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = repository.insertBringIn(
                new BringIn(
                        0,
                        kind,
                        device,
                        owner,
                        purpose,
                        person.unitId(),
                        d.fromDay(),
                        d.toDay(),
                        BringIn.State.REQUESTED,
                        person.id(),
                        user.login(),
                        null,
                        null,
                        null,
                        null,
                        null),
                now);
        events.publishEvent(new PremisesEvent.BringInRequested(
                id,
                user.login(),
                device,
                owner,
                purpose,
                d.fromDay().toString(),
                d.toDay().toString()));
        return repository.bringIn(id).orElseThrow();
    }

    private static String text(@Nullable String value, String field, int max, List<Problem> problems) {
        String v = EntryLog.text(value);
        if (v.isEmpty()) {
            problems.add(Problem.of(field, "prm.error.required"));
        } else if (v.length() > max) {
            problems.add(Problem.of(field, "prm.error.tooLong", max));
        }
        return v;
    }

    /** Records the check of the device: passed leads on to the decision, failed refuses it. */
    @Transactional
    public BringIn check(long id, boolean passed, @Nullable String result) {
        BringIn b = get(id);
        if (b.state() != BringIn.State.REQUESTED) {
            throw InvalidInputException.of("state", "prm.error.bringIn.notRequested");
        }
        if (!mayDecide(b)) {
            throw new NotAllowedException("prm.error.bringIn.mayNotDecide");
        }
        List<Problem> problems = new ArrayList<>();
        String what = text(result, "result", 500, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String actor = Access.currentLogin();
        repository.checkBringIn(id, passed, what, actor, OffsetDateTime.now(clock));
        events.publishEvent(new PremisesEvent.BringInChecked(id, actor, passed, what));
        return repository.bringIn(id).orElseThrow();
    }

    /**
     * Approves (for its period) or refuses a checked device; an approver with an authenticator app
     * confirms an approval with a fresh code.
     */
    @Transactional
    public BringIn decide(
            long id, boolean approve, @Nullable String reason, @Nullable String code, @Nullable String source) {
        BringIn b = get(id);
        if (b.state() != BringIn.State.CHECKED) {
            throw InvalidInputException.of("state", "prm.error.bringIn.notChecked");
        }
        if (!mayDecide(b)) {
            throw new NotAllowedException("prm.error.bringIn.mayNotDecide");
        }
        String why = EntryLog.text(reason);
        if (!approve && why.isEmpty()) {
            throw InvalidInputException.of("reason", "prm.error.required");
        }
        if (why.length() > 500) {
            throw InvalidInputException.of("reason", "prm.error.tooLong", 500);
        }
        boolean confirmed = approve && premisesAccess.confirmApproval(code, source);
        String actor = Access.currentLogin();
        repository.decideBringIn(id, approve, why.isEmpty() ? null : why, actor, OffsetDateTime.now(clock));
        events.publishEvent(new PremisesEvent.BringInDecided(id, actor, approve, why, confirmed));
        return repository.bringIn(id).orElseThrow();
    }
}
