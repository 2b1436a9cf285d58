package jp.mamori.security;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import jp.mamori.organization.Directory;
import jp.mamori.organization.SampleOrganization;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * What the server does on start when it has no accounts. Production ({@code mamori.mode=prod}):
 * issue a one-time setup token and print it for the operator. Dev ({@code mamori.mode=dev}):
 * create demo accounts linked to the sample organisation (seeded before, at order 10), and print
 * the demo sign-ins on every start.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class FirstStart {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FirstStart.class);
    /** The demo password of every demo account (dev mode only). */
    static final String DEMO_PASSWORD = "mamori-demo-2025";

    /** A demo account: login, the sample person's staff number (none for the administrator), what it shows. */
    record DemoAccount(String login, String staffNumber, boolean administrator, String description) {}

    static final List<DemoAccount> DEMO_ACCOUNTS = List.of(
            new DemoAccount("admin", "", true, "管理者 (初回サインインで二要素認証を登録)"),
            new DemoAccount("ciso", SampleOrganization.DEMO_CISO_STAFF_NUMBER, false, "最高情報セキュリティ責任者 (二要素認証が必要)"),
            new DemoAccount(
                    "manager", SampleOrganization.DEMO_SECTION_MANAGER_STAFF_NUMBER, false, "情報セキュリティ管理者 (保険課)"),
            new DemoAccount("auditor", SampleOrganization.DEMO_AUDITOR_STAFF_NUMBER, false, "監査人"),
            new DemoAccount("staff", SampleOrganization.DEMO_STAFF_STAFF_NUMBER, false, "職員 (権限なし)"));

    @Bean
    @Order(20)
    @ConditionalOnProperty(name = "mamori.mode", havingValue = "prod")
    ApplicationRunner setupToken(SetupTokens setupTokens) {
        return args -> setupTokens.issueIfNoAccounts().ifPresent(token -> printSetupToken(System.out, token));
    }

    @Bean
    @Order(20)
    @ConditionalOnProperty(name = "mamori.mode", havingValue = "dev", matchIfMissing = true)
    ApplicationRunner demoAccounts(Accounts accounts, Directory directory) {
        return (ApplicationArguments args) -> {
            // each demo account once, when its sample person exists; never touched again afterwards
            for (DemoAccount demo : DEMO_ACCOUNTS) {
                boolean person = !demo.staffNumber().isEmpty();
                if (accounts.byLogin(demo.login()).isPresent()
                        || (person
                                && directory
                                        .personByStaffNumber(demo.staffNumber())
                                        .isEmpty())) {
                    continue;
                }
                try {
                    accounts.create(
                            new Accounts.NewAccountRequest(
                                    person ? demo.staffNumber() : null,
                                    demo.login(),
                                    person ? null : "管理者",
                                    DEMO_PASSWORD,
                                    demo.administrator()),
                            "system");
                } catch (jp.mamori.shared.InvalidInputException e) {
                    // the sample person already has another account: leave it as it is
                    LOG.info("demo account {} not created: {}", demo.login(), e.getMessage());
                }
            }
            for (DemoAccount demo : DEMO_ACCOUNTS) {
                Optional<Account> account = accounts.byLogin(demo.login());
                if (account.isPresent()) {
                    System.out.println(
                            "デモ サインイン: " + demo.login() + " / " + DEMO_PASSWORD + " — " + demo.description());
                }
            }
        };
    }

    static void printSetupToken(PrintStream out, String token) {
        String line = "=".repeat(72);
        out.println(line);
        out.println(" mamori 初期設定 / first start");
        out.println(" アカウントがまだありません。ブラウザで /setup を開き、次の一回限りのトークンで");
        out.println(" 最初の管理者を作成してください。 No account exists yet: open /setup and create");
        out.println(" the first administrator with this one-time token:");
        out.println();
        out.println("     " + token);
        out.println();
        out.println(" トークンは管理者の作成後に無効になります。 The token is spent once used.");
        out.println(line);
    }
}
