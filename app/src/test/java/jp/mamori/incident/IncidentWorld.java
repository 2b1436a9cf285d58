package jp.mamori.incident;

import java.util.ArrayList;
import java.util.List;
import jp.mamori.organization.OrganizationTestData;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.TestClock;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small organisation made through the organisation module's services ({@link OrganizationTestData}):
 * units, people in post since {@link OrganizationTestData#SINCE} and role assignments, with unique
 * codes, since the test database is shared by every test class in the JVM.
 */
final class IncidentWorld {
    /** 要配慮個人情報 of one person: a report is due under either regime. */
    static final PersonalData SENSITIVE =
            new PersonalData(true, true, false, 1, false, false, false, false, false, false);

    private final OrganizationTestData organization;

    IncidentWorld(JdbcClient jdbc) {
        this.organization = OrganizationTestData.of(jdbc);
    }

    static String unique(String prefix) {
        return OrganizationTestData.unique(prefix);
    }

    long unit(String name, @Nullable Long parentId) {
        return organization.unit(name, parentId);
    }

    /** A person in post since {@link OrganizationTestData#SINCE}, with the given roles (unitId null = body-wide). */
    Person person(String name, long unitId, RoleGrant... roles) {
        String login = unique("login");
        long id = organization.person(new OrganizationTestData.PersonSpec(name, unitId).email(login + "@example.jp"));
        List<RoleGrant> grants = new ArrayList<>();
        grants.add(new RoleGrant(Role.STAFF, unitId));
        for (RoleGrant role : roles) {
            organization.grant(id, role.role(), role.unitId());
            grants.add(role);
        }
        return new Person(id, name, unitId, new CurrentUser(login, id, name, false, grants));
    }

    /** The person's staff number (an account for them is made with it). */
    String staffNumber(Person person) {
        return organization.staffNumber(person.id());
    }

    record Person(long id, String name, long unitId, CurrentUser user) {}

    /** The person records the preliminary report (速報) as sent now through the PPC form, as 統括, with no file. */
    static void preliminarySent(ReportSubmissions submissions, Person by, IncidentId incident) {
        IncidentServiceTests.as(
                by.user(),
                () -> submissions.record(
                        incident,
                        ReportSubmission.Kind.PRELIMINARY,
                        TestClock.INSTANCE.instant(),
                        "統括",
                        ReportSubmission.Channel.PPC_FORM,
                        "",
                        null,
                        null));
    }

    static ReportRequest report(String title, PersonalData facts) {
        return new ReportRequest(
                title,
                "共有フォルダの権限設定の誤りで名簿が見えていた",
                TestClock.INSTANCE.instant().minusSeconds(3_600),
                "保険課 職員",
                List.of("共有フォルダ \\\\fs01\\hoken", "組合員名簿"),
                ThreatCategory.UNINTENTIONAL_ERROR,
                facts,
                null,
                "");
    }
}
