package dev.kiln.cli;

import dev.kiln.ir.CompileError;
import dev.kiln.ir.Diagnostic;
import picocli.CommandLine;

/**
 * Turns exceptions escaping a command into the CLI's exit statuses: a {@link CompileError} prints one line
 * per diagnostic and exits with 2; anything else is a compiler bug, reported in one paragraph with its
 * context (the stack trace only with {@code KILN_STACKTRACE=1}) and exit status 3.
 */
final class InternalErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        var err = cl.getErr();
        if (ex instanceof CompileError ce) {
            for (Diagnostic d : ce.diagnostics()) err.println(d.format());
            err.flush();
            return KilnCli.EXIT_COMPILE_ERROR;
        }
        if (ex instanceof UserError ue) {
            err.println("error: " + ue.getMessage());
            err.flush();
            return KilnCli.EXIT_COMPILE_ERROR;
        }
        err.println("internal compiler error: " + ex);
        for (Throwable c = ex.getCause(); c != null; c = c.getCause()) err.println("  caused by: " + c);
        if ("1".equals(System.getenv("KILN_STACKTRACE"))) {
            ex.printStackTrace(err);
        } else {
            err.println("Please report this as a Kiln bug; set KILN_STACKTRACE=1 to include the stack trace.");
        }
        err.flush();
        return KilnCli.EXIT_INTERNAL_ERROR;
    }
}
