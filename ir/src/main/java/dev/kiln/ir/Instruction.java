package dev.kiln.ir;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An IR instruction: an operation with SSA operands and at most one result. The concrete kinds are the
 * nested classes of {@link Insn}; dispatch over them with {@link InsnVisitor}.
 *
 * <p>Field and method references in instructions are <em>resolved</em>: their owner is the class that
 * declares the member (the frontend performs JVM resolution, JVMS 5.4.3), so later stages never search
 * the hierarchy to find a member.
 */
public abstract class Instruction {
    Block block;
    private final Value result;
    private final List<Value> operands;
    private SourcePos pos = SourcePos.NONE;

    protected Instruction(Value result, List<Value> operands) {
        this.result = result;
        this.operands = new ArrayList<>(operands);
        if (result != null) result.setDefinition(this);
    }

    /** The defined value, or null. */
    public Value result() { return result; }

    public List<Value> operands() { return Collections.unmodifiableList(operands); }
    public Value operand(int i) { return operands.get(i); }
    public void setOperand(int i, Value v) { operands.set(i, v); }

    public void replaceOperand(Value from, Value to) {
        for (int i = 0; i < operands.size(); i++) if (operands.get(i) == from) operands.set(i, to);
    }

    public Block block() { return block; }
    public SourcePos pos() { return pos; }

    public Instruction at(SourcePos pos) {
        this.pos = pos;
        return this;
    }

    /** The mnemonic in the text form, e.g. {@code add}, {@code invoke.virtual}. */
    public abstract String opcode();

    /** True if executing this instruction can throw (explicitly or implicitly: NPE, bounds, casts...). */
    public abstract boolean mayThrow();

    public abstract <R> R accept(InsnVisitor<R> visitor);

    @Override
    public String toString() {
        return dev.kiln.ir.text.IrPrinter.print(this);
    }
}
