package dev.kiln.ir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SSA body of one method. The first block is the entry; it has no predecessors and no phis.
 * Parameters are values defined on entry: for an instance method, parameter 0 is {@code this}.
 *
 * <p>Text form (see {@link dev.kiln.ir.text}):
 * <pre>
 * function static example.Main.add(int,int)int (v0: int, v1: int) {
 * b0:
 *   v2 = add int v0, v1
 *   return v2
 * }
 * </pre>
 */
public final class Function {
    private final MethodRef method;
    private final boolean isStatic;
    private final List<Value> params = new ArrayList<>();
    private final List<Block> blocks = new ArrayList<>();
    private int nextValueId;
    private int nextBlockId;

    public Function(MethodRef method, boolean isStatic) {
        this.method = method;
        this.isStatic = isStatic;
    }

    public MethodRef method() { return method; }
    public boolean isStatic() { return isStatic; }
    public List<Value> params() { return java.util.Collections.unmodifiableList(params); }
    public List<Block> blocks() { return blocks; }
    public Block entry() { return blocks.get(0); }

    /** A fresh value, not yet defined. Pass it to an instruction or phi constructor to define it. */
    public Value newValue(JType type) {
        if (!type.isComputational()) {
            throw new IllegalArgumentException("SSA values have computational types, not " + type);
        }
        return new Value(nextValueId++, type);
    }

    /** A value with a chosen id (the parser uses this to keep ids stable). */
    public Value newValue(int id, JType type) {
        if (!type.isComputational()) {
            throw new IllegalArgumentException("SSA values have computational types, not " + type);
        }
        nextValueId = Math.max(nextValueId, id + 1);
        return new Value(id, type);
    }

    public Value addParam(JType type) {
        Value v = newValue(type.computational());
        v.setDefinition(this);
        params.add(v);
        return v;
    }

    public Value addParam(int id, JType type) {
        Value v = newValue(id, type.computational());
        v.setDefinition(this);
        params.add(v);
        return v;
    }

    public Block newBlock() {
        Block b = new Block(nextBlockId++);
        b.function = this;
        blocks.add(b);
        return b;
    }

    public Block newBlock(int id) {
        nextBlockId = Math.max(nextBlockId, id + 1);
        Block b = new Block(id);
        b.function = this;
        blocks.add(b);
        return b;
    }

    /** Predecessors of every block, over normal and exception edges, in block order. */
    public Map<Block, List<Block>> predecessors() {
        Map<Block, List<Block>> preds = new HashMap<>();
        for (Block b : blocks) preds.put(b, new ArrayList<>());
        for (Block b : blocks) {
            for (Block s : b.allSuccessors()) preds.get(s).add(b);
        }
        return preds;
    }

    /**
     * Cuts the body down to what can run: each branch in {@code oneWay}'s keys becomes a {@code goto} to the block it
     * maps to (a branch found to go only one way), or {@code unreachable} if it maps to null (control never gets
     * there); the blocks outside {@code live} are removed, so are the handlers that lead to them (no exception
     * reaches those), and phis lose their inputs from blocks that are gone or no longer go to them. {@code live}
     * must hold the entry and be closed under the normal successors that remain.
     */
    public void keepOnly(Set<Block> live, Map<Block, Block> oneWay) {
        oneWay.forEach((b, target) -> {
            Insn.Terminator branch = b.terminator();
            b.remove(branch);
            b.add((target == null ? new Insn.Unreachable() : new Insn.Goto(target)).at(branch.pos()));
        });
        if (live.size() == blocks.size() && oneWay.isEmpty()) return;
        blocks.removeIf(b -> !live.contains(b));
        for (Block b : blocks) {
            // A handler no exception reaches.
            b.handlers().removeIf(h -> !live.contains(h.target()));
            for (Phi p : b.phis()) p.inputs().removeIf(in -> !live.contains(in.from()) || !in.from().allSuccessors().contains(b));
        }
    }

    /**
     * Replaces every use (operands and phi inputs) of each key of {@code replacement} by what it maps to, following
     * chains: a value replaced by one that is replaced in turn ends at the last. The map must have no cycle.
     */
    public void replaceUses(Map<Value, Value> replacement) {
        if (replacement.isEmpty()) return;
        for (Block b : blocks) b.replaceUses(replacement);
    }

    /** Replaces every use of {@code from} (operands and phi inputs) by {@code to}. */
    public void replaceAllUses(Value from, Value to) {
        for (Block b : blocks) {
            for (Phi p : b.phis()) {
                for (Phi.Input in : p.inputs()) if (in.value() == from) in.setValue(to);
            }
            for (Instruction i : b.instructions()) i.replaceOperand(from, to);
        }
    }

    @Override
    public String toString() {
        return dev.kiln.ir.text.IrPrinter.print(this);
    }
}
