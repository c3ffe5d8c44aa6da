package dev.kiln.cli;

/** A problem with the command line's inputs (missing file, unknown engine): one line, exit status 2. */
final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserError(String message) {
        super(message);
    }
}
