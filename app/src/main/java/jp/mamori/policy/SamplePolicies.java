package jp.mamori.policy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.mamori.organization.Directory;
import jp.mamori.organization.PersonSummary;
import jp.mamori.organization.UnitSummary;
import jp.mamori.shared.Role;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds sample policy documents of the fictional 架空市職員共済組合 in dev mode, once, when there are
 * none: a basic policy with two revisions (the second in force), two standards (one with a revision
 * waiting for approval), and a procedure restricted to the systems team and CSIRT. All text is
 * invented for the demo.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "mamori.mode", havingValue = "dev")
@ConditionalOnWebApplication
class SamplePolicies implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(SamplePolicies.class);

    private final PolicyRepository documents;
    private final RevisionRepository revisions;
    private final Directory directory;
    private final PolicySettings settings;
    private final TransactionTemplate transaction;

    private final Clock clock;

    SamplePolicies(
            PolicyRepository documents,
            RevisionRepository revisions,
            Directory directory,
            PolicySettings settings,
            TransactionTemplate transaction,
            Clock clock) {
        this.clock = clock;
        this.documents = documents;
        this.revisions = revisions;
        this.directory = directory;
        this.settings = settings;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<UnitSummary> general = directory.unitByCodeOrName("J10");
        Optional<UnitSummary> systems = directory.unitByCodeOrName("J12");
        if (!documents.all().isEmpty() || general.isEmpty() || systems.isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(
                status -> seed(general.get().id(), systems.get().id()));
        log.info("Sample policy documents created (basic policy, two standards, one restricted procedure)");
    }

    private void seed(long general, long systems) {
        PolicyDocument basic =
                document(PolicyTier.BASIC_POLICY, null, "情報セキュリティ基本方針", "", general, Visibility.open(Audience.PUBLIC));
        approved(
                basic,
                1,
                "6架共第101号",
                LocalDate.of(2024, 4, 1),
                null,
                LocalDate.of(2024, 4, 1),
                "新規制定",
                BASIC_1,
                "この基本方針は、令和6年4月1日から施行する。");
        approved(
                basic,
                2,
                "7架共第58号",
                LocalDate.of(2024, 4, 1),
                LocalDate.of(2025, 3, 14),
                LocalDate.of(2025, 4, 1),
                "外部委託とクラウドサービスの利用に関する規定の追加",
                BASIC_2,
                "この基本方針は、令和6年4月1日から施行する。\n\n附則（令和7年3月14日7架共第58号）\n\nこの基本方針は、令和7年4月1日から施行する。");

        PolicyDocument standard = document(
                PolicyTier.STANDARD, basic.id(), "情報セキュリティ対策基準", "", general, Visibility.open(Audience.ALL_STAFF));
        approved(
                standard,
                1,
                "6架共第102号",
                LocalDate.of(2024, 4, 1),
                null,
                LocalDate.of(2024, 4, 1),
                "新規制定",
                STANDARD_1,
                "この基準は、令和6年4月1日から施行する。");
        Revision waiting = Revision.draft(
                        standard.id(),
                        2,
                        new RevisionDraft(
                                "8架共第12号",
                                LocalDate.of(2024, 4, 1),
                                LocalDate.now(clock),
                                LocalDate.now(clock).plusMonths(1),
                                "パスワードの扱いを多要素認証の前提に見直す",
                                "この基準は、令和6年4月1日から施行する。",
                                STANDARD_2),
                        "sample",
                        holder(Role.SECURITY_OFFICER).map(PersonSummary::id).orElse(null),
                        holder(Role.SECURITY_OFFICER).map(PersonSummary::name).orElse("起案者"),
                        OffsetDateTime.now(clock))
                .submit(settings.approval().standard(), LocalDate.of(2024, 4, 1), OffsetDateTime.now(clock));
        long waitingId = revisions.insert(waiting);
        revisions.note(waitingId, "DRAFTED", "sample", waiting.authorName(), null, "", OffsetDateTime.now(clock));
        revisions.note(waitingId, "SUBMITTED", "sample", waiting.authorName(), null, "", OffsetDateTime.now(clock));

        PolicyDocument outsourcing = document(
                PolicyTier.STANDARD, basic.id(), "外部サービス利用基準", "", general, Visibility.open(Audience.ALL_STAFF));
        approved(
                outsourcing,
                1,
                "7架共第59号",
                LocalDate.of(2025, 4, 1),
                null,
                LocalDate.of(2025, 4, 1),
                "新規制定",
                OUTSOURCING_1,
                "この基準は、令和7年4月1日から施行する。");

        PolicyDocument procedure = document(
                PolicyTier.PROCEDURE,
                standard.id(),
                "共済業務システム運用手順",
                "共済業務システム",
                systems,
                Visibility.restricted(Set.of(Role.CSIRT), Set.of(systems)));
        approved(
                procedure,
                1,
                "6架共第140号",
                LocalDate.of(2024, 6, 1),
                null,
                LocalDate.of(2024, 6, 1),
                "新規制定",
                PROCEDURE_1,
                "この手順は、令和6年6月1日から施行する。");
    }

    private PolicyDocument document(
            PolicyTier tier, @Nullable Long parent, String title, String subject, long owner, Visibility visibility) {
        long id = documents.insert(
                new PolicyDocument(0, tier, parent, title, subject, owner, visibility, OffsetDateTime.now(clock)),
                "sample");
        return documents.find(id).orElseThrow();
    }

    private void approved(
            PolicyDocument document,
            int number,
            String documentNumber,
            LocalDate enacted,
            @Nullable LocalDate amended,
            LocalDate effective,
            String reason,
            String body,
            String supplementary) {
        // the sample revisions were approved before the committee's step was set: the roles only
        List<Role> chain = settings.approval().of(document.tier()).stream()
                .filter(role -> role != Revision.COMMITTEE_STEP)
                .toList();
        Revision revision = Revision.draft(
                        document.id(),
                        number,
                        new RevisionDraft(documentNumber, enacted, amended, effective, reason, supplementary, body),
                        "sample",
                        null,
                        "見本データ",
                        OffsetDateTime.now(clock))
                .submit(chain, null, OffsetDateTime.now(clock));
        for (Role role : chain) {
            Approver approver = holder(role)
                    .map(p -> new Approver("sample-" + p.staffNumber(), p.id(), p.name(), Set.of(role)))
                    .orElse(new Approver("sample-" + role.name(), null, role.name(), Set.of(role)));
            revision = revision.approve(approver, OffsetDateTime.now(clock));
        }
        long id = revisions.insert(revision);
        revisions.markAnnounced(id, OffsetDateTime.now(clock));
    }

    private Optional<PersonSummary> holder(Role role) {
        return directory.holders(role, LocalDate.now(clock)).stream().findFirst();
    }

    private static final String BASIC_1 = """
            ## 1 目的

            この基本方針は、架空市職員共済組合（以下「組合」という。）が扱う情報資産を守り、組合員からの信頼に応えるため、情報セキュリティ対策の基本となる考え方を定める。

            ## 2 対象

            1. 組合の役員及び職員（非常勤・派遣の職員を含む。）
            2. 組合の情報システム、ネットワーク及びそれらで扱う情報

            ## 3 職員の義務

            職員は、この基本方針及び対策基準を理解し、日々の業務で守らなければならない。
            """;

    private static final String BASIC_2 = """
            ## 1 目的

            この基本方針は、架空市職員共済組合（以下「組合」という。）が扱う情報資産を守り、組合員からの信頼に応えるため、情報セキュリティ対策の基本となる考え方を定める。

            ## 2 対象

            1. 組合の役員及び職員（非常勤・派遣の職員を含む。）
            2. 組合の情報システム、ネットワーク及びそれらで扱う情報
            3. 組合が業務を委託する事業者が扱う組合の情報

            ## 3 職員の義務

            職員は、この基本方針及び対策基準を理解し、日々の業務で守らなければならない。

            ## 4 外部サービスの利用

            クラウドサービスその他の外部サービスを利用するときは、扱う情報の重要度に応じて、あらかじめ安全性を確かめる。
            """;

    private static final String STANDARD_1 = """
            ## 第1条 目的

            この基準は、基本方針に基づき、職員が守るべき具体的な対策を定める。

            ## 第2条 パスワード

            1. パスワードは他人に教えない。
            2. パスワードは定期的に変更する。

            ## 第3条 情報の分類

            | 区分 | 例 | 扱い |
            |---|---|---|
            | 機密性3 | 組合員の個人情報 | 持ち出し禁止 |
            | 機密性2 | 内部の会議資料 | 職員限り |
            | 機密性1 | 公表済みの資料 | 制限なし |
            """;

    private static final String STANDARD_2 = """
            ## 第1条 目的

            この基準は、基本方針に基づき、職員が守るべき具体的な対策を定める。

            ## 第2条 パスワード

            1. パスワードは他人に教えない。
            2. パスワードは使い回さず、多要素認証と組み合わせて使う。

            ## 第3条 情報の分類

            | 区分 | 例 | 扱い |
            |---|---|---|
            | 機密性3 | 組合員の個人情報 | 持ち出し禁止 |
            | 機密性2 | 内部の会議資料 | 職員限り |
            | 機密性1 | 公表済みの資料 | 制限なし |
            """;

    private static final String OUTSOURCING_1 = """
            ## 第1条 趣旨

            この基準は、外部のサービスを業務に使うときの手続を定める。

            ## 第2条 事前の確認

            所管課は、利用を始める前に、サービスの所在地、暗号化の有無及び契約終了時のデータの扱いを確かめ、情報セキュリティ責任者の承認を得る。
            """;

    private static final String PROCEDURE_1 = """
            ## 1 日次の確認

            1. 始業時に、夜間バッチの終了結果を運用記録に書き写す。
            2. 異常があれば、情報システム係長に直ちに報告する。

            ## 2 障害時の連絡

            業務時間外の障害は、当番表の順に電話で連絡する。連絡先は係内の掲示による。
            """;
}
