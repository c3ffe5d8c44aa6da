package dev.kiln.compiler;

import dev.kiln.ir.CompileError;
import dev.kiln.ir.Diagnostic;

/**
 * Kiln's public Java API: compile a program's classes into a WebAssembly GC module.
 */
public final class Kiln {
    private Kiln() {}

    /**
     * Compiles the program whose classes are on {@code options.classpath()}.
     *
     * @throws CompileError with one diagnostic per problem when the input cannot be compiled
     */
    public static CompileResult compile(CompileOptions options) {
        throw new CompileError(Diagnostic.error("the compilation pipeline is being wired up"));
    }
}
