package dev.kiln.ir.verify;

import dev.kiln.ir.Block;
import dev.kiln.ir.Function;
import dev.kiln.ir.Handler;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.Phi;
import dev.kiln.ir.text.IrPrinter;

/**
 * One broken invariant. {@code element} is what the error is about and where the rendered listing shows
 * it: the {@link Function} (its header line), a {@link Block} (its label), a {@link Handler}, a
 * {@link Phi} or an {@link Instruction}.
 */
public record VerifierError(Object element, String message) {
    /** The error with its line, for logs: {@code v3 = add int v1, v2: operand v2 has type long, expected int}. */
    @Override
    public String toString() {
        return where() + ": " + message;
    }

    private String where() {
        if (element instanceof Instruction i) return IrPrinter.print(i);
        if (element instanceof Phi p) return IrPrinter.print(p);
        if (element instanceof Block b) return b + ":";
        if (element instanceof Handler h) return "catch " + (h.catchType() == null ? "any" : h.catchType()) + " -> " + h.target();
        if (element instanceof Function f) return "function " + f.method();
        return String.valueOf(element);
    }
}
