package jp.mamori.netcheck.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** What a netcheck command run from the command line gave: its exit code, standard output and errors. */
record CommandRun(int code, String out, String err) {
    /** "Today" for the command: 2026-04-01. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-01T00:00:00Z"), ZoneOffset.UTC);

    /** Runs netcheck with these arguments. */
    static CommandRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = NetcheckCommand.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                CLOCK);
        return new CommandRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs {@code netcheck flows} on a CSV flow log: {@code --zones Z --flows F --flow-format csv}, then {@code extra}. */
    static CommandRun flows(Path zones, Path csv, String... extra) {
        List<String> args = new ArrayList<>(
                List.of("flows", "--zones", zones.toString(), "--flows", csv.toString(), "--flow-format", "csv"));
        args.addAll(List.of(extra));
        return of(args.toArray(String[]::new));
    }

    /** A CSV flow log of these records, one a line under the header. */
    static String flowCsv(String... records) {
        return "time,src,dst,proto,src_port,dst_port,bytes,packets,action,device,rule\n" + String.join("\n", records)
                + "\n";
    }

    /** Writes the text to a file of that name in the folder, for the command to read. */
    static Path file(Path dir, String name, String text) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, text);
        return path;
    }
}
