package jp.mamori.organization;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.mamori.organization.OrganizationEvent.UnitChanged;
import jp.mamori.organization.OrganizationEvent.UnitCreated;
import jp.mamori.organization.OrganizationEvent.UnitMoved;
import jp.mamori.shared.Access;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.shared.InvalidInputException.Problem;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.Page;
import jp.mamori.shared.UnitHierarchy;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, renaming and moving units; every change is checked whole and published for the audit trail. */
@Service
public class Units {
    private final UnitRepository repository;
    private final UnitHierarchy hierarchy;
    private final ApplicationEventPublisher events;

    private final Clock clock;

    Units(UnitRepository repository, UnitHierarchy hierarchy, ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.repository = repository;
        this.hierarchy = hierarchy;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Unit get(long id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("unit", id));
    }

    /** Every unit in tree order (parents before their children, siblings by code) with its depth. */
    @Transactional(readOnly = true)
    public List<UnitNode> tree() {
        List<Unit> all = repository.all();
        Map<@Nullable Long, List<Unit>> children = new HashMap<>();
        for (Unit unit : all) {
            children.computeIfAbsent(unit.parentId(), k -> new ArrayList<>()).add(unit);
        }
        children.values().forEach(list -> list.sort(Comparator.comparing(Unit::code)));
        List<UnitNode> nodes = new ArrayList<>(all.size());
        walk(children, null, 0, nodes);
        return nodes;
    }

    private static void walk(
            Map<@Nullable Long, List<Unit>> children, @Nullable Long parent, int depth, List<UnitNode> out) {
        for (Unit unit : children.getOrDefault(parent, List.of())) {
            out.add(new UnitNode(unit, depth));
            walk(children, unit.id(), depth + 1, out);
        }
    }

    /** The path from the top unit down to this one, e.g. 事務局 › 保険課. */
    @Transactional(readOnly = true)
    public List<Unit> path(long id) {
        List<Unit> path = new ArrayList<>();
        Unit unit = get(id);
        path.add(unit);
        while (unit.parentId() != null && path.size() < 1000) {
            unit = get(unit.parentId());
            path.add(0, unit);
        }
        return path;
    }

    @Transactional(readOnly = true)
    public java.util.Set<Long> selfAndBelow(long id) {
        return hierarchy.selfAndDescendants(id);
    }

    @Transactional(readOnly = true)
    public List<Unit> children(long id) {
        return repository.all().stream()
                .filter(u -> Objects.equals(u.parentId(), id))
                .toList();
    }

    @Transactional
    public Unit create(UnitDraft draft) {
        List<Problem> problems = new ArrayList<>(draft.problems());
        repository
                .findByCode(draft.code())
                .ifPresent(u -> problems.add(Problem.of("code", "organization.unit.code.taken", draft.code())));
        if (draft.parentId() != null && repository.find(draft.parentId()).isEmpty()) {
            problems.add(Problem.of("parentId", "organization.unit.parent.unknown"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = repository.insert(draft, OffsetDateTime.now(clock));
        events.publishEvent(new UnitCreated(
                id,
                Access.currentLogin(),
                Changes.start()
                        .value("code", draft.code())
                        .value("name", draft.name())
                        .value("parentId", draft.parentId())
                        .toMap()));
        return get(id);
    }

    @Transactional
    public Unit change(long id, UnitDraft draft) {
        Unit before = get(id);
        List<Problem> problems = new ArrayList<>(draft.problems());
        repository
                .findByCode(draft.code())
                .filter(u -> u.id() != id)
                .ifPresent(u -> problems.add(Problem.of("code", "organization.unit.code.taken", draft.code())));
        if (draft.parentId() != null && repository.find(draft.parentId()).isEmpty()) {
            problems.add(Problem.of("parentId", "organization.unit.parent.unknown"));
        } else if (!NoCycleRule.allows(hierarchy.selfAndDescendants(id), draft.parentId())) {
            problems.add(Problem.of("parentId", "organization.unit.parent.cycle"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        repository.update(id, draft, OffsetDateTime.now(clock));
        String actor = Access.currentLogin();
        Changes changes =
                Changes.start().field("code", before.code(), draft.code()).field("name", before.name(), draft.name());
        if (!changes.isEmpty()) {
            events.publishEvent(new UnitChanged(id, actor, changes.toMap()));
        }
        if (!Objects.equals(before.parentId(), draft.parentId())) {
            events.publishEvent(new UnitMoved(
                    id,
                    actor,
                    Changes.start()
                            .field("parentId", before.parentId(), draft.parentId())
                            .toMap()));
        }
        return get(id);
    }

    @Transactional(readOnly = true)
    public Page<Unit> page(String text, int page, int size) {
        String filter = text.strip();
        return new Page<>(repository.page(filter, page * size, size), page, size, repository.countMatching(filter));
    }
}
