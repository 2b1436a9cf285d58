package jp.mamori.netcheck.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import jp.mamori.netcheck.analysis.RuleAnalysis;
import jp.mamori.netcheck.flow.FlowAudit;
import jp.mamori.netcheck.flow.FlowFormatException;
import jp.mamori.netcheck.importer.Vendor;
import jp.mamori.netcheck.model.ImportResult;
import jp.mamori.netcheck.model.RuleImporter;
import jp.mamori.netcheck.report.Messages;
import jp.mamori.netcheck.report.Report;
import jp.mamori.netcheck.report.ReportFormat;
import jp.mamori.netcheck.zone.ZoneModel;
import jp.mamori.netcheck.zone.ZoneModelException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code netcheck}: checks firewall rules ({@code rules}) and flow logs ({@code flows}) against the
 * zone model, or prints a starting zone file ({@code init}). Exit 0 = no violation, 1 = violations
 * found or the verdict incomplete (UNRESOLVED rules, unreadable flow records), 2 = bad input or usage, reported as one line on standard error naming the file and line.
 * Runs without Spring: the application's launcher calls {@link #run(String[], PrintStream,
 * PrintStream)}.
 */
@Command(
        name = "netcheck",
        mixinStandardHelpOptions = true,
        version = "netcheck 0.1.0",
        description = "ゾーン分離（マイナンバー利用事務系・LGWAN接続系・インターネット接続系）をファイアウォール設定と通信ログで検証します。",
        subcommands = {NetcheckCommand.Rules.class, NetcheckCommand.Flows.class, NetcheckCommand.Init.class})
public final class NetcheckCommand implements Callable<Integer> {
    /** Exit code: nothing breaks the zone model. */
    public static final int OK = 0;
    /**
     * Exit code: the zones are not proven apart: at least one violation, expired exception or
     * UNRESOLVED rule, or (flows) a record that could not be read.
     */
    public static final int VIOLATIONS = 1;
    /** Exit code: bad input or usage. */
    public static final int BAD_INPUT = 2;

    private final Clock clock;
    private final PrintStream out;

    @CommandLine.Spec
    CommandLine.Model.@Nullable CommandSpec spec;

    private NetcheckCommand(Clock clock, PrintStream out) {
        this.clock = clock;
        this.out = out;
    }

