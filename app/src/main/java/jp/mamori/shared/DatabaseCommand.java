package jp.mamori.shared;

import org.springframework.context.ApplicationContext;

/**
 * A command-line command that works on the database. The launcher parses its options, starts the
 * application without the web server on the database its {@link DatabaseOptions} name, and then
 * calls {@link #run(ApplicationContext)}. The exit code is returned to the shell. A command
 * extends {@link DatabaseCommandBase}, which holds the database options and the command spec.
 */
public interface DatabaseCommand {
    DatabaseOptions database();

    /** Runs the command; returns the process exit code. */
    int run(ApplicationContext context) throws Exception;
}
