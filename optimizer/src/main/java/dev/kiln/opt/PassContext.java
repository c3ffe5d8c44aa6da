package dev.kiln.opt;

import dev.kiln.ir.IrProgram;

/**
 * What a pass may look at beyond the function it transforms: the whole program, for member lookups and
 * the class hierarchy. Passes must not change other functions through it.
 */
public final class PassContext {
    private final IrProgram program;

    public PassContext(IrProgram program) {
        this.program = program;
    }

    public IrProgram program() { return program; }
}
