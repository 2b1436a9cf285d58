package jp.mamori.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import jp.mamori.organization.OrganizationEvent.OrganizationImported;
import jp.mamori.organization.OrganizationEvent.PersonChanged;
import jp.mamori.organization.OrganizationEvent.PersonCreated;
import jp.mamori.organization.OrganizationEvent.UnitChanged;
import jp.mamori.organization.OrganizationEvent.UnitCreated;
import jp.mamori.organization.OrganizationEvent.UnitMoved;
import jp.mamori.shared.InvalidInputException.Problem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk load of units and people from tables (CSV or xlsx), all or nothing: every row is checked
 * first, against the database and the rest of the files, and only when no row has an error is
 * anything written — in one transaction, so a failure half-way leaves the database as it was. An
 * existing code or staff number updates that unit or person; a new one creates it.
 */
@Service
class OrganizationImport {
    static final List<String> UNIT_COLUMNS = List.of("部署コード", "部署名", "上位部署コード");
    static final List<String> PEOPLE_COLUMNS =
            List.of("職員番号", "氏名", "フリガナ", "メールアドレス", "雇用区分", "所属部署コード", "着任日", "離任日");
    private static final Map<String, String> PERSON_FIELD_COLUMNS = Map.of(
            "staffNumber", "職員番号",
            "name", "氏名",
            "kana", "フリガナ",
            "email", "メールアドレス",
            "category", "雇用区分",
            "unitId", "所属部署コード",
            "inPostFrom", "着任日",
            "inPostTo", "離任日");
    private static final Map<String, String> UNIT_FIELD_COLUMNS =
            Map.of("code", "部署コード", "name", "部署名", "parentId", "上位部署コード");

    /** What was (or, in a dry run, would be) done with one file. */
    record Counts(String file, int created, int updated, int unchanged) {}

    /** The outcome: the errors (nothing written when there are any) and the counts per file. */
    record Report(
            List<String> errors,
            @Nullable Counts units,
            @Nullable Counts people,
            boolean written) {
        Report {
            errors = List.copyOf(errors);
        }
    }

    /** Called after each row is written; the tests use it to fail half-way. */
    interface RowWritten {
        void after(String file, int row);
    }

    private final UnitRepository units;
    private final PersonRepository people;
    private final Categories categories;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final MessageSource messages;

    private final Clock clock;

    OrganizationImport(
            UnitRepository units,
            PersonRepository people,
            Categories categories,
            ApplicationEventPublisher events,
            TransactionTemplate transaction,
            MessageSource messages,
            Clock clock) {
        this.clock = clock;
        this.units = units;
        this.people = people;
        this.categories = categories;
        this.events = events;
        this.transaction = transaction;
        this.messages = messages;
    }

    Report run(Table unitTable, @Nullable Table peopleTable, boolean dryRun, String actor) {
        return run(unitTable, peopleTable, dryRun, actor, (file, row) -> {});
    }

    Report run(Table unitTable, @Nullable Table peopleTable, boolean dryRun, String actor, RowWritten hook) {
        Report result = transaction.execute(status -> {
            Plan plan = plan(unitTable, peopleTable);
            if (!plan.errors.isEmpty() || dryRun) {
                status.setRollbackOnly();
                return new Report(plan.errors, plan.unitCounts(unitTable), plan.peopleCounts(peopleTable), false);
            }
            write(plan, actor, hook, unitTable, peopleTable);
            return new Report(List.of(), plan.unitCounts(unitTable), plan.peopleCounts(peopleTable), true);
        });
        return Objects.requireNonNull(result);
    }

    // ---- checking -------------------------------------------------------------------------------

    private static final class Plan {
        final List<String> errors = new ArrayList<>();
        /** Unit rows by code, in file order. */
        final Map<String, UnitRow> unitRows = new LinkedHashMap<>();

        final List<PersonRow> personRows = new ArrayList<>();

        @Nullable
        Counts unitCounts(Table table) {
            return new Counts(
                    table.fileName(),
                    (int) unitRows.values().stream()
                            .filter(r -> r.existing == null)
                            .count(),
                    (int) unitRows.values().stream()
                            .filter(r -> r.existing != null && r.changed)
                            .count(),
                    (int) unitRows.values().stream()
                            .filter(r -> r.existing != null && !r.changed)
                            .count());
        }

