package dev.kiln.ir;

/**
 * An exception edge: if an instruction of the covered block throws an instance of {@code catchType}
 * (a binary class name, or null for "any", as for {@code finally}), control passes to {@code target},
 * whose first instruction is {@link Insn.Caught}. A block's handlers are tried in order, like the JVM's
 * exception table.
 */
public final class Handler {
    private final String catchType;
    private Block target;

    public Handler(String catchType, Block target) {
        this.catchType = catchType;
        this.target = target;
    }

    public String catchType() { return catchType; }
    public Block target() { return target; }
    public void setTarget(Block target) { this.target = target; }
}
