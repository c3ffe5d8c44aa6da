package dev.kiln.ir.text;

import dev.kiln.ir.Block;
import dev.kiln.ir.Function;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.IrClass;
import dev.kiln.ir.IrProgram;
import dev.kiln.ir.Phi;

/**
 * Writes the IR text form described in the {@linkplain dev.kiln.ir.text package documentation}.
 * Listings (functions, blocks, classes, programs) end with a newline; a single instruction or phi is one
 * line without one. Output depends only on the IR, so it is stable across runs and {@link IrParser}
 * reads it back to the same text.
 */
public final class IrPrinter {
    private IrPrinter() {}

    public static String print(Function f) {
        return print(f, LineNotes.NONE);
    }

    /** The function's listing with {@code notes} printed as comments under the lines they belong to. */
    public static String print(Function f, LineNotes notes) {
        ListingWriter w = new ListingWriter(notes);
        w.function(0, header(f), f);
        return w.toString();
    }

    /** {@code function [static ]owner.name(params)ret}: the header line up to the parameter list. */
    static String header(Function f) {
        return "function " + (f.isStatic() ? "static " : "") + f.method();
    }

    public static String print(Block b) {
        ListingWriter w = new ListingWriter(LineNotes.NONE);
        w.block(0, b);
        return w.toString();
    }

    public static String print(Instruction i) {
        return ListingWriter.instruction(i);
    }

    public static String print(Phi p) {
        return ListingWriter.phi(p);
    }

    public static String print(IrClass c) {
        ListingWriter w = new ListingWriter(LineNotes.NONE);
        new DeclWriter(w).clazz(c);
        return w.toString();
    }

    public static String print(IrProgram p) {
        ListingWriter w = new ListingWriter(LineNotes.NONE);
        new DeclWriter(w).program(p);
        return w.toString();
    }
}
