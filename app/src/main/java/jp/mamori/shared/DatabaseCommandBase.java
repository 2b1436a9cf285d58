package jp.mamori.shared;

import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The base of the command-line commands that work on the database ({@link DatabaseCommand}).
 * A command extends this class and so gets, once for all commands, the database options
 * ({@code --data}, {@code --url} …, {@code --verbose}) as a picocli mixin and its own
 * {@link CommandSpec} (for its standard output and error); it declares only its own options.
 */
public abstract class DatabaseCommandBase implements DatabaseCommand {
    @Mixin
    protected DatabaseOptions database = new DatabaseOptions();

    /** Set by picocli when it parses the command line. */
    @Spec
    protected CommandSpec spec;

    @Override
    public DatabaseOptions database() {
        return database;
    }

    @Override
    public abstract int run(ApplicationContext context) throws Exception;
}
