package dev.kiln.backend.emit;

import dev.kiln.ir.CompileError;
import dev.kiln.ir.Diagnostic;
import dev.kiln.ir.IrMethod;
import dev.kiln.ir.SourcePos;

/** Compile errors located at a method and a position in it, in the form the CLI prints. */
final class Errors {
    private Errors() {}

    static CompileError at(String sourceFile, IrMethod method, SourcePos pos, String message) {
        return new CompileError(Diagnostic.error(sourceFile, method.owner(), method.ref().toString(), pos, message));
    }
}
