package jp.mamori.organization;

import java.io.PrintWriter;
import java.nio.file.Path;
import jp.mamori.shared.CommandOptions;
import jp.mamori.shared.DatabaseCommandBase;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code mamori org …}: organisation commands on the command line. */
@Command(
        name = "org",
        description = "組織（部署・職員）のコマンド",
        mixinStandardHelpOptions = true,
        subcommands = {OrganizationCommands.Import.class})
public class OrganizationCommands {
    /**
     * {@code mamori org import --units FILE [--people FILE] [--dry-run]}: exit 0 when every row is
     * valid (and loaded unless a dry run), 1 when rows have errors (nothing written), 2 for bad usage
     * or a file that cannot be read.
     */
    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = {
                "部署と職員を CSV（UTF-8 / Shift_JIS）または Excel（.xlsx）から一括で取り込みます（全件成功か、何も書き込まないか）。",
                "部署の列: 部署コード, 部署名, 上位部署コード",
                "職員の列: 職員番号, 氏名, フリガナ, メールアドレス, 雇用区分, 所属部署コード, 着任日, 離任日",
                "終了コード: 0 正常（--dry-run 以外は取込み済み）、1 行にエラー（何も書き込まない）、2 使い方の誤り・読めないファイル"
            })
    public static class Import extends DatabaseCommandBase {
        @Option(names = "--units", paramLabel = "FILE", required = true, description = "部署のファイル (.csv / .xlsx)")
        @Nullable
        Path units;

        @Option(names = "--people", paramLabel = "FILE", description = "職員のファイル (.csv / .xlsx)")
        @Nullable
        Path people;

        @Mixin
        CommandOptions.DryRun dryRun = new CommandOptions.DryRun();

        @Override
        public int run(ApplicationContext context) {
            PrintWriter out = out();
            PrintWriter err = err();
            return run(context.getBean(OrganizationImport.class), out, err);
        }

        int run(OrganizationImport importer, PrintWriter out, PrintWriter err) {
            Table unitTable;
            Table peopleTable = null;
            try {
                unitTable = TableReader.read(java.util.Objects.requireNonNull(units));
                if (people != null) {
                    peopleTable = TableReader.read(people);
                }
            } catch (Table.UnreadableException e) {
                err.println("エラー: " + e.getMessage());
                err.flush();
                return 2;
            }
            String actor = actor();
            OrganizationImport.Report report = importer.run(unitTable, peopleTable, dryRun.on, actor);
            report.errors().forEach(err::println);
            for (OrganizationImport.Counts counts : new OrganizationImport.Counts[] {report.units(), report.people()}) {
                if (counts != null) {
                    out.println(importer.text(
                            "organization.import.summary",
                            counts.file(),
                            counts.created(),
                            counts.updated(),
                            counts.unchanged()));
                }
            }
            int code;
            if (!report.errors().isEmpty()) {
                err.println(importer.text(
                        "organization.import.failed", report.errors().size()));
                code = 1;
            } else {
                out.println(importer.text(dryRun.on ? "organization.import.dryRun" : "organization.import.done"));
                code = 0;
            }
            out.flush();
            err.flush();
            return code;
        }
    }
}