    /** Runs the command line and returns the exit code; never throws, never prints a stack trace. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, Clock.systemDefaultZone());
    }

    /** As {@link #run(String[], PrintStream, PrintStream)} with a fixed "today" (tests). */
    public static int run(String[] args, PrintStream out, PrintStream err, Clock clock) {
        NetcheckCommand root = new NetcheckCommand(clock, out);
        CommandLine cl = new CommandLine(root);
        cl.getSubcommands().get("rules").getCommandSpec().usageMessage().footer(vendorLines());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("netcheck: " + Messages.japanese().format("error.usage", ex.getMessage()));
            err.println("  netcheck " + subcommandName(ex.getCommandLine()) + " --help で使い方を表示します。");
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            err.println("netcheck: " + describe(ex));
            return BAD_INPUT;
        });
        try {
            return cl.execute(args);
        } catch (RuntimeException e) {
            err.println("netcheck: " + describe(e));
            return BAD_INPUT;
        }
    }

    // the --vendor list of `rules --help`: one line per vendor, from the Vendor enum
    private static String[] vendorLines() {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("--vendor:");
        for (Vendor v : Vendor.values()) {
            lines.add(String.format("  %-10s %s", v.cliName(), v.description()));
        }
        return lines.toArray(String[]::new);
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    private static String subcommandName(CommandLine c) {
        return c.getCommandName().equals("netcheck") ? "" : c.getCommandName();
    }

    static String describe(Throwable e) {
        Messages m = Messages.japanese();
        if (e instanceof ZoneModelException z) {
            return z.line() > 0 ? z.getMessage() : z.file() + ": " + z.reason();
        }
        if (e instanceof FlowFormatException || e instanceof InputProblem) {
            return e.getMessage();
        }
        if (e instanceof NoSuchFileException n) {
            return m.format("error.io", n.getFile(), "ファイルがありません");
        }
        if (e instanceof IOException io) {
            return m.format("error.io", "", io.getMessage());
        }
        if (e instanceof java.io.UncheckedIOException u) {
            return describe(u.getCause());
        }
        return m.format("error.internal", e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    @Override
    public Integer call() {
        // no subcommand is a usage error: the usage goes where errors go
        if (spec != null) {
            spec.commandLine().usage(spec.commandLine().getErr());
        }
        return BAD_INPUT;
    }

    static Messages messages(String lang) {
        if (!lang.equals("ja") && !lang.equals("en")) {
            throw new InputProblem(Messages.japanese().format("error.usage", "--lang は ja か en です: " + lang));
        }
        return Messages.forLanguage(lang);
    }

    static ReportFormat format(String name) {
        return ReportFormat.byName(name)
                .orElseThrow(() -> new InputProblem(
                        Messages.japanese().format("error.usage", "--format は text, json, sarif のいずれかです: " + name)));
    }

    // JSON and SARIF are always UTF-8 (files for programs); text follows the stream's own encoding
    // rejectUnread: the flow audit fails on any record it could not read
    int emit(Report report, ReportFormat format, Messages messages, boolean rejectUnread) {
        String text = format.render(report, messages);
        if (format == ReportFormat.TEXT) {
            out.print(text);
        } else {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            out.write(bytes, 0, bytes.length);
        }
        out.flush();
        return report.fails(rejectUnread) ? VIOLATIONS : OK;
    }

    /**
     * What both checks ({@code rules}, {@code flows}) take: the zone file with the approved
     * exceptions of {@code --exceptions} files, and the report's format and language.
     */
    abstract static class Check implements Callable<Integer> {
        @CommandLine.ParentCommand
        @Nullable
        NetcheckCommand parent;

        @Option(names = "--zones", required = true, paramLabel = "ZONES.yaml", description = "ゾーンファイル")
        @Nullable
        Path zones;

        @Option(
                names = "--exceptions",
                paramLabel = "FILE.yaml",
                description = "承認済みの例外を収めたファイル（exceptions: のみ、複数指定可。mamori exceptions export --netcheck の出力）")
        List<Path> exceptions = new ArrayList<>();

        @Option(names = "--format", defaultValue = "text", description = "text, json, sarif（既定: text）")
        String format = "text";

        @Option(names = "--lang", defaultValue = "ja", description = "ja, en（既定: ja）")
        String lang = "ja";

        NetcheckCommand root() {
            if (parent == null) {
                throw new IllegalStateException("a check runs only under netcheck");
            }
            return parent;
        }

        // the exceptions of each --exceptions file join those of the zone file
        ZoneModel model(NetcheckCommand root) {
            if (zones == null) {
                throw new InputProblem("--zones がありません");
            }
            ZoneModel model = ZoneModel.load(zones, root.clock);
            for (Path f : exceptions) {
                model = model.withExceptions(f);
            }
            return model;
        }
    }

    /** {@code netcheck rules}: checks firewall configurations against the zone model. */
    @Command(name = "rules", mixinStandardHelpOptions = true, description = "ファイアウォール設定のルールがゾーン方針に反していないか検証します。")
    static final class Rules extends Check {
        @Option(names = "--rules", required = true, paramLabel = "FILE", description = "設定ファイル（複数指定可）")
        List<Path> rules = new ArrayList<>();

        @Option(
                names = "--vendor",
                required = true,
                completionCandidates = Vendor.Names.class,
                description = "${COMPLETION-CANDIDATES}（下の一覧）")
        String vendor = "";

        @Option(names = "--device", description = "設定に機器名がないときの機器名")
        @Nullable
        String device;

        @Override
        public Integer call() throws IOException {
            NetcheckCommand root = root();
            Messages messages = messages(lang);
            ReportFormat reportFormat = format(format);
            RuleImporter importer = Vendor.byName(vendor)
                    .orElseThrow(
                            () -> new InputProblem(Messages.japanese().format("error.vendor", vendor, Vendor.names())))
                    .importer();
            ZoneModel model = model(root);
            ImportResult all = new ImportResult(List.of(), List.of(), 0, 0);
            for (Path p : rules) {
                ImportResult one = importer.read(p.toString(), InputText.read(p), device);
                if (one.ruleSets().isEmpty() && one.linesRead() > 0 && one.linesUnderstood() == 0) {
                    String first = one.unsupported().isEmpty()
                            ? ""
                            : "（" + one.unsupported().get(0).line() + " 行目: "
                                    + one.unsupported().get(0).reason() + "）";
                    root.emit(new RuleAnalysis(model, messages).report(one), reportFormat, messages, false);
                    throw new InputProblem(p + ": " + vendor + " の設定として読める行がありません" + first);
                }
                all = all.plus(one);
            }
            Report report = new RuleAnalysis(model, messages).report(all);
            return root.emit(report, reportFormat, messages, false);
        }
    }

    /** {@code netcheck flows}: audits flow logs against the zone model. */
    @Command(name = "flows", mixinStandardHelpOptions = true, description = "通信ログ（フロー）にゾーン方針に反する通信がないか検証します。")
    static final class Flows extends Check {
        @Option(names = "--flows", required = true, paramLabel = "FILE", description = "通信ログ（複数指定可、gzip 可）")
        List<Path> flows = new ArrayList<>();

        @Option(
                names = "--flow-format",
                required = true,
                description = "csv, fortigate, paloalto, netflow5, netflow9, ipfix, zeek")
        String flowFormat = "";

        @Override
        public Integer call() {
            NetcheckCommand root = root();
            Messages messages = messages(lang);
            ReportFormat reportFormat = format(format);
            ZoneModel model = model(root);
            Report report = FlowAudit.run(model, flows, flowFormat, root.clock, messages);
            return root.emit(report, reportFormat, messages, true);
        }
    }

    /** {@code netcheck init}: prints a starting zone file for one of the guideline's network models. */
    @Command(
            name = "init",
            mixinStandardHelpOptions = true,
            description = "ネットワークモデル（α, α′, β, β′）に合わせたゾーンファイルのひな形を出力します。")
    static final class Init implements Callable<Integer> {
        @CommandLine.ParentCommand
        @Nullable
        NetcheckCommand parent;

        @Option(names = "--model", required = true, description = "alpha, alpha-prime, beta, beta-prime")
        String model = "";

        @Override
        public Integer call() {
            if (parent == null) {
                throw new IllegalStateException("init runs only under netcheck");
            }
            Preset preset = Preset.byName(model)
                    .orElseThrow(() -> new InputProblem(Messages.japanese()
                            .format("error.usage", "--model は " + Preset.names() + " のいずれかです: " + model)));
            byte[] bytes = preset.text().getBytes(StandardCharsets.UTF_8);
            parent.out.write(bytes, 0, bytes.length);
            parent.out.flush();
            return OK;
        }
    }
}
