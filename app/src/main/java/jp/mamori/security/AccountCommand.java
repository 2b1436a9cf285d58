package jp.mamori.security;

import java.io.PrintWriter;
import java.util.Optional;
import jp.mamori.shared.DatabaseCommandBase;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code mamori account …}: looking after accounts from the server's command line — the way back
 * in when no administrator can sign in.
 */
@Command(
        name = "account",
        description = "アカウントを管理します",
        mixinStandardHelpOptions = true,
        subcommands = {AccountCommand.Unlock.class})
public class AccountCommand {

    /**
     * {@code mamori account unlock LOGIN}: ends the sign-in wait of the login and clears its failed
     * attempts, audited as {@code cli:<os user>}. Exit 0 done (also when there was nothing to
     * clear), 1 no such account.
     */
    @Command(
            name = "unlock",
            description = "サインインの待機を解除します (exit 0 解除・待機なし, 1 アカウントなし)",
            mixinStandardHelpOptions = true)
    public static class Unlock extends DatabaseCommandBase {
        @Parameters(index = "0", paramLabel = "LOGIN", description = "Login of the account")
        String login = "";

        @Override
        public int run(ApplicationContext context) {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Accounts accounts = context.getBean(Accounts.class);
            Optional<Account> account = accounts.byLogin(login);
            if (account.isEmpty()) {
                err.println("エラー: ログインID「" + login + "」のアカウントがありません");
                err.flush();
                return 1;
            }
            String actor = actor();
            boolean cleared = accounts.unlock(account.get().id(), actor);
            out.println(
                    cleared
                            ? "アカウント「" + account.get().login() + "」のサインイン待機を解除しました。"
                            : "アカウント「" + account.get().login() + "」にはサインイン待機がありません。");
            if (!account.get().enabled()) {
                out.println("注意: このアカウントは無効になっています。有効にするには管理者がアカウント管理画面で有効にしてください。");
            }
            out.flush();
            return 0;
        }
    }
}
