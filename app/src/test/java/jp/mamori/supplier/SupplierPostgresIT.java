package jp.mamori.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.mamori.incident.IncidentService;
import jp.mamori.incident.StoredIncident;
import jp.mamori.shared.CurrentUser;
import jp.mamori.shared.IncidentMentions;
import jp.mamori.shared.InvalidInputException;
import jp.mamori.testing.PostgresApplicationTest;
import jp.mamori.testing.TestClock;
import jp.mamori.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The supplier tables ({@code sup_*}, V32_1, V32_2 and V39_1) on a real PostgreSQL: each register is
 * written and read back through its service (contractor with certification, contract with assets,
 * clauses, 再委託先, file, incident, end and certificate; cloud service with assets and terms file; SNS
 * account with deputies, review and incident), a check campaign is answered by Excel and assessed,
 * the findings queries (missing clause, overdue check, asset above the service's level, SNS rules)
 * answer, the incident mentions are found, a register import keeps nothing when a row is bad, and a
 * contract row imports with its assets, clause marks and 再委託先.
 */
class SupplierPostgresIT extends PostgresApplicationTest {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    Contractors contractors;

    @Autowired
    ContractFiles files;

    @Autowired
    SupplierChecks checks;

    @Autowired
    CloudServices cloudServices;

    @Autowired
    SnsAccounts snsAccounts;

    @Autowired
    SupplierFindings findings;

    @Autowired
    RegisterImport importer;

    @Autowired
    IncidentService incidents;

    @Autowired
    IncidentMentions mentions;

    @Test
    void every_register_the_campaign_answers_and_the_findings_work_on_postgresql() throws Exception {
        SupplierFixtures fx = new SupplierFixtures(jdbc);
        long unit = fx.org.unit("PG委託課", null);
        CurrentUser manager = fx.manager(unit);
        long official = fx.org.person("担当 PG", unit);
        long deputy = fx.org.person("代理 PG", unit);
        String secret3 = fx.assets.informationAsset("PG住民データ", unit, "3");
        String company = SupplierFixtures.unique("架空PG株式会社");
        StoredIncident incident = SupplierFixtures.reported(
                incidents, manager, SupplierFixtures.unique("PG委託先からの誤送信"), "委託先が別の自治体宛ての資料を送ってきた", 600, "PG委託課");
        String reference = incident.reference();
        long[] ids = new long[4];
        TestUsers.runAs(manager, () -> {
            Contractor c = contractors.register(
                    new ContractorDraft(company, "架空市本町1-1", "窓口 PG", "000-0000-0000", "pg@kakuu.example.jp", ""));
            ids[0] = c.id();
            contractors.addCertification(
                    c.id(),
                    CertificationKind.ISMS,
                    "",
                    "IS 000000",
                    TestClock.today().plusYears(1));
            Contract k = contractors.registerContract(
                    c.id(),
                    new ContractDraft(
                            "PG基幹系保守委託",
                            "基幹系システムの保守",
                            unit,
                            fx.org.staffNumber(official),
                            TestClock.today().minusMonths(6),
                            TestClock.today().plusMonths(6),
                            Place.CONTRACTOR_PREMISES,
                            "機密性3、個人情報",
                            List.of(secret3)));
            ids[1] = k.id();
            contractors.markClauses(c.id(), k.id(), Set.of("CONFIDENTIALITY", "PURPOSE_LIMIT"));
            contractors.addSubcontractor(c.id(), k.id(), "架空再委託合同会社", "データ入力");
            byte[] pdf = "%PDF-1.7\n契約書\n".getBytes(StandardCharsets.UTF_8);
            try {
                files.add(c.id(), k.id(), "契約書.pdf", pdf.length, new ByteArrayInputStream(pdf));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            contractors.linkIncident(c.id(), k.id(), reference);

            CloudService s = cloudServices.register(new CloudServiceDraft(
                    SupplierFixtures.unique("PG架空クラウド"),
                    "架空クラウド株式会社",
                    "C-PG-1",
                    TestClock.today().plusYears(1),
                    "国内",
                    TestClock.today().minusDays(10),
                    "情報政策課",
                    2,
                    "データを書き出して消去する",
                    unit,
                    List.of(secret3)));
            ids[2] = s.id();
            SnsAccount a = snsAccounts.register(new SnsAccountDraft(
                    "X",
                    "@" + SupplierFixtures.unique("pg_city"),
                    "広報",
                    "SNS運用手順",
                    "イベント情報",
                    unit,
                    fx.org.staffNumber(official),
                    List.of(fx.org.staffNumber(deputy)),
                    "広報係長",
                    false,
                    ""));
            ids[3] = a.id();
            snsAccounts.review(a.id(), TestClock.today().minusDays(2), "年次見直し");
            snsAccounts.linkIncident(a.id(), reference, "MISPOST");
        });

        // read back
        TestUsers.runAs(manager, () -> {
            Contract k = contractors.contract(ids[0], ids[1]);
            assertThat(k.assets()).containsExactly(secret3);
            assertThat(k.clauses()).containsEntry("CONFIDENTIALITY", true).containsEntry("LIABILITY", false);
            assertThat(k.subcontractors()).extracting(Subcontractor::name).containsExactly("架空再委託合同会社");
            assertThat(k.files())
                    .singleElement()
                    .satisfies(f -> assertThat(f.fileName()).isEqualTo("契約書.pdf"));
            assertThat(k.incidents()).extracting(LinkedIncident::reference).containsExactly(reference);
            assertThat(contractors.contractor(ids[0]).certifications())
                    .extracting(Certification::number)
                    .containsExactly("IS 000000");
            CloudServices.Details s = cloudServices.details(ids[2]);
            assertThat(s.assets()).extracting(CloudRule.StoredAsset::number).containsExactly(secret3);
            SnsAccounts.Details a = snsAccounts.details(ids[3]);
            assertThat(a.deputies()).hasSize(1);
            assertThat(a.account().lastReviewedOn()).isEqualTo(TestClock.today().minusDays(2));
        });

        // a campaign answered by Excel, then assessed
        String title = SupplierFixtures.unique("PG定期確認");
        TestUsers.runAs(
                SupplierFixtures.ciso(),
                () -> checks.start(title, TestClock.today().plusDays(14), List.of("目的外に使っていませんか。", "再委託は承認済みですか。")));
        long check = jdbc.sql("""
                        select c.id from sup_check c join sup_check_campaign g on g.id = c.campaign_id
                        where g.title = :t and c.contract_id = :k
                        """)
                .param("t", title)
                .param("k", ids[1])
                .query(Long.class)
                .single();
        assertThat(jdbc.sql("select reminded_on from sup_check where id = :c")
                        .param("c", check)
                        .query(java.time.LocalDate.class)
                        .single())
                .isEqualTo(TestClock.today());
        byte[][] questionnaire = new byte[1][];
        TestUsers.runAs(manager, () -> questionnaire[0] = checks.workbook(check));
        byte[] answered = CheckPagesTests.fill(questionnaire[0], "一部", "PGで確認", 0);
        TestUsers.runAs(manager, () -> {
            assertThat(checks.importAnswers(check, answered)).isEqualTo(2);
            checks.assess(check, Assessment.NEEDS_IMPROVEMENT, "再委託の承認を求めた");
            ContractCheck c = checks.details(check).check();
            assertThat(c.questions()).extracting(ContractCheck.Question::answer).containsOnly(CheckAnswer.PARTLY);
            assertThat(c.assessment()).isEqualTo(Assessment.NEEDS_IMPROVEMENT);
        });

        // an unanswered check past its due date is a finding
        String late = SupplierFixtures.unique("PG臨時確認");
        TestUsers.runAs(
                SupplierFixtures.ciso(),
                () -> checks.start(late, TestClock.today().plusDays(1), List.of("事故はありませんでしたか。")));
        jdbc.sql("update sup_check_campaign set due_on = :d where title = :t")
                .param("d", TestClock.today().minusDays(1))
                .param("t", late)
                .update();
        TestUsers.runAs(manager, () -> {
            Set<String> rules = findings.all().stream()
                    .filter(f -> f.subject().equals("PG基幹系保守委託")
                            || f.link().equals("/cloud-services/" + ids[2])
                            || f.link().equals("/sns-accounts/" + ids[3]))
                    .map(SupplierFinding::rule)
                    .collect(Collectors.toSet());
            assertThat(rules)
                    .contains(
                            "MISSING_REQUIRED_CLAUSE",
                            "UNAPPROVED_SUBCONTRACTOR",
                            "CHECK_OVERDUE",
                            "CLOUD_ASSET_ABOVE_ALLOWED",
                            "CLOUD_UNAPPROVED_CONFIDENTIAL",
                            "SNS_NO_SECOND_FACTOR",
                            "SNS_NOT_ANNOUNCED")
                    .doesNotContain("SNS_NO_DEPUTY", "SNS_REVIEW_OVERDUE", "EXPIRED_CERTIFICATION");
            assertThat(mentions.mentioning(incident.incident().id().toString()))
                    .extracting(IncidentMentions.Mention::path)
                    .containsExactlyInAnyOrder(
                            "/contractors/" + ids[0] + "/contracts/" + ids[1], "/sns-accounts/" + ids[3]);
        });

        // an import with one bad row keeps nothing, also on PostgreSQL
        String kept = SupplierFixtures.unique("PG取込クラウド");
        byte[] bad = RegisterImportTests.workbook(
                List.of("サービス名", "事業者", "扱える格付の上限", "所管課"),
                List.of(List.of(kept, "架空株式会社", "2", fx.org.unitCode(unit)), List.of(kept + "2", "", "2", "存在しない課")));
        TestUsers.runAs(
                manager,
                () -> assertThatThrownBy(
                                () -> importer.run(RegisterImport.Register.CLOUD_SERVICES, "pg.xlsx", bad, false))
                        .isInstanceOf(InvalidInputException.class));
        assertThat(jdbc.sql("select count(*) from sup_cloud_service where name = :n")
                        .param("n", kept)
                        .query(Long.class)
                        .single())
                .isZero();
        byte[] good = RegisterImportTests.workbook(
                List.of("サービス名", "事業者", "扱える格付の上限", "所管課"),
                List.of(List.of(kept, "架空株式会社", "2", fx.org.unitCode(unit))));
        TestUsers.runAs(
                manager,
                () -> assertThat(importer.run(RegisterImport.Register.CLOUD_SERVICES, "pg.xlsx", good, false)
                                .created())
                        .isEqualTo(1));
        assertThat(jdbc.sql("select count(*) from sup_cloud_service where name = :n")
                        .param("n", kept)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // a contract row of the same contractor, with its clauses and a 再委託先, also on PostgreSQL
        byte[] contract = RegisterImportTests.workbook(
                List.of("委託先", "契約名", "所管課", "契約開始日", "契約終了日", "作業場所", "情報資産", "契約にある条項", "再委託先"),
                List.of(List.of(
                        company,
                        "PG取込契約",
                        fx.org.unitCode(unit),
                        "令和8年4月1日",
                        "令和9年3月31日",
                        "委託先の施設",
                        secret3,
                        "秘密の保持\n目的外利用の禁止",
                        "架空PG再委託社：入力(未承認)")));
        TestUsers.runAs(
                manager,
                () -> assertThat(importer.run(RegisterImport.Register.CONTRACTS, "pg.xlsx", contract, false)
                                .created())
                        .isEqualTo(1));
        Contract imported = SupplierFixtures.as(
                manager,
                () -> contractors.details(ids[0]).contracts().stream()
                        .map(SupplierViews.ContractLine::contract)
                        .filter(k -> k.title().equals("PG取込契約"))
                        .findFirst()
                        .orElseThrow());
        assertThat(imported.assets()).containsExactly(secret3);
        assertThat(imported.clauses()).containsEntry("CONFIDENTIALITY", true).containsEntry("LIABILITY", false);
        assertThat(imported.subcontractors()).extracting(Subcontractor::name).containsExactly("架空PG再委託社");
    }
}
