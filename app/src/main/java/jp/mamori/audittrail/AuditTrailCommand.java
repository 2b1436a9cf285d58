package jp.mamori.audittrail;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import jp.mamori.shared.DatabaseCommandBase;
import jp.mamori.shared.Wareki;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mamori audit-trail verify}: recomputes the hash chain and the head's seal independently
 * of the running application and names the first broken entry; then checks the trail against the
 * daily anchor files and names the periods no anchor covers. Exit 0 intact (periods without an
 * anchor are reported, not failed), 1 broken or not matching an anchor, 2 database problem.
 */
@Command(
        name = "audit-trail",
        description = "監査証跡 (audit trail) commands",
        mixinStandardHelpOptions = true,
        subcommands = AuditTrailCommand.Verify.class)
public class AuditTrailCommand {

    /** Recomputes the chain and checks the anchors: exit 0 intact, 1 broken, 2 database problem. */
    @Command(
            name = "verify",
            mixinStandardHelpOptions = true,
            description = "監査証跡のハッシュチェーン・先頭の署名・日々のアンカーを検証します (exit 0 正常, 1 改ざん・欠落あり, 2 データベースの問題)")
    public static class Verify extends DatabaseCommandBase {
        @Option(
                names = "--anchors",
                paramLabel = "DIR",
                description = "アンカーファイルのフォルダ (既定: mamori.audit.anchor-dir / MAMORI_ANCHOR_DIR、組み込みDBでは <data>/anchors)")
        @Nullable
        Path anchors;

        @Override
        public int run(ApplicationContext context) {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            MessageSource messages = context.getBean(MessageSource.class);
            Locale ja = Locale.JAPANESE;
            try {
                Verification result = context.getBean(ChainVerifier.class).verify();
                Anchors anchorService = context.getBean(Anchors.class);
                AnchorCheck.Coverage coverage = anchorService.check(anchors);
                Path folder = anchors == null ? anchorService.folder() : anchors.toAbsolutePath();
                if (result instanceof Verification.Intact intact) {
                    out.println(messages.getMessage("verify.intact", new Object[] {intact.entries()}, ja));
                    boolean fits = report(coverage, folder, messages, out);
                    out.flush();
                    return fits ? 0 : 1;
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
                report(coverage, folder, messages, out);
                out.flush();
                return 1;
            } catch (DataAccessException e) {
                return databaseProblem(e, messages, err);
            } catch (java.io.UncheckedIOException e) {
                err.println(messages.getMessage("verify.anchorFolderProblem", new Object[] {e.getMessage()}, ja));
                err.flush();
                return 2;
            }
        }

        /** Prints what the anchors say; false when one does not match. */
        static boolean report(AnchorCheck.Coverage coverage, Path folder, MessageSource messages, PrintWriter out) {
            Locale ja = Locale.JAPANESE;
            for (AnchorCheck.Problem problem : coverage.problems()) {
                String reason = messages.getMessage(problem.reason(), null, ja);
                Anchor anchor = problem.anchor();
                out.println(
                        anchor == null
                                ? messages.getMessage(
                                        "verify.anchor.problem", new Object[] {problem.file(), reason}, ja)
                                : messages.getMessage(
                                        "verify.anchor.problemAt",
                                        new Object[] {
                                            problem.file(), anchor.day().toString(), Long.toString(anchor.seq()), reason
                                        },
                                        ja));
            }
            List<Anchor> fitting = coverage.fitting();
            if (fitting.isEmpty()) {
                if (coverage.lastEntry() > 0) {
                    out.println(messages.getMessage(
                            "verify.anchors.none", new Object[] {folder, Long.toString(coverage.lastEntry())}, ja));
                }
            } else {
                out.println(messages.getMessage(
                        "verify.anchors.fit",
                        new Object[] {
                            fitting.size(),
                            fitting.get(0).day().toString(),
                            fitting.get(fitting.size() - 1).day().toString(),
                            folder
                        },
                        ja));
            }
            for (AnchorCheck.Gap gap : coverage.gaps()) {
                out.println(messages.getMessage(
                        "verify.gap",
                        new Object[] {
                            gap.from().toString(),
                            gap.to().toString(),
                            Wareki.japanese(gap.from()),
                            Wareki.japanese(gap.to())
                        },
                        ja));
            }
            if (coverage.firstUncovered() > 0 && !fitting.isEmpty()) {
                out.println(messages.getMessage(
                        "verify.tail",
                        new Object[] {Long.toString(coverage.firstUncovered()), Long.toString(coverage.lastEntry())},
                        ja));
            }
            return coverage.intact();
        }

        private static int databaseProblem(DataAccessException e, MessageSource messages, PrintWriter err) {
            String cause = String.valueOf(e.getMostSpecificCause().getMessage())
                    .lines()
                    .findFirst()
                    .orElse("");
            err.println(messages.getMessage("verify.databaseProblem", new Object[] {cause}, Locale.JAPANESE));
            err.flush();
            return 2;
        }
    }
}
