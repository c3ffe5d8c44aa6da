package dev.kiln.wasm.binary;

import dev.kiln.wasm.model.Func;
import dev.kiln.wasm.model.Instr;
import dev.kiln.wasm.model.Local;
import dev.kiln.wasm.model.Op;
import dev.kiln.wasm.model.ValType;
import java.util.List;

/**
 * Writes expressions (function bodies and constant initializers): checks each instruction with a
 * {@link BodyChecker}, encodes it, and appends the final {@code end} the model leaves implicit. Any
 * problem is rethrown as an {@link IllegalStateException} naming the function (or global) and the
 * instruction index, so a broken body is found from the exception message alone.
 */
final class ExprWriter {
    private static final int END = 0x0b;

    private final InstrEncoder encoder;
    private final TypeEncoder types;
    private final boolean hasMemory;

    ExprWriter(InstrEncoder encoder, TypeEncoder types, boolean hasMemory) {
        this.encoder = encoder;
        this.types = types;
        this.hasMemory = hasMemory;
    }

    /** A code section entry: size, local declarations compressed into runs of one type, body, {@code end}. */
    void functionBody(ByteSink out, Func f) {
        ByteSink code = new ByteSink();
        List<Local> declared = f.locals().subList(f.paramCount(), f.locals().size());
        ByteSink runs = new ByteSink();
        int runCount = 0;
        for (int k = 0; k < declared.size(); runCount++) {
            ValType type = declared.get(k).type();
            int start = k;
            while (k < declared.size() && declared.get(k).type().equals(type)) k++;
            runs.u32(k - start);
            types.valType(runs, type);
        }
        code.u32(runCount);
        code.raw(runs);
        expr(code, f.body(), f.locals(), "function " + f);
        out.sized(code);
    }

    /** A constant expression such as a global initializer or a data segment offset. */
    void constExpr(ByteSink out, List<Instr> instrs, String owner) {
        expr(out, instrs, List.of(), owner);
    }

    private void expr(ByteSink out, List<Instr> instrs, List<Local> locals, String owner) {
        BodyChecker checker = new BodyChecker(locals, hasMemory);
        for (int k = 0; k < instrs.size(); k++) {
            Instr i = instrs.get(k);
            try {
                checker.step(i);
                encoder.encode(out, i);
            } catch (IllegalStateException e) {
                throw new IllegalStateException(owner + ", instruction #" + k + " (" + i.op.text() + "): " + e.getMessage(), e);
            }
        }
        try {
            checker.finish();
        } catch (IllegalStateException e) {
            throw new IllegalStateException(owner + ", at the end of " + instrs.size() + " instruction(s): " + e.getMessage(), e);
        }
        out.u8(END);
    }

    /** Whether any instruction refers to a data segment by index, which requires the data count section. */
    static boolean usesDataIndices(List<Instr> instrs) {
        for (Instr i : instrs) {
            if (i.op.imm == Op.Imm.DATA || i.op.imm == Op.Imm.TYPE_DATA) return true;
        }
        return false;
    }
}
