package jp.mamori.supplier;

import java.util.List;
import jp.mamori.asset.AssetTestData;
import jp.mamori.incident.IncidentService;
import jp.mamori.incident.PersonalData;
import jp.mamori.incident.ReportRequest;
import jp.mamori.incident.StoredIncident;
import jp.mamori.incident.ThreatCategory;
import jp.mamori.organization.OrganizationTestData;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test data for the supplier registers: units, people and assets through the owning modules' own
 * services, with unique names (the test database is shared by every test class).
 */
final class SupplierFixtures {
    final OrganizationTestData org;
    final AssetTestData assets;

    SupplierFixtures(JdbcClient jdbc) {
        this.org = OrganizationTestData.of(jdbc);
        this.assets = AssetTestData.of(jdbc);
    }

    static String unique(String prefix) {
        return OrganizationTestData.unique(prefix);
    }

    /**
     * An incident reported by the user through the incident module's service: discovered that many
     * seconds ago at that place, an unintentional error with no personal data and no assets.
     */
    static StoredIncident reported(
            IncidentService incidents,
            CurrentUser reporter,
            String title,
            String description,
            long secondsAgo,
            String place) {
        return TestUsers.callAs(
                reporter,
                () -> incidents.report(new ReportRequest(
                        title,
                        description,
                        TestClock.INSTANCE.instant().minusSeconds(secondsAgo),
                        place,
                        List.of(),
                        ThreatCategory.UNINTENTIONAL_ERROR,
                        PersonalData.none(),
                        null,
                        "")));
    }

    /** A 情報セキュリティ管理者 of the unit (a person with that role), as a MockMvc user. */
    CurrentUser manager(long unitId) {
        long p = org.person("管理　委託", unitId);
        org.grant(p, Role.SECURITY_MANAGER, unitId);
        return new CurrentUser(
                unique("sup-mgr-"),
                p,
                "管理 委託",
                false,
                java.util.List.of(new RoleGrant(Role.STAFF, unitId), new RoleGrant(Role.SECURITY_MANAGER, unitId)));
    }

    /** A CISO without a person behind the account. */
    static CurrentUser ciso() {
        return TestUsers.user(unique("sup-ciso-"), new RoleGrant(Role.CISO, null));
    }

    /** The work's answer, done as the user. */
    static <T> T as(CurrentUser user, java.util.function.Supplier<T> work) {
        java.util.List<T> answer = new java.util.ArrayList<>(1);
        TestUsers.runAs(user, () -> answer.add(work.get()));
        return answer.get(0);
    }
}
