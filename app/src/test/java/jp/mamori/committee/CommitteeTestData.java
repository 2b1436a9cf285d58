package jp.mamori.committee;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import jp.mamori.organization.OrganizationTestData;
import jp.mamori.security.SecurityTestData;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A committee of four for a test — a chair (CISO) and three holders of the committee role — with a
 * secretary (統括情報セキュリティ責任者), each with an account and the second factor {@link #SECRET};
 * made through the organisation's and security module's services. Holders of the committee role left
 * by other tests leave first, and {@link #dissolve()} lets this test's people leave (the database is
 * shared by the JVM's tests, and a committee counts every member).
 */
public final class CommitteeTestData {
    public static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    private final OrganizationTestData org;
    private final SecurityTestData security;
    private final List<Long> people = new ArrayList<>();
    public final long unit;
    public final long chairId;
    public final List<Long> memberIds;
    public final long secretaryId;
    public final CurrentUser chair;
    public final CurrentUser secretary;
    public final CurrentUser member;

    public CommitteeTestData(JdbcClient jdbc, Committee committee) {
        this(jdbc, committee, true);
    }

    /**
     * As above; without accounts ({@code accounts} false) the users are plain test users with no
     * account behind them, for browser tests that make their own accounts.
     */
    public CommitteeTestData(JdbcClient jdbc, Committee committee, boolean accounts) {
        org = OrganizationTestData.of(jdbc);
        security = SecurityTestData.of(jdbc);
        // members left behind by other tests (the database is shared) leave first: this committee is its own
        jp.mamori.testing.TestContexts.of(jdbc)
                .getBean(jp.mamori.organization.Directory.class)
                .holders(Role.COMMITTEE_MEMBER, TestClock.today())
                .forEach(p -> org.leave(p.id(), TestClock.today().minusDays(1)));
        unit = org.unit("委員会事務局" + OrganizationTestData.unique(""), null);
        chairId = person("委員長 一郎");
        org.grant(chairId, Role.CISO, null);
        memberIds = List.of(person("委員 二郎"), person("委員 三郎"), person("委員 四郎"));
        memberIds.forEach(id -> org.grant(id, Role.COMMITTEE_MEMBER, null));
        secretaryId = person("事務局 五郎");
        org.grant(secretaryId, Role.CHIEF_SECURITY_OFFICER, null);
        secretary = accounts
                ? user(secretaryId, "事務局 五郎", Role.CHIEF_SECURITY_OFFICER)
                : plain(secretaryId, "事務局 五郎", Role.CHIEF_SECURITY_OFFICER);
        chair = accounts ? user(chairId, "委員長 一郎", Role.CISO) : plain(chairId, "委員長 一郎", Role.CISO);
        member = accounts
                ? user(memberIds.get(0), "委員 二郎", Role.COMMITTEE_MEMBER)
                : plain(memberIds.get(0), "委員 二郎", Role.COMMITTEE_MEMBER);
        as(secretary, () -> {
            committee.appointChair(chairId, OrganizationTestData.SINCE);
            return null;
        });
    }

    /** A person in the test's unit who leaves with the committee. */
    public long person(String name) {
        long id = org.person(name, unit);
        people.add(id);
        return id;
    }

    /** The test's people leave the day before today, so the next test's committee is its own. */
    public void dissolve() {
        people.forEach(id -> org.leave(id, TestClock.today().minusDays(1)));
    }

    /** An account with the second factor for the person, as a signed-in user holding the role body-wide. */
    public CurrentUser user(long personId, String name, Role role) {
        String login = OrganizationTestData.unique("cmt");
        security.account(org.staffNumber(personId), login, "committee-pass-42");
        security.enrolSecondFactor(login, SECRET);
        return new CurrentUser(
                login, personId, name, false, List.of(new RoleGrant(Role.STAFF, unit), new RoleGrant(role, null)));
    }

    private CurrentUser plain(long personId, String name, Role role) {
        return new CurrentUser(
                OrganizationTestData.unique("cmt"),
                personId,
                name,
                false,
                List.of(new RoleGrant(Role.STAFF, unit), new RoleGrant(role, null)));
    }

    /** The authenticator's code for the step {@code offset} steps away from the test clock's now. */
    public static String code(long offset) {
        long step = TestClock.INSTANCE.instant().getEpochSecond() / 30 + offset;
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(SECRET, step);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs the work as the user and returns its result. */
    public static <T> T as(CurrentUser user, Supplier<T> work) {
        List<T> result = new ArrayList<>(1);
        TestUsers.runAs(user, () -> result.add(work.get()));
        return result.get(0);
    }
}
