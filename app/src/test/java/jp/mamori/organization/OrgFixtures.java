package jp.mamori.organization;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test data for the organisation module: unique codes and staff numbers per call, since the test
 * database is shared by every test class in the JVM.
 */
final class OrgFixtures {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    /** When test people came into post: before every day the suite runs on. */
    static final LocalDate APRIL_1 = OrganizationTestData.SINCE;

    private final Units units;
    private final People people;

    OrgFixtures(Units units, People people) {
        this.units = units;
        this.people = people;
    }

    static String unique(String prefix) {
        return prefix + System.nanoTime() % 100_000_000 + "x" + SEQUENCE.incrementAndGet();
    }

    Unit unit(String name, Unit parent) {
        return units.create(new UnitDraft(unique("U"), name, parent == null ? null : parent.id()));
    }

    Person person(String name, Unit unit) {
        return person(name, unit, APRIL_1, null);
    }

    Person person(String name, Unit unit, LocalDate from, LocalDate to) {
        return people.create(
                new PersonDraft(unique("P"), name, "テスト", unique("m") + "@example.jp", "職員", unit.id(), from, to));
    }
}
