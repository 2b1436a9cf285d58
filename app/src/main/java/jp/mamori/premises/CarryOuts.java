package jp.mamori.premises;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import jp.mamori.asset.AssetProfile;
import jp.mamori.asset.AssetRegister;
import jp.mamori.asset.AssetSummary;
import jp.mamori.notification.Reminders;
import jp.mamori.shared.Access;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.InvalidInputException.Problem;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.Page;
import jp.mamori.shared.Wareki;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carrying assets out (持ち出し): requests, the approval steps the asset's class requires by the
 * body's settings ({@link PremisesSettings#carryOut}), refusal, the confirmed return, and the overdue
 * returns the {@link CarryOutReturnReminder} reminds. Checked against {@link PremisesAccess}; every
 * change is a {@link PremisesEvent}.
 */
@Service
public class CarryOuts {
    static final int MAX_TEXT = 500;
    static final int MAX_DESTINATION = 200;

    private final MovementRepository repository;
    private final PremisesAccess premisesAccess;
    private final AssetRegister assets;
    private final Areas areas;
    private final PremisesSettings settings;
    private final Reminders reminders;
    private final CarryOutReturnReminder reminder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CarryOuts(
            MovementRepository repository,
            PremisesAccess premisesAccess,
            AssetRegister assets,
            Areas areas,
            PremisesSettings settings,
            Reminders reminders,
            CarryOutReturnReminder reminder,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.premisesAccess = premisesAccess;
        this.assets = assets;
        this.areas = areas;
        this.settings = settings;
        this.reminders = reminders;
        this.reminder = reminder;
        this.events = events;
        this.clock = clock;
    }

    /** What a person asks to carry out: {@code kind} ASSET (the thing itself) or COPY (a copy of its information). */
    public record Draft(
            @Nullable String kind,
            @Nullable String assetNumber,
            @Nullable String description,
            @Nullable String purpose,
            @Nullable String destination,
            @Nullable String protection,
            @Nullable LocalDate outOn,
            @Nullable LocalDate dueBack) {}

    /** A carry-out with names, whether it is overdue, and what the user may do with it. */
    public record Line(
            CarryOut carryOut,
            String assetName,
            String requester,
            String unitName,
            boolean overdue,
            boolean mayApprove,
            boolean mayConfirmReturn) {}

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The carry-outs the user may see, newest first; only overdue ones when asked. */
    @Transactional(readOnly = true)
    public Page<Line> page(CarryOut.@Nullable State state, boolean overdueOnly, int page, int size) {
        LocalDate today = today();
        Function<Long, String> names = areas.personNames();
        Map<Long, String> units = areas.unitNames();
        List<Line> lines = repository.carryOuts().stream()
                .filter(this::mayRead)
                .filter(c -> state == null || c.state() == state)
                .filter(c -> !overdueOnly || c.overdueOn(today))
                .map(c -> line(c, names, units, today))
                .toList();
        return Page.slice(lines, page, size);
    }

    /** One carry-out; 404 when unknown, 403 when the user may not see it. */
    @Transactional(readOnly = true)
    public Line line(long id) {
        CarryOut c = get(id);
        return line(c, areas.personNames(), areas.unitNames(), today());
    }

    private Line line(CarryOut c, Function<Long, String> names, Map<Long, String> units, LocalDate today) {
        return new Line(
                c,
                assets.byNumber(c.assetNumber()).map(AssetSummary::name).orElse(c.assetNumber()),
                names.apply(c.requesterId()),
                units.getOrDefault(c.unitId(), ""),
                c.overdueOn(today),
                c.awaitingApproval() && mayApprove(c),
                c.state() == CarryOut.State.APPROVED && mayConfirmReturn(c));
    }

    CarryOut get(long id) {
        CarryOut c = repository.carryOut(id).orElseThrow(() -> new NotFoundException("carry-out", id));
        if (!mayRead(c)) {
            throw new NotAllowedException("prm.error.mayNotRead");
        }
        return c;
    }

    boolean mayRead(CarryOut c) {
        return isRequester(c)
                || premisesAccess.mayRead(c.unitId())
                || (c.state() == CarryOut.State.AWAITING_CISO && premisesAccess.isCiso());
    }

    /** The approver of the current step, never the requester. */
    boolean mayApprove(CarryOut c) {
        if (isRequester(c) || Objects.equals(c.requestedBy(), Access.currentLogin())) {
            return false;
        }
        return switch (c.state()) {
            case REQUESTED -> premisesAccess.mayManage(c.unitId());
            case AWAITING_CISO -> premisesAccess.isCiso();
            default -> false;
        };
    }

    /** A manager of the asset's unit other than the requester confirms the return. */
    boolean mayConfirmReturn(CarryOut c) {
        return !isRequester(c) && premisesAccess.mayManage(c.unitId());
    }

    private static boolean isRequester(CarryOut c) {
        return Access.current()
                .map(CurrentUser::personId)
                .map(p -> p == c.requesterId())
                .orElse(false);
    }

