package jp.mamori.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import jp.mamori.testing.MamoriSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine;

/** The command's work on the shared test context (the launcher's own start-up is not repeated here). */
@MamoriSpringTest
class ApiTokenCommandTests {
    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    ApiTokens tokens;

    private int run(StringWriter out, StringWriter err, String... args) throws Exception {
        CommandLine cli = new CommandLine(new ApiTokenCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        CommandLine.ParseResult parsed = cli.parseArgs(args);
        ApiTokenCommand.Create create =
                (ApiTokenCommand.Create) parsed.subcommand().commandSpec().userObject();
        return create.run(context);
    }

    @Test
    void create_prints_the_token_alone_on_standard_output_and_stores_only_its_hash() throws Exception {
        Account staff = new SecurityFixtures(jdbc, accounts).staff();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = run(out, err, "create", "--user", staff.login(), "--name", "夜間バッチ");
        assertThat(code).isZero();
        String token = out.toString().strip();
        assertThat(token).startsWith(ApiTokens.PREFIX).doesNotContain("\n");
        assertThat(tokens.authenticate(token)).contains(staff.id());
        assertThat(tokens.of(staff.id())).extracting(ApiToken::name).containsExactly("夜間バッチ");
        assertThat(err.toString()).contains("夜間バッチ").doesNotContain(token);
    }

    @Test
    void an_unknown_user_ends_with_exit_code_1_and_one_line() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(run(out, err, "create", "--user", "no-such-user", "--name", "x"))
                .isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().strip()).contains("no-such-user").doesNotContain("\n");
    }
}
