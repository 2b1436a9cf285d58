package jp.mamori.security;

import java.io.PrintWriter;
import java.util.Optional;
import jp.mamori.shared.DatabaseCommandBase;
import jp.mamori.shared.InvalidInputException;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mamori api-token …}: API tokens from the command line, for automation set-ups. */
@Command(
        name = "api-token",
        description = "API トークンを管理します",
        mixinStandardHelpOptions = true,
        subcommands = {ApiTokenCommand.Create.class})
public class ApiTokenCommand {

    /**
     * {@code mamori api-token create --user LOGIN --name NAME}: prints the new token once, on
     * standard output alone, so a script can capture it. Exit 0 created, 1 unknown user or bad
     * name.
     */
    @Command(name = "create", description = "利用者の API トークンを作成し、一度だけ表示します", mixinStandardHelpOptions = true)
    public static class Create extends DatabaseCommandBase {
        @Option(names = "--user", required = true, paramLabel = "LOGIN", description = "Login of the token's owner")
        String user = "";

        @Option(
                names = "--name",
                required = true,
                paramLabel = "NAME",
                description = "What the token is for (1–100 characters)")
        String name = "";

        @Override
        public int run(ApplicationContext context) {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Accounts accounts = context.getBean(Accounts.class);
            Optional<Account> owner = accounts.byLogin(user);
            if (owner.isEmpty()) {
                err.println("エラー: ログインID「" + user + "」のアカウントがありません");
                return 1;
            }
            try {
                ApiTokens.Created created =
                        context.getBean(ApiTokens.class).create(owner.get().id(), name, "command-line");
                out.println(created.text());
                out.flush();
                err.println("API トークン「" + created.token().name() + "」("
                        + created.token().prefix() + "…) を " + owner.get().login() + " に作成しました。このトークンは再表示できません。");
                return 0;
            } catch (InvalidInputException e) {
                err.println("エラー: --name は1〜100文字で指定してください");
                return 1;
            }
        }
    }
}