        @Nullable
        Counts peopleCounts(@Nullable Table table) {
            if (table == null) {
                return null;
            }
            return new Counts(
                    table.fileName(),
                    (int) personRows.stream().filter(r -> r.existing == null).count(),
                    (int) personRows.stream()
                            .filter(r -> r.existing != null && r.changed)
                            .count(),
                    (int) personRows.stream()
                            .filter(r -> r.existing != null && !r.changed)
                            .count());
        }
    }

    private static final class UnitRow {
        final int row;
        final String code;
        final String name;
        final String parentCode;
        final @Nullable Unit existing;
        boolean changed;

        UnitRow(int row, String code, String name, String parentCode, @Nullable Unit existing) {
            this.row = row;
            this.code = code;
            this.name = name;
            this.parentCode = parentCode;
            this.existing = existing;
        }
    }

    private record PersonRow(
            int row,
            PersonDraft draft,
            String unitCode,
            @Nullable Person existing,
            boolean changed) {}

    private Plan plan(Table unitTable, @Nullable Table peopleTable) {
        Plan plan = new Plan();
        Map<Long, Unit> unitsById = new HashMap<>();
        Map<String, Unit> unitsByCode = new HashMap<>();
        for (Unit unit : units.all()) {
            unitsById.put(unit.id(), unit);
            unitsByCode.put(unit.code(), unit);
        }
        if (columnsOk(unitTable, UNIT_COLUMNS, plan)) {
            checkUnits(unitTable, plan, unitsById, unitsByCode);
        }
        if (peopleTable != null && columnsOk(peopleTable, PEOPLE_COLUMNS, plan)) {
            checkPeople(peopleTable, plan, unitsByCode);
        }
        return plan;
    }

    private boolean columnsOk(Table table, List<String> expected, Plan plan) {
        int before = plan.errors.size();
        for (String column : expected) {
            if (!table.header().contains(column)) {
                plan.errors.add(text(
                        "organization.import.column.missing", table.fileName(), column, String.join(", ", expected)));
            }
        }
        for (String column : table.header()) {
            if (!column.isEmpty() && !expected.contains(column)) {
                plan.errors.add(text(
                        "organization.import.column.unknown", table.fileName(), column, String.join(", ", expected)));
            }
        }
        return plan.errors.size() == before;
    }

    private void checkUnits(Table table, Plan plan, Map<Long, Unit> byId, Map<String, Unit> byCode) {
        Map<String, Integer> firstRow = new HashMap<>();
        for (Table.Row row : table.rows()) {
            if (row.isBlank()) {
                continue;
            }
            extraCells(table, row, plan);
            String parentCode = UnitDraft.normaliseCode(row.get("上位部署コード"));
            UnitDraft draft = new UnitDraft(row.get("部署コード"), row.get("部署名"), null);
            List<Problem> problems = draft.problems();
            for (Problem p : problems) {
                plan.errors.add(cellError(
                        table,
                        row.number(),
                        UNIT_FIELD_COLUMNS.get(p.field()),
                        p.messageKey(),
                        p.args().toArray()));
            }
            if (!draft.code().isEmpty() && firstRow.containsKey(draft.code())) {
                plan.errors.add(cellError(
                        table,
                        row.number(),
                        "部署コード",
                        "organization.import.duplicate",
                        draft.code(),
                        firstRow.get(draft.code())));
                continue;
            }
            if (!problems.isEmpty()) {
                continue;
            }
            firstRow.put(draft.code(), row.number());
            plan.unitRows.put(
                    draft.code(),
                    new UnitRow(row.number(), draft.code(), draft.name(), parentCode, byCode.get(draft.code())));
        }
        // the tree as it would be after the import: parents by code
        Map<String, String> parentOf = new HashMap<>();
        for (Unit unit : byId.values()) {
            if (unit.parentId() != null && byId.containsKey(unit.parentId())) {
                parentOf.put(unit.code(), byId.get(unit.parentId()).code());
            }
        }
        for (UnitRow row : plan.unitRows.values()) {
            if (row.parentCode.isEmpty()) {
                parentOf.remove(row.code);
            } else {
                parentOf.put(row.code, row.parentCode);
            }
        }
        for (UnitRow row : plan.unitRows.values()) {
            if (!row.parentCode.isEmpty()
                    && !plan.unitRows.containsKey(row.parentCode)
                    && !byCode.containsKey(row.parentCode)) {
                plan.errors.add(
                        cellError(table, row.row, "上位部署コード", "organization.import.parent.unknown", row.parentCode));
            } else if (inCycle(row.code, parentOf)) {
                plan.errors.add(
                        cellError(table, row.row, "上位部署コード", "organization.import.parent.cycle", row.parentCode));
            }
            if (row.existing != null) {
                String oldParent = row.existing.parentId() == null || !byId.containsKey(row.existing.parentId())
                        ? ""
                        : byId.get(row.existing.parentId()).code();
                row.changed = !row.existing.name().equals(row.name) || !oldParent.equals(row.parentCode);
            }
        }
    }

