package dev.kiln.opt;

import dev.kiln.ir.IrProgram;

/**
 * What a pass may look at beyond the function it transforms: the whole program, for member lookups and
 * the class hierarchy. Passes must not change other functions through it.
 */
public final class PassContext {
    private final IrProgram program;
    private StableFields stableFields;
    private StaticConstants staticConstants;
    private final boolean favorSize;

    public PassContext(IrProgram program) {
        this(program, false);
    }

    /** {@code favorSize}: the module's size matters more than its speed ({@code -Os}, {@code -Oz}); passes that trade size for speed hold back. */
    public PassContext(IrProgram program, boolean favorSize) {
        this.program = program;
        this.favorSize = favorSize;
    }

    public boolean favorSize() { return favorSize; }

    public IrProgram program() { return program; }

    /**
     * The final fields only their constructors or initializer store, found once per context (none without a program).
     * A context may serve several runs while code is only removed in between (the type flow's pruning): removing stores
     * keeps every field found stable stable, and every constant length constant. Inlining copies constructors' stores
     * into their callers, into the objects those just made, which {@link StableFields} counts as constructors' stores.
     */
    public StableFields stableFields() {
        if (stableFields == null) stableFields = StableFields.of(program);
        return stableFields;
    }

    /** The static final fields every read of which sees one constant, found on first use. */
    public StaticConstants staticConstants() {
        if (staticConstants == null) staticConstants = StaticConstants.of(program);
        return staticConstants;
    }

    /**
     * Forgets what this context found about static fields: call after a whole-program step gave fields constant
     * values ({@code EvaluateStaticInitializers}), so the next pass sees them.
     */
    public void staticFieldsChanged() {
        staticConstants = null;
    }
}
