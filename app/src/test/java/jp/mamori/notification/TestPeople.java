package jp.mamori.notification;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import jp.mamori.organization.OrganizationTestData;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import org.springframework.jdbc.core.simple.JdbcClient;

/** People to send notices to, made through the organisation module's services with unique numbers. */
final class TestPeople {
    private static final AtomicInteger NEXT = new AtomicInteger();

    private TestPeople() {}

    /**
     * A person in post in a fresh unit, with this mail address (empty: any address, as the
     * organisation's rules want one); returns the person id.
     */
    static long person(JdbcClient jdbc, String email) {
        int n = NEXT.incrementAndGet();
        OrganizationTestData organization = OrganizationTestData.of(jdbc);
        long unit = organization.unit("通知テスト課" + n, null);
        return organization.person(new OrganizationTestData.PersonSpec("通知 太郎" + n, unit)
                .kana("ツウチ タロウ")
                .email(email.isEmpty() ? OrganizationTestData.unique("ntf") + "@example.jp" : email));
    }

    /**
     * A person in post with no mail address. The organisation's rules have asked for an address since
     * they were written, so only older data lacks one: the person is made through the organisation's
     * services and the address then cleared by hand, the one write into its table left in the tests.
     */
    static long personWithoutAddress(JdbcClient jdbc) {
        long person = person(jdbc, "");
        jdbc.sql("update org_person set email = '' where id = :id")
                .param("id", person)
                .update();
        return person;
    }

    /** A signed-in staff member who is that person. */
    static CurrentUser signedIn(long personId) {
        return new CurrentUser("ntf-" + personId, personId, "通知 太郎", false, List.of(new RoleGrant(Role.STAFF, null)));
    }
}
