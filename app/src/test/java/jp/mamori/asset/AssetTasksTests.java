package jp.mamori.asset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import jp.mamori.organization.OrganizationTestData;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.MyTasks;
import jp.mamori.testing.OnDay;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The asset module's part of the work list (AssetTasks) through {@code GET /api/v1/me/tasks}: a
 * disposal waiting for a second person is on the list of the owner unit's 情報セキュリティ管理者, not
 * another unit's, and leaves it once approved.
 */
@MamoriSpringTest
@OnDay("2026-11-26")
class AssetTasksTests {
    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    Assets assets;

    @Test
    void a_pending_disposal_is_on_the_unit_managers_list_until_approved() {
        OrganizationTestData org = new OrganizationTestData(context);
        long unit = org.unit("やること庶務課", null);
        long elsewhere = org.unit("やること庶務外課", null);
        long person = org.person("廃棄 管理者", unit);
        long outsider = org.person("廃棄 他課", elsewhere);
        CurrentUser manager = new CurrentUser(
                "yr-ast-" + person,
                person,
                "廃棄 管理者",
                false,
                List.of(new RoleGrant(Role.STAFF, unit), new RoleGrant(Role.SECURITY_MANAGER, unit)));
        CurrentUser other = new CurrentUser(
                "yr-ast-" + outsider,
                outsider,
                "廃棄 他課",
                false,
                List.of(new RoleGrant(Role.STAFF, elsewhere), new RoleGrant(Role.SECURITY_MANAGER, elsewhere)));
        String name = OrganizationTestData.unique("旧申請書綴");
        String[] created = new String[1];
        TestUsers.runAs(
                AssetFixtures.ciso("yr-owner"),
                () -> created[0] = new AssetTestData(context).informationAsset(name, unit, "2"));
        String number = created[0];
        TestUsers.runAs(
                AssetFixtures.ciso("yr-requester"),
                () -> assets.requestDisposal(
                        number, new DisposalRequest(LocalDate.of(2026, 12, 10), "溶解処理", "庶務課 見本")));

        assertThat(MyTasks.of(mvc, manager).about("asset.disposal-approval", name))
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.label()).isEqualTo("情報資産の廃棄の承認");
                    assertThat(item.subject()).isEqualTo(number + " " + name);
                    assertThat(item.dueOn()).isEqualTo("2026-12-10");
                    assertThat(item.link()).isEqualTo("/assets/" + number);
                });
        assertThat(MyTasks.of(mvc, other).about("asset.disposal-approval", name))
                .isEmpty();

        TestUsers.runAs(AssetFixtures.ciso("yr-approver"), () -> assets.approveDisposal(number, null, null));

        assertThat(MyTasks.of(mvc, manager).about("asset.disposal-approval", name))
                .isEmpty();
    }
}
