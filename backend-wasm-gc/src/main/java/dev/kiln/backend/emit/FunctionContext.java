package dev.kiln.backend.emit;

import dev.kiln.backend.layout.ProgramLayout;
import dev.kiln.ir.CompileError;
import dev.kiln.ir.Insn;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.IrMethod;
import dev.kiln.ir.JType;
import dev.kiln.ir.Value;
import dev.kiln.wasm.model.AbsHeapType;
import dev.kiln.wasm.model.Func;
import dev.kiln.wasm.model.Instr;
import dev.kiln.wasm.model.Local;
import dev.kiln.wasm.model.Op;
import dev.kiln.wasm.model.RefType;
import dev.kiln.wasm.model.TypeDef;
import dev.kiln.wasm.model.ValType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of emitting one function: where each SSA value lives (a local, the operand stack, or nowhere
 * because it is a constant re-emitted at each use), and the primitives every instruction selector builds
 * on: {@link #push} an operand with the type the consumer expects, {@link #define} a result the code just
 * left on the stack, and {@link #coerce} between reference types where the Java-level types were looser
 * than the Wasm ones.
 */
final class FunctionContext {
    final ProgramLayout layout;
    final RuntimeHelpers helpers;
    final IrMethod method;
    final Func func;
    /** The function's shadow-stack frame: selectors record call sites in it, the structurer pops it. */
    final Frame frame;
    private final String sourceFile;
    private final Uses uses;
    private final Map<String, Local> scratch = new HashMap<>();
    private StackPlan stack;
    private LocalAllocation locals;

    FunctionContext(ProgramLayout layout, RuntimeHelpers helpers, IrMethod method, Func func, String sourceFile, Uses uses,
                    Frame frame) {
        this.layout = layout;
        this.helpers = helpers;
        this.method = method;
        this.func = func;
        this.frame = frame;
        this.sourceFile = sourceFile;
        this.uses = uses;
    }

    /** Records where values live, once the stack plan and then the local allocation are made. */
    void plan(StackPlan stack, LocalAllocation locals) {
        this.stack = stack;
        this.locals = locals;
    }

    void emit(Instr i) {
        func.body().add(i);
    }

    /** The Wasm type an SSA value is kept as. */
    ValType typeOf(Value v) {
        return layout.types().valType(v.type());
    }

    /** {@code (ref $java.lang.Throwable)}: what the exception tag carries. */
    RefType throwableRef() {
        return RefType.nonNull(struct("java.lang.Throwable"));
    }

    RefType objectRef() {
        return layout.types().objectRef();
    }

    /** {@code (ref null $C)} for a class of the program (or java.lang.Object's struct for anything else). */
    RefType classRef(String className) {
        return (RefType) layout.types().valType(JType.object(className));
    }

    /** True for constants: they never occupy a local and are emitted again at each use. */
    static boolean isRematerialized(Value v) {
        return v.definition() instanceof Insn.Const;
    }

    /** True if the value needs a local: used, and neither kept on the stack, rematerialized nor fused. */
    boolean needsLocal(Value v) {
        return uses.count(v) > 0 && !stack.isStacked(v) && !isRematerialized(v)
                && !(v.definition() instanceof Instruction def && isFusedComparison(def));
    }

    /**
     * True for a three-way comparison ({@code lcmp}, {@code fcmpl}, ...) whose only use is the {@code if}
     * right after it, comparing it with zero, as javac compiles {@code a < b} on longs, floats and doubles.
     * The comparison then emits nothing and the {@code if} tests the operands directly; being adjacent, no
     * local of an operand can have been reused in between.
     */
    boolean isFusedComparison(Instruction insn) {
        if (!(insn instanceof Insn.Binary b) || !b.op().isComparison()) return false;
        List<Instruction> insns = b.block().instructions();
        return insns.size() >= 2 && insns.get(insns.size() - 2) == b && insns.get(insns.size() - 1) instanceof Insn.If i
                && i.comparesWithZero() && i.operand(0) == b.result() && uses.count(b.result()) == 1;
    }

    /** The instruction using {@code v} if that is its only use (see {@link Uses#soleUser}). */
    Instruction soleUser(Value v) {
        return uses.soleUser(v);
    }

    Local localOf(Value v) {
        Local l = locals.localOf(v);
        if (l == null) throw new IllegalStateException(v + " has no local in " + method);
        return l;
    }

    /** The local of a value if it has one and is used, else null (its result can be dropped). */
    Local localIfLive(Value v) {
        return locals.localOf(v);
    }

    /** Pushes {@code v}, converted to {@code expected} (null: as it is). */
    void push(Value v, ValType expected) {
        if (v.definition() instanceof Insn.Const c) {
            pushConstant(c.value(), expected);
            return;
        }
        if (!stack.isStacked(v)) emit(Instr.localGet(localOf(v)));
        coerce(typeOf(v), expected);
    }

    private void pushConstant(Object value, ValType expected) {
        if (value == null) {
            emit(Instr.refNull(expected instanceof RefType r ? r.heap() : AbsHeapType.NONE));
            // Only after a failed nullcheck, so never reached: the trap just keeps the module valid.
            if (expected instanceof RefType r && !r.nullable()) emit(Instr.simple(Op.REF_AS_NON_NULL));
            return;
        }
        if (value instanceof Integer i) {
            emit(Instr.i32Const(i));
        } else if (value instanceof Long l) {
            emit(Instr.i64Const(l));
        } else if (value instanceof Float f) {
            emit(Instr.f32Const(f));
        } else if (value instanceof Double d) {
            emit(Instr.f64Const(d));
        } else if (value instanceof String s) {
            emit(Instr.globalGet(layout.strings().literal(s)));
            coerce(classRef(JType.STRING.className()), expected);
        } else {
            emit(Instr.globalGet(layout.classGlobals().classLiteral((JType) value)));
            coerce(RefType.nonNull(struct("java.lang.Class")), expected);
        }
    }

    /**
     * Handles a result the code just left on the stack as type {@code produced}: converted to the value's own
     * type, then kept on the stack, stored to its local, or dropped if unused.
     */
    void define(Value result, ValType produced) {
        if (result == null) {
            if (produced != null) emit(Instr.simple(Op.DROP));
            return;
        }
        if (uses.count(result) == 0) {
            emit(Instr.simple(Op.DROP));
            return;
        }
        coerce(produced, typeOf(result));
        if (!stack.isStacked(result)) emit(Instr.localSet(localOf(result)));
    }

    /** Casts the reference on top of the stack from {@code from} to {@code to} if Wasm needs it. */
    void coerce(ValType from, ValType to) {
        if (to == null || Subtyping.isSubtype(from, to)) return;
        if (!(from instanceof RefType rf) || !(to instanceof RefType rt)) {
            throw new IllegalStateException("cannot convert " + from + " to " + to + " in " + method);
        }
        if (!rt.nullable() && Subtyping.isSubtype(rf.asNonNull(), rt)) emit(Instr.simple(Op.REF_AS_NON_NULL));
        else emit(Instr.refCast(rt));
    }

    /**
     * True if {@code v} cannot be null: {@code this}, a fresh allocation, a constant object, or a caught
     * exception. Calls on such receivers skip the null check.
     */
    boolean knownNonNull(Value v) {
        if (v.isParameter()) return !method.isStatic() && method.body().params().get(0) == v;
        Object def = v.definition();
        return def instanceof Insn.New || def instanceof Insn.NewArray || def instanceof Insn.NewArrayOf || def instanceof Insn.NewMultiArray
                || def instanceof Insn.Caught || def instanceof Insn.Const c && c.value() != null;
    }

    /** A local for the emitter's own use, one per purpose, shared across the function. */
    Local scratch(String purpose, ValType type) {
        return scratch.computeIfAbsent(purpose + " " + type, k -> func.addLocal(purpose, type));
    }

    TypeDef struct(String className) {
        return layout.types().struct(className);
    }

    CompileError error(Instruction at, String message) {
        return Errors.at(sourceFile, method, at.pos(), message);
    }
}