    private static boolean inCycle(String code, Map<String, String> parentOf) {
        Set<String> seen = new HashSet<>();
        String current = code;
        while (current != null) {
            if (!seen.add(current)) {
                return true;
            }
            current = parentOf.get(current);
        }
        return false;
    }

    private void checkPeople(Table table, Plan plan, Map<String, Unit> unitsByCode) {
        Map<String, Integer> firstRow = new HashMap<>();
        for (Table.Row row : table.rows()) {
            if (row.isBlank()) {
                continue;
            }
            extraCells(table, row, plan);
            List<String> rowErrors = new ArrayList<>();
            LocalDate from = date(table, row, "着任日", rowErrors);
            LocalDate to = date(table, row, "離任日", rowErrors);
            String unitCode = UnitDraft.normaliseCode(row.get("所属部署コード"));
            Unit unit = unitsByCode.get(unitCode);
            boolean unitKnown = unit != null || plan.unitRows.containsKey(unitCode);
            // a unit created by this same import has no id yet: stand in with -1 until it is written
            Long unitId = unit != null
                    ? Long.valueOf(unit.id())
                    : unitKnown ? Long.valueOf(-1) : unitCode.isEmpty() ? null : Long.valueOf(-1);
            PersonDraft draft = new PersonDraft(
                    row.get("職員番号"),
                    row.get("氏名"),
                    row.get("フリガナ"),
                    row.get("メールアドレス"),
                    row.get("雇用区分"),
                    unitId,
                    from,
                    to);
            for (Problem p : draft.problems()) {
                String column = PERSON_FIELD_COLUMNS.get(p.field());
                boolean dateAlreadyNamed = rowErrors.stream().anyMatch(e -> e.contains("「" + column + "」"));
                if (!dateAlreadyNamed) {
                    rowErrors.add(cellError(
                            table,
                            row.number(),
                            column,
                            p.messageKey(),
                            p.args().toArray()));
                }
            }
            if (!unitCode.isEmpty() && !unitKnown) {
                rowErrors.add(cellError(table, row.number(), "所属部署コード", "organization.import.unit.unknown", unitCode));
            }
            Optional<Person> existing =
                    draft.staffNumber().isEmpty() ? Optional.empty() : people.findByStaffNumber(draft.staffNumber());
            if (!draft.category().isEmpty()) {
                Optional<Category> category = categories.byName(draft.category());
                boolean keeps = existing.isPresent()
                        && category.isPresent()
                        && existing.get().categoryId() == category.get().id();
                if (category.isEmpty() || (!category.get().active() && !keeps)) {
                    rowErrors.add(cellError(
                            table, row.number(), "雇用区分", "organization.import.category.unknown", draft.category()));
                }
            }
            if (!draft.staffNumber().isEmpty() && firstRow.containsKey(draft.staffNumber())) {
                rowErrors.add(cellError(
                        table,
                        row.number(),
                        "職員番号",
                        "organization.import.duplicate",
                        draft.staffNumber(),
                        firstRow.get(draft.staffNumber())));
            }
            firstRow.putIfAbsent(draft.staffNumber(), row.number());
            plan.errors.addAll(rowErrors);
            if (rowErrors.isEmpty()) {
                boolean changed = existing.isPresent() && (unit == null || !People.same(existing.get(), draft));
                plan.personRows.add(new PersonRow(row.number(), draft, unitCode, existing.orElse(null), changed));
            }
        }
    }

