package jp.mamori.shared;

import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command-line command that works on the database. The launcher parses its options, starts the
 * application without the web server on the database its {@link DatabaseOptions} name, and then
 * calls {@link #run(ApplicationContext)}. The exit code is returned to the shell.
 *
 * <p>A command extends this class and so gets, once for all commands, the database options
 * ({@code --data}, {@code --url} …, {@code --verbose}) as a picocli mixin and its own
 * {@link CommandSpec} (for its standard output and error); it declares only its own options.
 */
public abstract class DatabaseCommand {
    @Mixin
    protected DatabaseOptions database = new DatabaseOptions();

    /** Set by picocli when it parses the command line. */
    @Spec
    protected CommandSpec spec;

    public DatabaseOptions database() {
        return database;
    }

    /** Runs the command; returns the process exit code. */
    public abstract int run(ApplicationContext context) throws Exception;
}