    /**
     * Asks to carry an asset out. The asset must be in use; its class decides by the settings whether
     * it may go at all ({@code NEVER} refuses the request here) and who approves it.
     */
    @Transactional
    public CarryOut request(Draft d) {
        CurrentUser user = Access.current().orElseThrow(() -> new NotAllowedException("error.notSignedIn"));
        if (user.personId() == null) {
            throw new NotAllowedException("prm.error.noPerson");
        }
        List<Problem> problems = new ArrayList<>();
        String kind =
                d.kind() == null || d.kind().isBlank() ? "ASSET" : d.kind().strip();
        if (!kind.equals("ASSET") && !kind.equals("COPY")) {
            problems.add(Problem.of("kind", "prm.error.required"));
        }
        String number = EntryLog.text(d.assetNumber());
        Optional<AssetSummary> asset = number.isEmpty() ? Optional.empty() : assets.byNumber(number);
        Optional<AssetProfile> profile = asset.flatMap(
                a -> assets.profilesOf(List.of(a.number())).stream().findFirst());
        CarryOutRule rule = CarryOutRule.MANAGER;
        if (number.isEmpty()) {
            problems.add(Problem.of("assetNumber", "prm.error.required"));
        } else if (asset.isEmpty()) {
            problems.add(Problem.of("assetNumber", "prm.error.asset.unknown", number));
        } else if (profile.isEmpty()) {
            problems.add(Problem.of("assetNumber", "prm.error.asset.disposed", number));
        } else {
            rule = settings.carryOut(profile.get().confidentialityRank());
            if (rule == CarryOutRule.NEVER) {
                problems.add(Problem.of(
                        "assetNumber",
                        "prm.carryOut.forbidden",
                        number,
                        asset.get().confidentiality()));
            }
        }
        String description = required(d.description(), "description", MAX_TEXT, problems, kind.equals("COPY"));
        String purpose = required(d.purpose(), "purpose", MAX_TEXT, problems, true);
        String destination = required(d.destination(), "destination", MAX_DESTINATION, problems, true);
        String protection = required(d.protection(), "protection", MAX_TEXT, problems, true);
        LocalDate today = today();
        if (d.outOn() == null) {
            problems.add(Problem.of("outOn", "prm.error.required"));
        } else if (d.outOn().isBefore(today)) {
            problems.add(Problem.of("outOn", "prm.error.carryOut.past"));
        }
        if (d.dueBack() == null) {
            problems.add(Problem.of("dueBack", "prm.error.required"));
        } else if (d.outOn() != null && d.dueBack().isBefore(d.outOn())) {
            problems.add(Problem.of("dueBack", "prm.error.period"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        AssetSummary a = asset.orElseThrow();
        String actor = user.login();
        OffsetDateTime now = OffsetDateTime.now(clock);
        CarryOut draft = new CarryOut(
                0,
                kind,
                a.number(),
                a.unitId(),
                profile.orElseThrow().confidentialityRank(),
                description,
                purpose,
                destination,
                protection,
                d.outOn(),
                d.dueBack(),
                rule,
                CarryOut.State.REQUESTED,
                user.personId(),
                actor,
                now,
                null,
                null,
                null,
                null,
                null,
                null);
        long id = repository.insertCarryOut(draft, now);
        events.publishEvent(new PremisesEvent.CarryOutRequested(
                id,
                actor,
                a.number(),
                kind,
                destination,
                protection,
                String.valueOf(d.outOn()),
                String.valueOf(d.dueBack()),
                rule.name()));
        return repository.carryOut(id).orElseThrow();
    }

    private static String required(
            @Nullable String value, String field, int max, List<Problem> problems, boolean mustHave) {
        String v = EntryLog.text(value);
        if (mustHave && v.isEmpty()) {
            problems.add(Problem.of(field, "prm.error.required"));
        } else if (v.length() > max) {
            problems.add(Problem.of(field, "prm.error.tooLong", max));
        }
        return v;
    }

    /** Approves the current step: the unit's manager, then (when the class needs it) the CISO. */
    @Transactional
    public CarryOut approve(long id, @Nullable String code, @Nullable String source) {
        CarryOut c = get(id);
        if (!c.awaitingApproval()) {
            throw InvalidInputException.of("state", "prm.error.carryOut.notAwaiting");
        }
        if (!mayApprove(c)) {
            throw new NotAllowedException("prm.error.carryOut.mayNotApprove");
        }
        boolean confirmed = premisesAccess.confirmApproval(code, source);
        boolean cisoStep = c.state() == CarryOut.State.AWAITING_CISO;
        String actor = Access.currentLogin();
        repository.approveCarryOut(id, c.approved(), cisoStep, actor, OffsetDateTime.now(clock));
        events.publishEvent(new PremisesEvent.CarryOutApproved(
                id, actor, c.assetNumber(), cisoStep ? "CISO" : "MANAGER", confirmed));
        return repository.carryOut(id).orElseThrow();
    }

    /** Refuses a request awaiting approval, with a reason. */
    @Transactional
    public CarryOut refuse(long id, @Nullable String reason) {
        CarryOut c = get(id);
        if (!c.awaitingApproval()) {
            throw InvalidInputException.of("state", "prm.error.carryOut.notAwaiting");
        }
        if (!mayApprove(c)) {
            throw new NotAllowedException("prm.error.carryOut.mayNotApprove");
        }
        String why = EntryLog.text(reason);
        if (why.isEmpty()) {
            throw InvalidInputException.of("reason", "prm.error.required");
        }
        if (why.length() > MAX_TEXT) {
            throw InvalidInputException.of("reason", "prm.error.tooLong", MAX_TEXT);
        }
        String actor = Access.currentLogin();
        repository.refuseCarryOut(id, why, actor, OffsetDateTime.now(clock));
        events.publishEvent(new PremisesEvent.CarryOutRefused(id, actor, c.assetNumber(), why));
        return repository.carryOut(id).orElseThrow();
    }

    /** Confirms the return (today when no day is given); late when after the due day. */
    @Transactional
    public CarryOut confirmReturn(long id, @Nullable LocalDate returnedOn) {
        CarryOut c = get(id);
        if (c.state() != CarryOut.State.APPROVED) {
            throw InvalidInputException.of("state", "prm.error.carryOut.notOut");
        }
        if (!mayConfirmReturn(c)) {
            throw new NotAllowedException("prm.error.carryOut.mayNotConfirm");
        }
        LocalDate day = returnedOn == null ? today() : returnedOn;
        if (day.isAfter(today()) || day.isBefore(c.outOn())) {
            throw InvalidInputException.of("returnedOn", "prm.error.carryOut.returnDay");
        }
        String actor = Access.currentLogin();
        repository.returnCarryOut(id, day, actor, OffsetDateTime.now(clock));
        events.publishEvent(new PremisesEvent.CarryOutReturned(
                id, actor, c.assetNumber(), day.toString(), day.isAfter(c.dueBack())));
        return repository.carryOut(id).orElseThrow();
    }

    /** Reminds the requester and the unit's managers of an overdue return now (the button). */
    @Transactional
    public int remind(long id) {
        CarryOut c = get(id);
        if (!c.overdueOn(today())) {
            throw InvalidInputException.of("state", "prm.error.carryOut.notOverdue");
        }
        if (!premisesAccess.mayManage(c.unitId())) {
            throw new NotAllowedException("prm.error.mayNotManage");
        }
        return reminders.remindNow(reminder, c, Access.currentLogin());
    }

    /** Approved carry-outs not back after their due day (for the reminder, whoever runs it). */
    @Transactional(readOnly = true)
    List<CarryOut> overdue(LocalDate day) {
        return repository.overdue(day);
    }

    /** The carry-outs the user may see, as a workbook (和暦). */
    @Transactional(readOnly = true)
    public byte[] workbook(List<BringIns.Line> bringIns) {
        LocalDate today = today();
        Function<Long, String> names = areas.personNames();
        Map<Long, String> units = areas.unitNames();
        List<List<String>> rows = new ArrayList<>();
        for (CarryOut c : repository.carryOuts()) {
            if (!mayRead(c)) {
                continue;
            }
            Line l = line(c, names, units, today);
            rows.add(List.of(
                    Long.toString(c.id()),
                    c.kind().equals("COPY") ? "写し" : "資産",
                    c.assetNumber(),
                    l.assetName(),
                    l.unitName(),
                    "機密性" + c.confidentialityRank(),
                    c.purpose(),
                    c.destination(),
                    c.protection(),
                    l.requester(),
                    Wareki.japanese(c.outOn()),
                    Wareki.japanese(c.dueBack()),
                    PremisesLabels.carryOutState(c.state()) + (l.overdue() ? "（返却遅延）" : ""),
                    c.returnedOn() == null ? "" : Wareki.japanese(c.returnedOn()) + (c.returnedLate() ? "（遅延）" : "")));
        }
        List<List<String>> bringInRows = bringIns.stream()
                .map(b -> List.of(
                        Long.toString(b.bringIn().id()),
                        b.bringIn().kind().equals("PRIVATE") ? "私物" : "外部",
                        b.bringIn().device(),
                        b.bringIn().owner(),
                        b.bringIn().purpose(),
                        b.requester(),
                        Wareki.japanese(b.bringIn().fromDay()),
                        Wareki.japanese(b.bringIn().toDay()),
                        b.bringIn().checkResult() == null ? "" : b.bringIn().checkResult(),
                        PremisesLabels.bringInState(b.bringIn().state())))
                .toList();
        return new RegisterWorkbook()
                .sheet(new RegisterWorkbook.SheetData(
                        "持ち出し",
                        "持ち出し管理簿（" + Wareki.japanese(today) + "現在）",
                        List.of(
                                "番号", "区分", "管理番号", "資産名", "管理部署", "機密性", "目的", "持出先", "保護措置", "申請者", "持出日", "返却予定日",
                                "状態", "返却日"),
                        rows))
                .sheet(new RegisterWorkbook.SheetData(
                        "持ち込み",
                        "持ち込み管理簿",
                        List.of("番号", "区分", "機器・媒体", "所有者", "目的", "申請者", "開始日", "終了日", "確認結果", "状態"),
                        bringInRows))
                .bytes();
    }
}
