package dev.kiln.ir;

import java.util.List;

/**
 * Thrown by any stage when the input cannot be compiled: carries one or more {@link Diagnostic}s. This is the
 * only exception a user should ever see from the compiler; anything else is a compiler bug and is reported
 * with context (pass, class, method) by the driver.
 */
public final class CompileError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<Diagnostic> diagnostics;

    public CompileError(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "compile error" : diagnostics.get(0).format());
        this.diagnostics = List.copyOf(diagnostics);
    }

    public CompileError(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }

    public List<Diagnostic> diagnostics() { return diagnostics; }
}
