package jp.mamori.premises;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.mamori.organization.Directory;
import jp.mamori.organization.PersonSummary;
import jp.mamori.shared.Access;
import jp.mamori.shared.BodyClock;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.InvalidInputException.Problem;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.Page;
import jp.mamori.shared.RoleGrant;
import jp.mamori.shared.UnitHierarchy;
import jp.mamori.shared.Wareki;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The entry log (入退室管理簿) of each area: stays of people of the directory and of visitors, typed
 * on a page or sent through the API (card-reader exports go through {@link CardReaderImport}),
 * exits, and equipment moved in or out; each stay is checked against the {@link EntryRule}s.
 * Recording is for the managers of the area's unit.
 */
@Service
public class EntryLog {
    static final int MAX_TEXT = 200;
    static final int MAX_PURPOSE = 500;
    static final int EXPORT_MAX_ENTRIES = 50_000;

    private final AreaRepository repository;
    private final Areas areas;
    private final Directory directory;
    private final UnitHierarchy units;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EntryLog(
            AreaRepository repository,
            Areas areas,
            Directory directory,
            UnitHierarchy units,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.areas = areas;
        this.directory = directory;
        this.units = units;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A stay to record: a person by 職員番号, or a visitor by name (with company and the escort's
     * 職員番号); the entry time (now when null) and the exit time when already known.
     */
    public record EntryDraft(
            @Nullable String staffNumber,
            @Nullable String visitorName,
            @Nullable String company,
            @Nullable String purpose,
            @Nullable String escortStaffNumber,
            @Nullable LocalDateTime enteredAt,
            @Nullable LocalDateTime exitedAt) {}

    /** The area in full with the stays entered from {@code from} to {@code to} (both days included). */
    @Transactional(readOnly = true)
    public AreaViews.Details details(
            long areaId, @Nullable LocalDate from, @Nullable LocalDate to, int page, int size) {
        Area a = areas.get(areaId);
        return new AreaViews.Details(
                a,
                areas.unitNames().getOrDefault(a.unitId(), ""),
                areas.assetsOf(a),
                areas.systemsOf(a),
                areas.permitsOf(a),
                entries(a, from, to, page, size),
                repository.equipment(a.id(), 50));
    }

    /** The stays of the area in the period (the last 31 days by default), latest first, with findings. */
    @Transactional(readOnly = true)
    public Page<AreaViews.EntryLine> entries(
            long areaId, @Nullable LocalDate from, @Nullable LocalDate to, int page, int size) {
        return entries(areas.get(areaId), from, to, page, size);
    }

    private Page<AreaViews.EntryLine> entries(
            Area a, @Nullable LocalDate from, @Nullable LocalDate to, int page, int size) {
        LocalDate today = LocalDate.now(clock);
        LocalDate last = to == null ? today : to;
        LocalDate first = from == null ? last.minusDays(30) : from;
        OffsetDateTime start = first.atStartOfDay(BodyClock.ZONE).toOffsetDateTime();
        OffsetDateTime end = last.plusDays(1).atStartOfDay(BodyClock.ZONE).toOffsetDateTime();
        int[] b = Page.bounds(page, size);
        long total = repository.countEntries(a.id(), start, end);
        Function<Long, String> names = areas.personNames();
        EntryRule.Facts facts = facts(a, today);
        List<AreaViews.EntryLine> lines = repository.entries(a.id(), start, end, b[0] * b[1], b[1]).stream()
                .map(e -> line(e, names, facts))
                .toList();
        return new Page<>(lines, b[0], b[1], total);
    }

    AreaViews.EntryLine line(Entry e, Function<Long, String> names, EntryRule.Facts facts) {
        String who = e.personId() != null
                ? names.apply(e.personId())
                : e.visitorName() + (e.company().isEmpty() ? "" : "（" + e.company() + "）");
        String escort = e.escortId() == null ? "" : names.apply(e.escortId());
        List<EntryRule> findings = new ArrayList<>();
        for (EntryRule rule : EntryRule.values()) {
            if (rule.broken(e, facts)) {
                findings.add(rule);
            }
        }
        return new AreaViews.EntryLine(e, who, escort, findings);
    }

    EntryRule.Facts facts(Area a, LocalDate today) {
        return new EntryRule.Facts() {
            @Override
            public LocalDate today() {
                return today;
            }

            @Override
            public boolean authorised(Entry e) {
                return e.personId() != null
                        && mayEnter(
                                a,
                                e.personId(),
                                e.enteredAt().atZoneSameInstant(BodyClock.ZONE).toLocalDate());
            }
        };
    }

    /** True when the person holds a permit for the area on that day, their own or through a role. */
    boolean mayEnter(Area a, long personId, LocalDate day) {
        List<Permit> valid = a.permits().stream().filter(p -> p.validOn(day)).toList();
        if (valid.stream().anyMatch(p -> p.personId() != null && p.personId() == personId)) {
            return true;
        }
        if (valid.stream().noneMatch(p -> p.role() != null)) {
            return false;
        }
        List<RoleGrant> grants = directory.grantsOn(personId, day);
        return valid.stream()
                .filter(p -> p.role() != null)
                .anyMatch(p -> grants.stream()
                        .anyMatch(g -> g.role() == p.role()
                                && (g.isBodyWide()
                                        || units.selfAndDescendants(g.unitId()).contains(a.unitId()))));
    }

    /** Records a stay (on the page, {@code source} PAGE; through the API, API). */
    @Transactional
    public Entry record(long areaId, EntryDraft d, String source) {
        Area a = areas.manageable(areaId);
        List<Problem> problems = new ArrayList<>();
        Long personId = null;
        String visitor = null;
        String staffNumber = text(d.staffNumber());
        String visitorName = text(d.visitorName());
        if (!staffNumber.isEmpty()) {
            personId = person(staffNumber, "staffNumber", problems);
            if (!visitorName.isEmpty()) {
                problems.add(Problem.of("visitorName", "prm.error.entry.personOrVisitor"));
            }
        } else if (!visitorName.isEmpty()) {
            visitor = visitorName;
            if (visitorName.length() > 100) {
                problems.add(Problem.of("visitorName", "prm.error.tooLong", 100));
            }
        } else {
            problems.add(Problem.of("staffNumber", "prm.error.entry.personOrVisitor"));
        }
        String company = text(d.company());
        if (company.length() > MAX_TEXT) {
            problems.add(Problem.of("company", "prm.error.tooLong", MAX_TEXT));
        }
        String purpose = text(d.purpose());
        if (purpose.length() > MAX_PURPOSE) {
            problems.add(Problem.of("purpose", "prm.error.tooLong", MAX_PURPOSE));
        }
        Long escortId = null;
        String escort = text(d.escortStaffNumber());
        if (!escort.isEmpty()) {
            escortId = person(escort, "escortStaffNumber", problems);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime in = d.enteredAt() == null
                ? now
                : d.enteredAt().atZone(BodyClock.ZONE).toOffsetDateTime();
        OffsetDateTime out = d.exitedAt() == null
                ? null
                : d.exitedAt().atZone(BodyClock.ZONE).toOffsetDateTime();
        if (in.isAfter(now.plusMinutes(5))) {
            problems.add(Problem.of("enteredAt", "prm.error.entry.future"));
        }
        if (out != null && out.isBefore(in)) {
            problems.add(Problem.of("exitedAt", "prm.error.entry.exitBeforeEntry"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String actor = Access.currentLogin();
        long id = repository.insertEntry(
                a.id(), personId, visitor, company, purpose, escortId, in, out, source, actor, now);
        events.publishEvent(new PremisesEvent.EntryRecorded(
                a.code(),
                actor,
                id,
                personId != null ? staffNumber : visitor + (company.isEmpty() ? "" : " / " + company),
                escort,
                in.toString(),
                out == null ? "" : out.toString()));
        return repository.entry(id).orElseThrow();
    }

    /** Records the exit of a stay (now when no time is given). */
    @Transactional
    public Entry exit(long areaId, long entryId, @Nullable LocalDateTime at) {
        Area a = areas.manageable(areaId);
        Entry e = repository
                .entry(entryId)
                .filter(x -> x.areaId() == a.id())
                .orElseThrow(() -> new NotFoundException("entry", entryId));
        if (e.exitedAt() != null) {
            throw InvalidInputException.of("exitedAt", "prm.error.entry.alreadyExited");
        }
        OffsetDateTime out = at == null
                ? OffsetDateTime.now(clock)
                : at.atZone(BodyClock.ZONE).toOffsetDateTime();
        if (out.isBefore(e.enteredAt())) {
            throw InvalidInputException.of("exitedAt", "prm.error.entry.exitBeforeEntry");
        }
        repository.recordExit(entryId, out);
        events.publishEvent(new PremisesEvent.ExitRecorded(a.code(), Access.currentLogin(), entryId, out.toString()));
        return repository.entry(entryId).orElseThrow();
    }

    /** Records equipment brought into (IN) or taken out of (OUT) the area. */
    @Transactional
    public EquipmentMove moveEquipment(
            long areaId,
            @Nullable String direction,
            @Nullable String item,
            @Nullable String assetNumber,
            @Nullable String carriedBy,
            @Nullable LocalDateTime at,
            @Nullable String note) {
        Area a = areas.manageable(areaId);
        List<Problem> problems = new ArrayList<>();
        if (!"IN".equals(direction) && !"OUT".equals(direction)) {
            problems.add(Problem.of("direction", "prm.error.required"));
        }
        String what = text(item);
        if (what.isEmpty()) {
            problems.add(Problem.of("item", "prm.error.required"));
        } else if (what.length() > MAX_TEXT) {
            problems.add(Problem.of("item", "prm.error.tooLong", MAX_TEXT));
        }
        String who = text(carriedBy);
        if (who.isEmpty()) {
            problems.add(Problem.of("carriedBy", "prm.error.required"));
        } else if (who.length() > 100) {
            problems.add(Problem.of("carriedBy", "prm.error.tooLong", 100));
        }
        String number = text(assetNumber);
        if (!number.isEmpty() && areas.assetSummary(number).isEmpty()) {
            problems.add(Problem.of("assetNumber", "prm.error.asset.unknown", number));
        }
        String remark = text(note);
        if (remark.length() > MAX_PURPOSE) {
            problems.add(Problem.of("note", "prm.error.tooLong", MAX_PURPOSE));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime moved = at == null ? now : at.atZone(BodyClock.ZONE).toOffsetDateTime();
        String actor = Access.currentLogin();
        String dir = String.valueOf(direction);
        long id = repository.insertEquipment(
                a.id(), dir, what, number.isEmpty() ? null : number, who, moved, remark, actor, now);
        events.publishEvent(
                new PremisesEvent.EquipmentMoved(a.code(), actor, dir, what, number, who, moved.toString()));
        return new EquipmentMove(id, a.id(), dir, what, number.isEmpty() ? null : number, who, moved, remark, actor);
    }

    private @Nullable Long person(String staffNumber, String field, List<Problem> problems) {
        Optional<PersonSummary> p = directory.personByStaffNumber(staffNumber);
        if (p.isEmpty()) {
            problems.add(Problem.of(field, "prm.error.person.unknown", staffNumber));
            return null;
        }
        return p.get().id();
    }

    static String text(@Nullable String s) {
        return s == null ? "" : s.strip();
    }

    /**
     * The area register as a workbook: the areas, their permits, and the entry log of the last year
     * (at most {@value #EXPORT_MAX_ENTRIES} stays per area), with findings, for the areas the user may read.
     */
    @Transactional(readOnly = true)
    public byte[] workbook() {
        LocalDate today = LocalDate.now(clock);
        Map<Long, String> unitNames = areas.unitNames();
        List<List<String>> areaRows = new ArrayList<>();
        List<List<String>> permitRows = new ArrayList<>();
        List<List<String>> entryRows = new ArrayList<>();
        Function<Long, String> names = areas.personNames();
        OffsetDateTime start = today.minusYears(1).atStartOfDay(BodyClock.ZONE).toOffsetDateTime();
        OffsetDateTime end = today.plusDays(1).atStartOfDay(BodyClock.ZONE).toOffsetDateTime();
        for (Area a : areas.readable()) {
            areaRows.add(List.of(
                    a.code(),
                    a.name(),
                    PremisesLabels.level(a.level()),
                    unitNames.getOrDefault(a.unitId(), ""),
                    String.join("、", a.assets()),
                    areas.systemsOf(a).stream()
                            .map(AreaViews.LocatedSystem::assetNumber)
                            .collect(Collectors.joining("、")),
                    a.description()));
            for (AreaViews.PermitLine p : areas.permitsOf(a)) {
                permitRows.add(List.of(
                        a.code(),
                        p.permit().role() == null
                                ? p.who()
                                : PremisesLabels.role(p.permit().role()),
                        p.staffNumber() == null ? "" : p.staffNumber(),
                        Wareki.japanese(p.permit().validFrom()),
                        p.permit().validTo() == null
                                ? ""
                                : Wareki.japanese(p.permit().validTo())));
            }
            EntryRule.Facts facts = facts(a, today);
            for (Entry e : repository.entries(a.id(), start, end, 0, EXPORT_MAX_ENTRIES)) {
                AreaViews.EntryLine l = line(e, names, facts);
                entryRows.add(List.of(
                        a.code(),
                        PremisesLabels.dateTime(e.enteredAt()),
                        e.exitedAt() == null ? "" : PremisesLabels.dateTime(e.exitedAt()),
                        e.visitor() ? "来訪者" : "職員",
                        e.visitor() ? String.valueOf(e.visitorName()) : l.who(),
                        e.company(),
                        e.purpose(),
                        l.escort(),
                        l.findings().stream().map(PremisesLabels::finding).collect(Collectors.joining("、"))));
            }
        }
        return new RegisterWorkbook()
                .sheet(new RegisterWorkbook.SheetData(
                        "管理区域",
                        "管理区域台帳（" + Wareki.japanese(today) + "現在）",
                        List.of("区域コード", "名称", "区分", "管理部署", "設置資産", "設置システム", "説明"),
                        areaRows))
                .sheet(new RegisterWorkbook.SheetData(
                        "入室許可", "入室を許可された者", List.of("区域コード", "許可された者", "職員番号", "開始日", "終了日"), permitRows))
                .sheet(new RegisterWorkbook.SheetData(
                        "入退室管理簿",
                        "入退室管理簿（過去1年）",
                        List.of("区域コード", "入室", "退室", "区分", "氏名", "所属・会社", "目的", "同行者", "指摘"),
                        entryRows))
                .bytes();
    }
}
