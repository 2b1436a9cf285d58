package jp.mamori;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The strict run mode refuses what it cannot run on, with one line and exit code 2 — no Spring start. */
class MamoriLauncherTest {
    record Run(int exitCode, String out, String err) {}

    static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = Mamori.execute(args);
            return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void start_without_a_database_says_what_to_set_in_one_line() {
        Run r = run("start", "--db-url", "");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("--db-url").contains("MAMORI_DB_URL").doesNotContain("Exception");
    }

    @Test
    void start_refuses_the_embedded_h2_database() {
        Run r = run("start", "--db-url", "jdbc:h2:mem:x");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("PostgreSQL").contains("start-dev");
    }

    @Test
    void an_unreachable_postgresql_gives_one_line_not_a_stack_trace() {
        Run r = run(
                "start", "--db-url", "jdbc:postgresql://127.0.0.1:1/mamori", "--db-user", "x", "--db-password", "y");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("データベースに接続できません").doesNotContain("\tat ");
    }

    @Test
    void a_database_command_on_an_unreachable_database_exits_2_with_one_line() {
        Run r = run("audit-trail", "verify", "--db-url", "jdbc:postgresql://127.0.0.1:1/mamori");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
    }

    @Test
    void no_command_prints_the_usage_and_exits_2() {
        Run r = run();
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).contains("start-dev").contains("audit-trail");
    }
}
