package jp.mamori.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.mamori.organization.OrganizationEvent.PersonChanged;
import jp.mamori.organization.OrganizationEvent.PersonCreated;
import jp.mamori.organization.OrganizationEvent.PersonDeactivated;
import jp.mamori.shared.Access;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.InvalidInputException.Problem;
import jp.mamori.shared.NotAllowedException;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.Page;
import jp.mamori.shared.Role;
import jp.mamori.shared.UnitHierarchy;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joiners, changes and leavers. People are never deleted: a leaver is deactivated with a last day
 * (離任日). Who may call what is decided at the edge (pages, API) with the {@code access} bean.
 */
@Service
public class People {
    private final PersonRepository repository;
    private final UnitRepository units;
    private final Categories categories;
    private final UnitHierarchy hierarchy;
    private final ApplicationEventPublisher events;

    private final Clock clock;
    private final Access access;

    People(
            PersonRepository repository,
            UnitRepository units,
            Categories categories,
            UnitHierarchy hierarchy,
            ApplicationEventPublisher events,
            Access access,
            Clock clock) {
        this.clock = clock;
        this.access = access;
        this.repository = repository;
        this.units = units;
        this.categories = categories;
        this.hierarchy = hierarchy;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Person get(long id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("person", id));
    }

    @Transactional(readOnly = true)
    public Optional<Person> byStaffNumber(String staffNumber) {
        return repository.findByStaffNumber(staffNumber);
    }

    @Transactional(readOnly = true)
    public List<Person> inUnit(long unitId) {
        return repository.inUnit(unitId);
    }

    @Transactional(readOnly = true)
    List<Person> byIds(Set<Long> ids) {
        return repository.byIds(ids);
    }

    @Transactional(readOnly = true)
    public Page<Person> page(PersonFilter filter, int page, int size) {
        Set<Long> unitIds = filter.unitId() == null ? Set.of() : hierarchy.selfAndDescendants(filter.unitId());
        return repository.page(filter, unitIds, LocalDate.now(clock), page, size);
    }

    @Transactional
    public Person create(PersonDraft draft) {
        long categoryId = check(draft, null);
        long id = repository.insert(draft, categoryId, OffsetDateTime.now(clock));
        events.publishEvent(new PersonCreated(id, Access.currentLogin(), createdValues(draft)));
        return get(id);
    }

    @Transactional
    public Person change(long id, PersonDraft draft) {
        Person before = get(id);
        long categoryId = check(draft, before);
        Changes changes = differences(before, draft);
        if (!changes.isEmpty()) {
            repository.update(id, draft, categoryId, OffsetDateTime.now(clock));
            events.publishEvent(new PersonChanged(id, Access.currentLogin(), changes.toMap()));
        }
        return get(id);
    }

    /** True when saving the draft would change nothing (used by the import to count "unchanged"). */
    static boolean same(Person person, PersonDraft draft) {
        return differences(person, draft).isEmpty();
    }

    /** The audit details of a new person: every value it was given. */
    static Map<String, String> createdValues(PersonDraft draft) {
        return Changes.start()
                .value("staffNumber", draft.staffNumber())
                .value("name", draft.name())
                .value("kana", draft.kana())
                .value("email", draft.email())
                .value("category", draft.category())
                .value("unitId", draft.unitId())
                .value("inPostFrom", draft.inPostFrom())
                .value("inPostTo", draft.inPostTo())
                .toMap();
    }

    /** The audit details of a change: each field that differs, as {@code old → new}. */
    static Changes differences(Person before, PersonDraft draft) {
        return Changes.start()
                .field("staffNumber", before.staffNumber(), draft.staffNumber())
                .field("name", before.name(), draft.name())
                .field("kana", before.kana(), draft.kana())
                .field("email", before.email(), draft.email())
                .field("category", before.category(), draft.category())
                .field("unitId", before.unitId(), draft.unitId())
                .field("inPostFrom", before.inPostFrom(), draft.inPostFrom())
                .field("inPostTo", before.inPostTo(), draft.inPostTo());
    }

