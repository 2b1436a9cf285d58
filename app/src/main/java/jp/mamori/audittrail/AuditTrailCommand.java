package jp.mamori.audittrail;

import java.io.PrintWriter;
import java.util.Locale;
import jp.mamori.shared.DatabaseCommand;
import jp.mamori.shared.DatabaseOptions;
import jp.mamori.shared.Wareki;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code mamori audit-trail verify}: recomputes the hash chain independently of the running
 * application and names the first broken entry. Exit 0 intact, 1 broken, 2 database problem.
 */
@Command(
        name = "audit-trail",
        description = "監査証跡 (audit trail) commands",
        mixinStandardHelpOptions = true,
        subcommands = AuditTrailCommand.Verify.class)
public class AuditTrailCommand {

    /** Recomputes the chain: exit 0 intact, 1 broken, 2 database problem. */
    @Command(
            name = "verify",
            mixinStandardHelpOptions = true,
            description = "監査証跡のハッシュチェーンを検証します (exit 0 正常, 1 改ざん・欠落あり, 2 データベースの問題)")
    public static class Verify implements DatabaseCommand {
        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Spec
        CommandSpec spec;

        @Override
        public DatabaseOptions database() {
            return database;
        }

        @Override
        public int run(ApplicationContext context) {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            MessageSource messages = context.getBean(MessageSource.class);
            Locale ja = Locale.JAPANESE;
            try {
                Verification result = context.getBean(ChainVerifier.class).verify();
                if (result instanceof Verification.Intact intact) {
                    out.println(messages.getMessage("verify.intact", new Object[] {intact.entries()}, ja));
                    out.flush();
                    return 0;
                }
                Verification.Broken broken = (Verification.Broken) result;
                String reason = messages.getMessage(broken.reason(), null, ja);
                String line = broken.time() == null
                        ? messages.getMessage("verify.brokenMissing", new Object[] {broken.seq(), reason}, ja)
                        : messages.getMessage(
                                "verify.broken",
                                new Object[] {
                                    broken.seq(),
                                    broken.time().toString(),
                                    Wareki.japanese(broken.time()
                                            .atZone(AuditFilter.ZONE)
                                            .toLocalDate()),
                                    broken.action(),
                                    reason
                                },
                                ja);
                out.println(line);
                out.flush();
                return 1;
            } catch (DataAccessException e) {
                String cause = String.valueOf(e.getMostSpecificCause().getMessage())
                        .lines()
                        .findFirst()
                        .orElse("");
                err.println(messages.getMessage("verify.databaseProblem", new Object[] {cause}, ja));
                err.flush();
                return 2;
            }
        }
    }
}
