package jp.mamori.organization;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import jp.mamori.shared.Role;
import jp.mamori.testing.TestContexts;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Units, people and role assignments for the tests of other modules, made through this module's own
 * services (with their checks, events and audit entries), never written into its tables by hand.
 * Codes, staff numbers and addresses are unique per call, since the test database is shared by every
 * test class of the JVM.
 *
 * <p>People are in post, and roles held, from {@link #SINCE}: before every day the suite is run on
 * (the hard days of {@code OnEachHardDay} and the sweep reach back to 2019).
 */
public final class OrganizationTestData {
    /** The first day of every test person's post and role unless a test says otherwise. */
    public static final LocalDate SINCE = LocalDate.of(2015, 4, 1);

    /** The employment category test people belong to unless a test says otherwise. */
    public static final String STAFF_CATEGORY = "職員";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Units units;
    private final People people;
    private final RoleAssignments roles;
    private final Directory directory;

    public OrganizationTestData(ApplicationContext context) {
        this.directory = context.getBean(Directory.class);
        this.units = context.getBean(Units.class);
        this.people = context.getBean(People.class);
        this.roles = context.getBean(RoleAssignments.class);
    }

    /** For the application behind that client (see {@link TestContexts}). */
    public static OrganizationTestData of(JdbcClient jdbc) {
        return new OrganizationTestData(TestContexts.of(jdbc));
    }

    /** A text unique in this JVM: prefix, a number from the clock, a counter. */
    public static String unique(String prefix) {
        return prefix + System.nanoTime() % 100_000_000 + "x" + SEQUENCE.incrementAndGet();
    }

    /** A new unit with a unique code, under the parent when given; returns its id. */
    public long unit(String name, @Nullable Long parentId) {
        return unit(unique("U"), name, parentId);
    }

    /** A new unit with that code; returns its id. */
    public long unit(String code, String name, @Nullable Long parentId) {
        return units.create(new UnitDraft(code, name, parentId)).id();
    }

    /** The unit's code, as the directory gives it. */
    public String unitCode(long unitId) {
        return directory.unit(unitId).orElseThrow().code();
    }

    /** A person of the unit in post since {@link #SINCE}, with a unique staff number and address. */
    public long person(String name, long unitId) {
        return person(new PersonSpec(name, unitId));
    }

    /** A person as the spec says; returns the id. */
    public long person(PersonSpec spec) {
        String staffNumber = spec.staffNumber() == null ? unique("P") : spec.staffNumber();
        String email = spec.email() == null ? unique("m") + "@example.jp" : spec.email();
        return people.create(new PersonDraft(
                        staffNumber,
                        spec.name(),
                        spec.kana(),
                        email,
                        spec.category(),
                        spec.unitId(),
                        spec.from(),
                        spec.to()))
                .id();
    }

    /** The staff number (職員番号) of the person. */
    public String staffNumber(long personId) {
        return people.get(personId).staffNumber();
    }

    /** Gives the role for the unit (body-wide when null) from {@link #SINCE}; returns the assignment id. */
    public long grant(long personId, Role role, @Nullable Long unitId) {
        return grant(personId, role, unitId, SINCE, null);
    }

    /** Gives the role for the unit (body-wide when null) for those days; returns the assignment id. */
    public long grant(long personId, Role role, @Nullable Long unitId, LocalDate from, @Nullable LocalDate to) {
        return roles.assign(new RoleAssignmentDraft(personId, role, unitId, from, to))
                .id();
    }

    /** Ends the role assignment with that last valid day, as ending it on the people page does. */
    public void endGrant(long assignmentId, LocalDate lastDay) {
        roles.end(assignmentId, lastDay);
    }

    /** Moves the person to the unit from the application's today, as changing the person's unit does. */
    public void move(long personId, long unitId) {
        Person p = people.get(personId);
        people.change(
                personId,
                new PersonDraft(
                        p.staffNumber(),
                        p.name(),
                        p.kana(),
                        p.email(),
                        p.category(),
                        unitId,
                        p.inPostFrom(),
                        p.inPostTo()));
    }

    /** Ends the person's time in post with that last day (離任日), as the 離任処理 does. */
    public void leave(long personId, LocalDate lastDay) {
        people.deactivate(personId, lastDay);
    }

    /**
     * What a test person is: only the name and unit are required; a null staff number or address
     * is made unique, the post runs from {@link #SINCE} with no end, in category {@link
     * #STAFF_CATEGORY}, with the フリガナ テスト.
     */
    public record PersonSpec(
            String name,
            long unitId,
            @Nullable String staffNumber,
            String kana,
            @Nullable String email,
            String category,
            LocalDate from,
            @Nullable LocalDate to) {
        public PersonSpec(String name, long unitId) {
            this(name, unitId, null, "テスト", null, STAFF_CATEGORY, SINCE, null);
        }

        public PersonSpec staffNumber(String number) {
            return new PersonSpec(name, unitId, number, kana, email, category, from, to);
        }

        public PersonSpec kana(String text) {
            return new PersonSpec(name, unitId, staffNumber, text, email, category, from, to);
        }

        public PersonSpec email(String address) {
            return new PersonSpec(name, unitId, staffNumber, kana, address, category, from, to);
        }

        public PersonSpec category(String name) {
            return new PersonSpec(this.name, unitId, staffNumber, kana, email, name, from, to);
        }

        public PersonSpec inPost(LocalDate first, @Nullable LocalDate last) {
            return new PersonSpec(name, unitId, staffNumber, kana, email, category, first, last);
        }
    }
}
