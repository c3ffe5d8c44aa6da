package dev.kiln.backend.emit;

import dev.kiln.ir.CondOp;
import dev.kiln.ir.Insn;
import dev.kiln.ir.InsnVisitor;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.Value;
import dev.kiln.wasm.model.RefType;
import dev.kiln.wasm.model.ValType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Dispatches non-terminator instructions to the selector of their family, for two questions that must
 * agree: how to emit an instruction, and which of its operands its code pushes first, in order, before
 * anything else ({@link #leading}, with the Wasm type each is pushed as). The second
 * tells {@link StackPlan} which operands may arrive on the operand stack instead of in locals.
 * Terminators are the {@link Structurer}'s; their leading operands are listed here too.
 */
final class InstructionSelector {
    private final FunctionContext cx;
    private final Arithmetic arithmetic;
    private final ObjectAccess objects;
    private final ArrayAccess arrays;
    private final TypeChecks typeChecks;
    private final Calls calls;
    private final ImplicitExceptions checks;

    InstructionSelector(FunctionContext cx, Intrinsics intrinsics) {
        this.cx = cx;
        arithmetic = new Arithmetic(cx);
        objects = new ObjectAccess(cx);
        CheckedArrays checkedArrays = new CheckedArrays();
        checks = new ImplicitExceptions(cx, checkedArrays);
        arrays = new ArrayAccess(cx, checks, checkedArrays);
        typeChecks = new TypeChecks(cx, checks);
        calls = new Calls(cx, intrinsics);
    }

    void emit(Instruction insn) {
        insn.accept(emitter);
    }

    /** The three-way comparison an {@code if} tests directly (see {@link FunctionContext#isFusedComparison}), or null. */
    Insn.Binary fusedComparison(Insn.If i) {
        return i.comparesWithZero() && i.operand(0).definition() instanceof Insn.Binary b && cx.isFusedComparison(b) ? b : null;
    }

    /**
     * The instruction whose code pushes {@code v}, if {@code v} has a single use: its user, except that the
     * operands of a fused comparison are pushed by the {@code if} it is fused into.
     */
    Instruction consumer(Value v) {
        Instruction user = cx.soleUser(v);
        if (user instanceof Insn.Binary b && cx.isFusedComparison(b)) return b.block().terminator();
        return user;
    }

    /** Pushes the truth of a fused comparison's {@code cmp(x, y) op 0}. */
    void fusedCondition(Insn.Binary comparison, CondOp op) {
        arithmetic.fusedCondition(comparison, op);
    }

    /** One operand an instruction's code pushes first: the value and the Wasm type it is pushed as (null: as it is). */
    record Lead(Value value, ValType type) {}

    /**
     * The operands the instruction's code pushes before anything else, in push order: the operands in order,
     * except that a commutative operation pushes a just-computed right operand first.
     */
    List<Lead> leading(Instruction insn) {
        List<ValType> types = insn.accept(leading);
        List<Value> order = insn.operands();
        if (insn instanceof Insn.Binary b && arithmetic.swapsOperands(b)) order = List.of(b.operand(1), b.operand(0));
        Insn.Binary fused = insn instanceof Insn.If i ? fusedComparison(i) : null;
        if (fused != null) {
            order = fused.operands();
            types = Collections.nCopies(2, cx.typeOf(fused.operand(0)));
        }
        List<Lead> out = new ArrayList<>(types.size());
        for (int i = 0; i < types.size(); i++) out.add(new Lead(order.get(i), types.get(i)));
        return out;
    }

    private final InsnVisitor<Void> emitter = new InsnVisitor<>() {
        @Override public Void visitConst(Insn.Const i) { return null; }
        @Override public Void visitBinary(Insn.Binary i) { arithmetic.emit(i); return null; }
        @Override public Void visitNegate(Insn.Negate i) { arithmetic.emit(i); return null; }
        @Override public Void visitConvert(Insn.Convert i) { arithmetic.emit(i); return null; }
        @Override public Void visitGetField(Insn.GetField i) { objects.emit(i); return null; }
        @Override public Void visitPutField(Insn.PutField i) { objects.emit(i); return null; }
        @Override public Void visitGetStatic(Insn.GetStatic i) { objects.emit(i); return null; }
        @Override public Void visitPutStatic(Insn.PutStatic i) { objects.emit(i); return null; }
        @Override public Void visitInvoke(Insn.Invoke i) { calls.emit(i); return null; }
        @Override public Void visitNew(Insn.New i) { objects.emit(i); return null; }
        @Override public Void visitNewArray(Insn.NewArray i) { arrays.emit(i); return null; }
        @Override public Void visitNewArrayOf(Insn.NewArrayOf i) { arrays.emit(i); return null; }
        @Override public Void visitNewMultiArray(Insn.NewMultiArray i) { arrays.emit(i); return null; }
        @Override public Void visitArrayLoad(Insn.ArrayLoad i) { arrays.emit(i); return null; }
        @Override public Void visitArrayStore(Insn.ArrayStore i) { arrays.emit(i); return null; }
        @Override public Void visitArrayLength(Insn.ArrayLength i) { arrays.emit(i); return null; }
        @Override public Void visitInstanceOf(Insn.InstanceOf i) { typeChecks.emit(i); return null; }
        @Override public Void visitCheckCast(Insn.CheckCast i) { typeChecks.emit(i); return null; }
        @Override public Void visitInitClass(Insn.InitClass i) { objects.emit(i); return null; }
        @Override public Void visitCaught(Insn.Caught i) { return null; }
        @Override public Void visitMonitor(Insn.Monitor i) { objects.emit(i); return null; }
        @Override public Void visitNullCheck(Insn.NullCheck i) { checks.emit(i); return null; }
        @Override public Void visitBoundsCheck(Insn.BoundsCheck i) { checks.emit(i); return null; }
        @Override public Void visitZeroCheck(Insn.ZeroCheck i) { checks.emit(i); return null; }
        @Override public Void visitStoreCheck(Insn.StoreCheck i) { checks.emit(i); return null; }
        @Override public Void visitGoto(Insn.Goto i) { throw terminator(i); }
        @Override public Void visitIf(Insn.If i) { throw terminator(i); }
        @Override public Void visitSwitch(Insn.Switch i) { throw terminator(i); }
        @Override public Void visitReturn(Insn.Return i) { throw terminator(i); }
        @Override public Void visitThrow(Insn.Throw i) { throw terminator(i); }
        @Override public Void visitUnreachable(Insn.Unreachable i) { throw terminator(i); }
    };

    private static IllegalStateException terminator(Instruction i) {
        return new IllegalStateException("terminators are emitted by the structurer: " + i);
    }

    private static final List<ValType> NONE = List.of();

    private final InsnVisitor<List<ValType>> leading = new InsnVisitor<>() {
        @Override public List<ValType> visitConst(Insn.Const i) { return NONE; }
        @Override public List<ValType> visitBinary(Insn.Binary i) { return arithmetic.leading(i); }
        @Override public List<ValType> visitNegate(Insn.Negate i) { return arithmetic.leading(i); }
        @Override public List<ValType> visitConvert(Insn.Convert i) { return arithmetic.leading(i); }
        @Override public List<ValType> visitGetField(Insn.GetField i) { return objects.leading(i); }
        @Override public List<ValType> visitPutField(Insn.PutField i) { return objects.leading(i); }
        @Override public List<ValType> visitGetStatic(Insn.GetStatic i) { return NONE; }
        @Override public List<ValType> visitPutStatic(Insn.PutStatic i) { return objects.leading(i); }
        @Override public List<ValType> visitInvoke(Insn.Invoke i) { return calls.leading(i); }
        @Override public List<ValType> visitNew(Insn.New i) { return NONE; }
        @Override public List<ValType> visitNewArray(Insn.NewArray i) { return NONE; }
        @Override public List<ValType> visitNewArrayOf(Insn.NewArrayOf i) { return arrays.leading(i); }
        @Override public List<ValType> visitNewMultiArray(Insn.NewMultiArray i) { return arrays.leading(i); }
        @Override public List<ValType> visitArrayLoad(Insn.ArrayLoad i) { return arrays.leading(i); }
        @Override public List<ValType> visitArrayStore(Insn.ArrayStore i) { return arrays.leading(i); }
        @Override public List<ValType> visitArrayLength(Insn.ArrayLength i) { return arrays.leading(i); }
        @Override public List<ValType> visitInstanceOf(Insn.InstanceOf i) { return typeChecks.leading(i); }
        @Override public List<ValType> visitCheckCast(Insn.CheckCast i) { return typeChecks.leading(i); }
        @Override public List<ValType> visitInitClass(Insn.InitClass i) { return NONE; }
        @Override public List<ValType> visitCaught(Insn.Caught i) { return NONE; }
        @Override public List<ValType> visitMonitor(Insn.Monitor i) { return objects.leading(i); }
        @Override public List<ValType> visitNullCheck(Insn.NullCheck i) { return NONE; }
        @Override public List<ValType> visitBoundsCheck(Insn.BoundsCheck i) { return NONE; }
        @Override public List<ValType> visitZeroCheck(Insn.ZeroCheck i) { return NONE; }
        @Override public List<ValType> visitStoreCheck(Insn.StoreCheck i) { return NONE; }
        @Override public List<ValType> visitGoto(Insn.Goto i) { return NONE; }
        @Override public List<ValType> visitIf(Insn.If i) {
            if (fusedComparison(i) != null) return NONE;
            if (!i.operand(0).type().isReference()) return Collections.nCopies(i.operands().size(), null);
            if (i.operands().stream().anyMatch(Structurer::isNullConstant)) return i.comparesWithZero() ? List.of(RefType.EQREF) : NONE;
            return Collections.nCopies(i.operands().size(), RefType.EQREF);
        }
        @Override public List<ValType> visitSwitch(Insn.Switch i) { return NONE; }
        @Override public List<ValType> visitReturn(Insn.Return i) {
            List<ValType> results = cx.func.type().func().results();
            return i.value() == null ? NONE : results;
        }
        @Override public List<ValType> visitThrow(Insn.Throw i) { return List.of(cx.throwableRef()); }
        @Override public List<ValType> visitUnreachable(Insn.Unreachable i) { return NONE; }
    };
}