    private @Nullable LocalDate date(Table table, Table.Row row, String column, List<String> errors) {
        String text = row.get(column);
        if (text.isEmpty()) {
            return null;
        }
        Optional<LocalDate> date = DateText.parse(text);
        if (date.isEmpty()) {
            errors.add(cellError(table, row.number(), column, "organization.import.date", text));
        }
        return date.orElse(null);
    }

    private void extraCells(Table table, Table.Row row, Plan plan) {
        row.cells().keySet().stream()
                .filter(k -> k.startsWith("#"))
                .forEach(k -> plan.errors.add(
                        text("organization.import.extraCell", table.fileName(), row.number(), k.substring(1))));
    }

    // ---- writing --------------------------------------------------------------------------------

    private void write(Plan plan, String actor, RowWritten hook, Table unitTable, @Nullable Table peopleTable) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<String, Long> ids = new HashMap<>();
        units.all().forEach(u -> ids.put(u.code(), u.id()));
        // first create the new units without a parent, so that any order of rows works
        for (UnitRow row : plan.unitRows.values()) {
            if (row.existing == null) {
                ids.put(row.code, units.insert(new UnitDraft(row.code, row.name, null), now));
            }
        }
        for (UnitRow row : plan.unitRows.values()) {
            Long parentId = row.parentCode.isEmpty() ? null : ids.get(row.parentCode);
            long id = ids.get(row.code);
            if (row.existing == null) {
                units.update(id, new UnitDraft(row.code, row.name, parentId), now);
                events.publishEvent(new UnitCreated(
                        id,
                        actor,
                        Changes.start()
                                .value("code", row.code)
                                .value("name", row.name)
                                .value("parentId", parentId)
                                .toMap()));
            } else if (row.changed) {
                units.update(id, new UnitDraft(row.code, row.name, parentId), now);
                Changes renamed = Changes.start().field("name", row.existing.name(), row.name);
                if (!renamed.isEmpty()) {
                    events.publishEvent(new UnitChanged(id, actor, renamed.toMap()));
                }
                if (!Objects.equals(row.existing.parentId(), parentId)) {
                    events.publishEvent(new UnitMoved(
                            id,
                            actor,
                            Changes.start()
                                    .field("parentId", row.existing.parentId(), parentId)
                                    .toMap()));
                }
            }
            hook.after(unitTable.fileName(), row.row);
        }
        for (PersonRow row : plan.personRows) {
            PersonDraft draft = withUnit(row.draft, ids.get(row.unitCode));
            long categoryId = categories.byName(draft.category()).orElseThrow().id();
            if (row.existing == null) {
                long id = people.insert(draft, categoryId, now);
                events.publishEvent(new PersonCreated(id, actor, People.createdValues(draft)));
            } else if (row.changed) {
                Person before = row.existing;
                people.update(before.id(), draft, categoryId, now);
                events.publishEvent(new PersonChanged(
                        before.id(), actor, People.differences(before, draft).toMap()));
            }
            hook.after(peopleTable == null ? "" : peopleTable.fileName(), row.row);
        }
        Counts u = plan.unitCounts(unitTable);
        Counts p = plan.peopleCounts(peopleTable);
        events.publishEvent(new OrganizationImported(
                actor,
                unitTable.fileName() + (peopleTable == null ? "" : ", " + peopleTable.fileName()),
                u == null ? 0 : u.created(),
                u == null ? 0 : u.updated(),
                u == null ? 0 : u.unchanged(),
                p == null ? 0 : p.created(),
                p == null ? 0 : p.updated(),
                p == null ? 0 : p.unchanged()));
    }

    private static PersonDraft withUnit(PersonDraft d, Long unitId) {
        return new PersonDraft(
                d.staffNumber(), d.name(), d.kana(), d.email(), d.category(), unitId, d.inPostFrom(), d.inPostTo());
    }

    // ---- messages -------------------------------------------------------------------------------

    private String cellError(Table table, int row, String column, String key, Object... args) {
        return text("organization.import.cell", table.fileName(), row, column, text(key, args));
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.JAPANESE);
    }
}
