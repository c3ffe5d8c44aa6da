package dev.kiln.frontend.classpath;

import dev.kiln.ir.CompileError;
import dev.kiln.ir.Diagnostic;
import java.io.IOException;

/**
 * Turns an I/O failure on an input file into the user-facing error: an unreadable jar or class file is a
 * problem with the program's inputs, not a compiler bug.
 */
final class ReadFailure {
    private ReadFailure() {}

    static CompileError of(String origin, IOException e) {
        return new CompileError(new Diagnostic(Diagnostic.Severity.ERROR, origin, null, null, -1, -1,
                "cannot read " + origin + ": " + e.getMessage()));
    }
}
