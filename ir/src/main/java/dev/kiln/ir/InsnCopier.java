package dev.kiln.ir;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Copies instructions into a function, for passes that duplicate code (the inliner): each copy gets a new result value
 * in the target function (recorded in {@code values}), its operands are looked up in {@code values} (a value not there
 * is used as it is), a terminator's successors in {@code blocks}, and its position is {@code positions} applied to the
 * original's.
 */
public final class InsnCopier implements InsnVisitor<Instruction> {
    private final Function into;
    private final Map<Value, Value> values;
    private final Map<Block, Block> blocks;
    private final UnaryOperator<SourcePos> positions;

    public InsnCopier(Function into, Map<Value, Value> values, Map<Block, Block> blocks, UnaryOperator<SourcePos> positions) {
        this.into = into;
        this.values = values;
        this.blocks = blocks;
        this.positions = positions;
    }

    /** Where the copies of blocks are recorded: successors of copied terminators are looked up here. */
    public Map<Block, Block> blocks() { return blocks; }

    /** The copy of {@code i}, not yet in any block. */
    public Instruction copy(Instruction i) {
        return i.accept(this).at(positions.apply(i.pos()));
    }

    private Value operand(Instruction i, int k) {
        Value v = i.operand(k);
        return values.getOrDefault(v, v);
    }

    private List<Value> operands(Instruction i) {
        return i.operands().stream().map(v -> values.getOrDefault(v, v)).toList();
    }

    private Value result(Instruction i) {
        Value copy = into.newValue(i.result().type());
        values.put(i.result(), copy);
        return copy;
    }

    private Block block(Block b) {
        Block copy = blocks.get(b);
        if (copy == null) throw new IllegalArgumentException("no copy of " + b);
        return copy;
    }

    @Override public Instruction visitConst(Insn.Const i) { return new Insn.Const(result(i), i.value()); }
    @Override public Instruction visitBinary(Insn.Binary i) {
        return new Insn.Binary(result(i), i.op(), i.type(), operand(i, 0), operand(i, 1));
    }
    @Override public Instruction visitNegate(Insn.Negate i) { return new Insn.Negate(result(i), i.type(), operand(i, 0)); }
    @Override public Instruction visitConvert(Insn.Convert i) {
        return new Insn.Convert(result(i), i.from(), i.to(), operand(i, 0));
    }
    @Override public Instruction visitGetField(Insn.GetField i) { return new Insn.GetField(result(i), i.field(), operand(i, 0)); }
    @Override public Instruction visitPutField(Insn.PutField i) {
        return new Insn.PutField(i.field(), operand(i, 0), operand(i, 1));
    }
    @Override public Instruction visitGetStatic(Insn.GetStatic i) { return new Insn.GetStatic(result(i), i.field()); }
    @Override public Instruction visitPutStatic(Insn.PutStatic i) { return new Insn.PutStatic(i.field(), operand(i, 0)); }
    @Override public Instruction visitInvoke(Insn.Invoke i) {
        return new Insn.Invoke(i.result() == null ? null : result(i), i.kind(), i.method(), operands(i));
    }
    @Override public Instruction visitNew(Insn.New i) { return new Insn.New(result(i), i.className()); }
    @Override public Instruction visitNewArray(Insn.NewArray i) {
        return new Insn.NewArray(result(i), i.componentType(), operand(i, 0));
    }
    @Override public Instruction visitNewArrayOf(Insn.NewArrayOf i) {
        return new Insn.NewArrayOf(result(i), i.componentType(), operands(i));
    }
    @Override public Instruction visitNewMultiArray(Insn.NewMultiArray i) {
        return new Insn.NewMultiArray(result(i), i.arrayType(), operands(i));
    }
    @Override public Instruction visitArrayLoad(Insn.ArrayLoad i) {
        return new Insn.ArrayLoad(result(i), i.componentType(), operand(i, 0), operand(i, 1));
    }
    @Override public Instruction visitArrayStore(Insn.ArrayStore i) {
        return new Insn.ArrayStore(i.componentType(), operand(i, 0), operand(i, 1), operand(i, 2));
    }
    @Override public Instruction visitArrayLength(Insn.ArrayLength i) { return new Insn.ArrayLength(result(i), operand(i, 0)); }
    @Override public Instruction visitInstanceOf(Insn.InstanceOf i) {
        return new Insn.InstanceOf(result(i), i.type(), operand(i, 0));
    }
    @Override public Instruction visitCheckCast(Insn.CheckCast i) {
        return new Insn.CheckCast(result(i), i.type(), operand(i, 0), i.proven());
    }
    @Override public Instruction visitInitClass(Insn.InitClass i) { return new Insn.InitClass(i.className()); }
    @Override public Instruction visitCaught(Insn.Caught i) { return new Insn.Caught(result(i)); }
    @Override public Instruction visitMonitor(Insn.Monitor i) { return new Insn.Monitor(i.isEnter(), operand(i, 0)); }
    @Override public Instruction visitNullCheck(Insn.NullCheck i) { return new Insn.NullCheck(operand(i, 0), i.message()); }
    @Override public Instruction visitBoundsCheck(Insn.BoundsCheck i) { return new Insn.BoundsCheck(operand(i, 0), operand(i, 1)); }
    @Override public Instruction visitZeroCheck(Insn.ZeroCheck i) { return new Insn.ZeroCheck(operand(i, 0)); }
    @Override public Instruction visitStoreCheck(Insn.StoreCheck i) { return new Insn.StoreCheck(operand(i, 0), operand(i, 1)); }
    @Override public Instruction visitGoto(Insn.Goto i) { return new Insn.Goto(block(i.target())); }
    @Override public Instruction visitIf(Insn.If i) {
        return new Insn.If(i.cond(), operands(i), block(i.ifTrue()), block(i.ifFalse()));
    }
    @Override public Instruction visitSwitch(Insn.Switch i) {
        List<Block> targets = i.targets();
        Block[] copies = new Block[targets.size()];
        for (int k = 0; k < copies.length; k++) copies[k] = block(targets.get(k));
        return new Insn.Switch(operand(i, 0), i.keys(), copies, block(i.defaultTarget()));
    }
    @Override public Instruction visitReturn(Insn.Return i) { return new Insn.Return(i.value() == null ? null : operand(i, 0)); }
    @Override public Instruction visitThrow(Insn.Throw i) { return new Insn.Throw(operand(i, 0)); }
    @Override public Instruction visitUnreachable(Insn.Unreachable i) { return new Insn.Unreachable(); }
}
