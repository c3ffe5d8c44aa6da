package dev.kiln.ir.text;

import dev.kiln.ir.Function;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.Phi;

/** Writes the IR text form. Placeholder until the text form lands; see the package documentation. */
public final class IrPrinter {
    private IrPrinter() {}

    public static String print(Function f) { return "function " + f.method(); }
    public static String print(Instruction i) { return i.opcode(); }
    public static String print(Phi p) { return p.result() + " = phi"; }
}
