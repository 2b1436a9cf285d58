package jp.mamori.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.mamori.incident.IncidentService;
import jp.mamori.incident.StoredIncident;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.Role;
import jp.mamori.shared.RoleGrant;
import jp.mamori.testing.MamoriSpringTest;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The incident page names the contract and the official SNS account linked to the incident on the
 * supplier side (through {@code shared.IncidentMentions}), with links to their pages, for those who
 * may read the supplier registers; a reporter who may not sees no such line.
 */
@MamoriSpringTest
class IncidentMentionsTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IncidentService incidents;

    @Autowired
    Contractors contractors;

    @Autowired
    SnsAccounts accounts;

    @Test
    void the_incident_page_shows_the_contract_and_the_sns_account_that_name_it() throws Exception {
        SupplierFixtures fx = new SupplierFixtures(jdbc);
        long unit = fx.org.unit("事案記載課", null);
        CurrentUser manager = fx.manager(unit);
        long reporterId = fx.org.person("報告 一郎", unit);
        CurrentUser reporter = new CurrentUser(
                SupplierFixtures.unique("reporter-"),
                reporterId,
                "報告 一郎",
                false,
                List.of(new RoleGrant(Role.STAFF, unit)));
        long deputy = fx.org.person("広報 次郎", unit);
        StoredIncident incident = SupplierFixtures.reported(
                incidents,
                reporter,
                SupplierFixtures.unique("公式アカウントからの不審な投稿"),
                "委託先の運用担当の端末から、身に覚えのない投稿があった",
                1_800,
                "広報担当");
        String reference = incident.reference();
        String account = "@" + SupplierFixtures.unique("kakuu_koho");
        long[] ids = new long[3];
        TestUsers.runAs(manager, () -> {
            ids[0] = contractors
                    .register(new ContractorDraft(
                            SupplierFixtures.unique("架空広報支援株式会社"), "", "窓口 七郎", "000-0000-0000", "", ""))
                    .id();
            ids[1] = contractors
                    .registerContract(
                            ids[0],
                            new ContractDraft(
                                    "SNS運用支援委託",
                                    "",
                                    unit,
                                    "",
                                    TestClock.today().minusMonths(3),
                                    TestClock.today().plusMonths(9),
                                    Place.REMOTE,
                                    "",
                                    List.of()))
                    .id();
            contractors.linkIncident(ids[0], ids[1], reference);
            ids[2] = accounts.register(new SnsAccountDraft(
                            "X",
                            account,
                            "市政の広報",
                            "SNS運用手順",
                            "",
                            unit,
                            fx.org.staffNumber(reporterId),
                            List.of(fx.org.staffNumber(deputy)),
                            "広報係長",
                            true,
                            "市ホームページ"))
                    .id();
            accounts.linkIncident(ids[2], reference, "HIJACK");
        });

        String page = mvc.perform(get("/incidents/" + incident.incident().id())
                        .accept(MediaType.TEXT_HTML)
                        .with(TestUsers.as(manager)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("この事案を記載した記録")
                .contains("委託契約 K-" + ids[1] + "「SNS運用支援委託」")
                .contains("href=\"/contractors/" + ids[0] + "/contracts/" + ids[1] + "\"")
                .contains("公式SNSアカウント X " + account + "(乗っ取り)")
                .contains("href=\"/sns-accounts/" + ids[2] + "\"");

        String reporterPage = mvc.perform(
                        get("/incidents/" + incident.incident().id())
                                .accept(MediaType.TEXT_HTML)
                                .with(TestUsers.as(reporter)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(reporterPage).doesNotContain("委託契約 K-" + ids[1], "この事案を記載した記録");
    }
}
