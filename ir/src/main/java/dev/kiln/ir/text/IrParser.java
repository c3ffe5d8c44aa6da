package dev.kiln.ir.text;

import dev.kiln.ir.Function;
import dev.kiln.ir.IrProgram;

/**
 * Reads the IR text form (see the {@linkplain dev.kiln.ir.text package documentation}) back into IR.
 * Comments ({@code ;} to the end of the line) and blank lines are ignored, and indentation is free.
 *
 * <p>The parser checks syntax and names only: every value and block that is mentioned must be defined
 * somewhere in the function. Everything else, such as types, dominance and block structure, is the
 * verifier's job, so malformed IR can be written down and handed to it.
 */
public final class IrParser {
    private IrParser() {}

    /** Parses text holding exactly one function. */
    public static Function parseFunction(String text) {
        DeclParser p = new DeclParser(new SourceLines(text));
        Function f = p.function();
        p.expectEnd();
        return f;
    }

    /** Parses a whole program: the {@code program} line and its classes. */
    public static IrProgram parseProgram(String text) {
        DeclParser p = new DeclParser(new SourceLines(text));
        IrProgram program = p.program();
        p.expectEnd();
        return program;
    }
}