    /** Marks the person as a leaver whose last working day is {@code lastDay}. */
    @Transactional
    public Person deactivate(long id, LocalDate lastDay) {
        Person before = get(id);
        String actor = Access.currentLogin();
        Person after = before.deactivate(lastDay, actor, OffsetDateTime.now(clock));
        repository.saveDeactivation(after, OffsetDateTime.now(clock));
        events.publishEvent(new PersonDeactivated(
                id,
                actor,
                Changes.start().field("inPostTo", before.inPostTo(), lastDay).toMap()));
        return get(id);
    }

    /**
     * Checks the draft whole — fields, category, unit, unique staff number — and returns the
     * category's id, or throws {@link InvalidInputException} with every problem found.
     */
    private long check(PersonDraft draft, @Nullable Person before) {
        List<Problem> problems = new ArrayList<>(draft.problems());
        problems.addAll(references(draft, before));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return categories.byName(draft.category()).orElseThrow().id();
    }

    /** The problems only the database can tell: unknown category or unit, staff number in use. */
    List<Problem> references(PersonDraft draft, @Nullable Person before) {
        List<Problem> problems = new ArrayList<>();
        if (!draft.category().isEmpty()) {
            Optional<Category> category = categories.byName(draft.category());
            boolean keepsRetired = before != null
                    && category.isPresent()
                    && before.categoryId() == category.get().id();
            if (category.isEmpty() || (!category.get().active() && !keepsRetired)) {
                problems.add(Problem.of("category", "organization.person.category.unknown", draft.category()));
            }
        }
        if (draft.unitId() != null && units.find(draft.unitId()).isEmpty()) {
            problems.add(Problem.of("unitId", "organization.person.unit.unknown"));
        }
        if (!draft.staffNumber().isEmpty()) {
            repository
                    .findByStaffNumber(draft.staffNumber())
                    .filter(p -> before == null || p.id() != before.id())
                    .ifPresent(p -> problems.add(
                            Problem.of("staffNumber", "organization.person.staffNumber.taken", draft.staffNumber())));
        }
        return problems;
    }

    /*
     * Who may register and change people, for the handlers' {@code @PreAuthorize("@people.…")}:
     * body-wide managers, and 情報セキュリティ責任者・管理者 for the units their scope covers. A refusal
     * throws NotAllowedException naming the reason, as the pages always said it; an unknown id
     * passes, so that the handler answers 404.
     */

    /** May register people at all (the unit itself is checked on the record). */
    public boolean mayCreate() {
        return allowedOrRefused(managesSomeUnit());
    }

    /** May change the person: manages the person's unit. */
    public boolean mayChange(long personId) {
        repository.find(personId).ifPresent(person -> requireManages(person.unitId()));
        return true;
    }

    /** Manages the unit: body-wide managers, and 情報セキュリティ責任者・管理者 whose scope covers it. */
    public boolean canManage(long unitId) {
        return access.canManageUnit(unitId);
    }

    /** Manages every unit: the body-wide managers. */
    public boolean managesEveryUnit() {
        return access.isBodyWideManager();
    }

    /** Refuses unless the user manages the unit (a person's new unit, checked on the record). */
    public void requireManages(long unitId) {
        allowedOrRefused(canManage(unitId));
    }

    private static boolean allowedOrRefused(boolean allowed) {
        if (!allowed) {
            throw new NotAllowedException("organization.notAllowed.unit");
        }
        return true;
    }

    /** Body-wide managers, and anyone holding 情報セキュリティ責任者 or 管理者 for some unit. */
    public boolean managesSomeUnit() {
        return access.isBodyWideManager() || !managedUnits().isEmpty();
    }

    /** The units a unit-scoped 情報セキュリティ責任者・管理者 covers, with the units below them. */
    public Set<Long> managedUnits() {
        Set<Long> managed = new HashSet<>();
        Access.current()
                .ifPresent(user -> user.grants().stream()
                        .filter(g -> g.role() == Role.SECURITY_OFFICER || g.role() == Role.SECURITY_MANAGER)
                        .filter(g -> g.unitId() != null)
                        .forEach(g -> managed.addAll(hierarchy.selfAndDescendants(g.unitId()))));
        return managed;
    }
}
