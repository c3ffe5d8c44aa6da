package dev.kiln.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * A basic block: phis, then instructions, the last of which (and only the last) is a terminator.
 * Printed as {@code b<id>}.
 *
 * <p>Exception edges: {@link #handlers()} lists where an exception thrown inside this block goes. A block
 * with handlers holds at most one instruction that may throw, and it is either the terminator
 * ({@code throw}) or the instruction just before the terminator, so the state of every SSA value on the
 * exception edge is exact: everything defined before the throwing instruction.
 */
public final class Block {
    private final int id;
    private final List<Phi> phis = new ArrayList<>();
    private final List<Instruction> instructions = new ArrayList<>();
    private final List<Handler> handlers = new ArrayList<>();
    Function function;

    Block(int id) {
        this.id = id;
    }

    public int id() { return id; }
    public Function function() { return function; }
    public List<Phi> phis() { return phis; }
    public List<Handler> handlers() { return handlers; }

    /** All instructions including the terminator; mutate through {@link #add}, {@link #insert}, {@link #remove}. */
    public List<Instruction> instructions() { return java.util.Collections.unmodifiableList(instructions); }

    public void addPhi(Phi phi) {
        phi.block = this;
        phis.add(phi);
    }

    /** Removes a phi; its result must no longer be used. */
    public void removePhi(Phi phi) {
        if (!phis.remove(phi)) throw new IllegalArgumentException(phi.result() + " is not a phi of " + this);
        phi.block = null;
    }

    public void add(Instruction insn) {
        insn.block = this;
        instructions.add(insn);
    }

    public void insert(int index, Instruction insn) {
        insn.block = this;
        instructions.add(index, insn);
    }

    public void remove(Instruction insn) {
        if (!instructions.remove(insn)) throw new IllegalArgumentException(insn + " is not in " + this);
        insn.block = null;
    }

    /**
     * Replaces the instruction list in one step, for passes that rewrite a long block (inserting and removing one
     * instruction at a time is linear each); instructions left out are detached, new ones attached.
     */
    public void replaceInstructions(List<Instruction> replacement) {
        for (Instruction insn : instructions) insn.block = null;
        instructions.clear();
        for (Instruction insn : replacement) add(insn);
    }

    /** {@link Function#replaceUses} on this block's phis and instructions only. */
    public void replaceUses(java.util.Map<Value, Value> replacement) {
        if (replacement.isEmpty()) return;
        for (Phi p : phis) {
            for (Phi.Input in : p.inputs()) in.setValue(resolve(in.value(), replacement));
        }
        for (Instruction i : instructions) {
            for (int k = 0; k < i.operands().size(); k++) i.setOperand(k, resolve(i.operand(k), replacement));
        }
    }

    private static Value resolve(Value v, java.util.Map<Value, Value> replacement) {
        Value r = v;
        while (replacement.containsKey(r)) r = replacement.get(r);
        return r;
    }

    public void addHandler(String catchType, Block target) {
        handlers.add(new Handler(catchType, target));
    }

    /** The last instruction if it is a terminator, else null (only while the block is being built). */
    public Insn.Terminator terminator() {
        if (instructions.isEmpty()) return null;
        return instructions.get(instructions.size() - 1) instanceof Insn.Terminator t ? t : null;
    }

    /** Normal-flow successors, from the terminator. */
    public List<Block> successors() {
        Insn.Terminator t = terminator();
        return t == null ? List.of() : t.successors();
    }

    /** Handler targets, in handler order, without duplicates. */
    public List<Block> exceptionSuccessors() {
        List<Block> out = new ArrayList<>();
        for (Handler h : handlers) if (!out.contains(h.target())) out.add(h.target());
        return out;
    }

    /** Normal successors followed by exception successors, without duplicates. */
    public List<Block> allSuccessors() {
        List<Block> out = new ArrayList<>(successors());
        for (Block b : exceptionSuccessors()) if (!out.contains(b)) out.add(b);
        return out;
    }

    @Override
    public String toString() {
        return "b" + id;
    }
}
