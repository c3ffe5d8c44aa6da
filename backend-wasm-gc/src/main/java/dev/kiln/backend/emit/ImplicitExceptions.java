package dev.kiln.backend.emit;

import dev.kiln.backend.layout.ArrayKind;
import dev.kiln.backend.layout.ClassHierarchy;
import dev.kiln.backend.layout.DispatchTypes;
import dev.kiln.backend.layout.StringPool;
import dev.kiln.backend.layout.TypeLayout;
import dev.kiln.ir.Insn;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.IrMethod;
import dev.kiln.ir.JType;
import dev.kiln.ir.MethodRef;
import dev.kiln.ir.Value;
import dev.kiln.wasm.model.BlockType;
import dev.kiln.wasm.model.Func;
import dev.kiln.wasm.model.Instr;
import dev.kiln.wasm.model.Local;
import dev.kiln.wasm.model.NumType;
import dev.kiln.wasm.model.Op;
import dev.kiln.wasm.model.RefType;
import dev.kiln.wasm.model.TypeDef;
import java.util.List;

/**
 * Instruction selection for the checks behind implicit exceptions ({@code nullcheck}, {@code boundscheck},
 * {@code zerocheck}, {@code storecheck}) and the failing paths of {@code checkcast} and of array allocation
 * with a negative length. Each check is a test and an {@code if} around a cold path that records the
 * failure site in the shadow-stack {@link Frame}, calls a factory of the runtime's {@code Exceptions}
 * ({@link ExceptionHooks}) and throws the result with the Java exception tag, exactly as {@code throw}
 * does, so the exception has the JVM's stack trace and a handler in the same method catches it through
 * the block's {@code try_table}.
 *
 * <p>The fast paths are what engines handle best: {@code ref.is_null} and {@code if} for null (the
 * access that follows stays on the nullable reference, whose own null test the engine folds away), one
 * unsigned comparison against {@code array.len} for bounds, {@code eqz} for divisors. A store into a
 * reference array passes at once for null, for a value whose class is the array's component class and for
 * arrays of java.lang.Object; otherwise the array's vtable supplies its component type's test, which the
 * value's vtable must pass.
 */
final class ImplicitExceptions {
    /** Where a helpful NullPointerException message divides into what failed and why. */
    private static final String BECAUSE = " because ";

    private final FunctionContext cx;
    private final CheckedArrays checkedArrays;

    ImplicitExceptions(FunctionContext cx, CheckedArrays checkedArrays) {
        this.cx = cx;
        this.checkedArrays = checkedArrays;
    }

    void emit(Insn.NullCheck c) {
        cx.push(c.operand(0), null);
        cx.emit(Instr.simple(Op.REF_IS_NULL));
        cx.emit(Instr.if_(BlockType.EMPTY));
        if (c.message() != null && StringPool.isLatin1(c.message()) && cx.helpers.throwNullPointer() != null) {
            int because = c.message().indexOf(BECAUSE);
            String action = because < 0 ? c.message() : c.message().substring(0, because);
            String reason = because < 0 ? "" : c.message().substring(because + BECAUSE.length());
            StringPool strings = cx.layout.strings();
            cx.frame.failureSite(c);
            int actionStart = start(action, ExceptionHooks.ACTION_STARTS);
            String actionRest = rest(action, actionStart, ExceptionHooks.ACTION_STARTS);
            int reasonStart = start(reason, ExceptionHooks.REASON_STARTS);
            String reasonRest = rest(reason, reasonStart, ExceptionHooks.REASON_STARTS);
            cx.emit(Instr.i32Const(actionRest.isEmpty() ? 0 : strings.latin1Offset(actionRest)));
            cx.emit(Instr.i32Const(actionStart << 16 | actionRest.length()));
            cx.emit(Instr.i32Const(reasonRest.isEmpty() ? 0 : strings.latin1Offset(reasonRest)));
            cx.emit(Instr.i32Const(reasonStart << 16 | reasonRest.length()));
            cx.emit(Instr.call(cx.helpers.throwNullPointer()));
            cx.emit(Instr.end());
            return;
        }
        if (c.message() == null) {
            cx.emit(Instr.refNull(cx.layout.types().struct(JType.STRING.className())));
        } else {
            cx.layout.strings().newText(c.message()).forEach(cx::emit);
        }
        throwFrom(c, ExceptionHooks.NULL_POINTER);
        cx.emit(Instr.end());
    }

    /** The number (from 1) of the first of {@code starts} that {@code text} starts with, 0 for none. */
    private static int start(String text, List<String> starts) {
        for (int k = 0; k < starts.size(); k++) if (text.startsWith(starts.get(k))) return k + 1;
        return 0;
    }

    /** {@code text} without start number {@code start} of {@code starts} (0: none). */
    private static String rest(String text, int start, List<String> starts) {
        return start == 0 ? text : text.substring(starts.get(start - 1).length());
    }

    /** The index as unsigned against the length: a negative index is too large. */
    void emit(Insn.BoundsCheck c) {
        ArrayKind kind = kindOf(c, c.operand(0));
        cx.push(c.operand(1), NumType.I32);
        TypeDef raw = cx.layout.types().rawArray(kind);
        cx.push(c.operand(0), RefType.nullable(cx.layout.types().arrayStruct(kind)));
        cx.emit(Instr.structGet(cx.layout.types().arrayStruct(kind), cx.layout.types().arrayDataField(kind)));
        Instruction access = c.operand(0).type().isArray() ? CheckedArrays.guardedAccess(c) : null;
        if (access != null) {
            Local kept = cx.scratch("checked array", RefType.nonNull(raw));
            cx.emit(Instr.localTee(kept));
            checkedArrays.keep(access, kept);
        }
        cx.emit(Instr.simple(Op.ARRAY_LEN));
        cx.emit(Instr.simple(Op.I32_GE_U));
        cx.emit(Instr.if_(BlockType.EMPTY));
        cx.push(c.operand(1), NumType.I32);
        length(c.operand(0), kind);
        throwFrom(c, ExceptionHooks.ARRAY_INDEX);
        cx.emit(Instr.end());
    }

    void emit(Insn.ZeroCheck c) {
        Value divisor = c.operand(0);
        cx.push(divisor, null);
        cx.emit(Instr.simple(divisor.type().equals(JType.LONG) ? Op.I64_EQZ : Op.I32_EQZ));
        cx.emit(Instr.if_(BlockType.EMPTY));
        throwFrom(c, ExceptionHooks.DIVISION_BY_ZERO);
        cx.emit(Instr.end());
    }

    /**
     * Within a {@code block} that the passing paths leave: the value is null, its vtable is the array's
     * component vtable, the array's component type is java.lang.Object (the commonest case, as in every
     * collection's backing array), or the value passes the component type's test from the array's vtable.
     */
    void emit(Insn.StoreCheck c) {
        Value array = c.operand(0);
        Value value = c.operand(1);
        TypeLayout types = cx.layout.types();
        DispatchTypes dispatch = cx.layout.dispatch();
        TypeDef arrayStruct = types.arrayStruct(ArrayKind.REFERENCE);
        TypeDef arrayVtable = dispatch.refArrayVtable();
        Local vtable = cx.scratch("element vtable", RefType.nullable(dispatch.vtable(ClassHierarchy.OBJECT)));
        cx.emit(Instr.block(BlockType.EMPTY));
        cx.push(value, cx.objectRef());
        cx.emit(Instr.simple(Op.REF_IS_NULL));
        cx.emit(Instr.brIf(0));
        cx.push(value, cx.objectRef());
        cx.emit(Instr.structGet(types.objectStruct(), TypeLayout.VTABLE_FIELD));
        cx.emit(Instr.localTee(vtable));
        cx.push(array, RefType.nullable(arrayStruct));
        cx.emit(Instr.structGet(arrayStruct, TypeLayout.VTABLE_FIELD));
        cx.emit(Instr.structGet(arrayVtable, dispatch.refArrayComponentField()));
        cx.emit(Instr.simple(Op.REF_EQ));
        cx.emit(Instr.brIf(0));
        cx.push(array, RefType.nullable(arrayStruct));
        cx.emit(Instr.structGet(arrayStruct, TypeLayout.VTABLE_FIELD));
        cx.emit(Instr.structGet(arrayVtable, dispatch.refArrayComponentField()));
        cx.emit(Instr.globalGet(cx.layout.classGlobals().vtable(JType.OBJECT)));
        cx.emit(Instr.simple(Op.REF_EQ));
        cx.emit(Instr.brIf(0));
        cx.emit(Instr.localGet(vtable));
        cx.emit(Instr.simple(Op.REF_AS_NON_NULL));
        cx.push(array, RefType.nullable(arrayStruct));
        cx.emit(Instr.structGet(arrayStruct, TypeLayout.VTABLE_FIELD));
        cx.emit(Instr.structGet(arrayVtable, dispatch.refArrayComponentTestField()));
        cx.emit(Instr.callRef(dispatch.vtableTest(cx.layout.signatures())));
        cx.emit(Instr.brIf(0));
        cx.push(value, cx.objectRef());
        throwFrom(c, ExceptionHooks.ARRAY_STORE);
        cx.emit(Instr.end());
    }

    /**
     * Throws NegativeArraySizeException if {@code length}, which {@code at} allocates with, is negative;
     * a constant that is not needs no code.
     */
    void negativeLength(Instruction at, Value length) {
        if (length.definition() instanceof Insn.Const k && k.value() instanceof Integer n && n >= 0) return;
        cx.push(length, NumType.I32);
        cx.emit(Instr.i32Const(0));
        cx.emit(Instr.simple(Op.I32_LT_S));
        cx.emit(Instr.if_(BlockType.EMPTY));
        cx.push(length, NumType.I32);
        throwFrom(at, ExceptionHooks.NEGATIVE_ARRAY_SIZE);
        cx.emit(Instr.end());
    }

    /**
     * The failing path of {@code checkcast} to {@code target}, for code that has just found its operand
     * {@code value} (not null) is no {@code target}: throws the ClassCastException naming both classes.
     */
    void classCastFailure(Insn.CheckCast at, Value value, JType target) {
        cx.push(value, cx.objectRef());
        cx.emit(Instr.globalGet(cx.layout.classGlobals().classObject(target)));
        classCastFailureWithArguments(at);
    }

    /** {@link #classCastFailure} once the object and the target's Class are on the stack. */
    void classCastFailureWithArguments(Insn.CheckCast at) {
        throwFrom(at, ExceptionHooks.CLASS_CAST);
    }

    /** With the factory's arguments pushed: makes the exception and throws it. */
    private void throwFrom(Instruction at, MethodRef factory) {
        cx.frame.failureSite(at);
        Func f = factory(at, factory);
        cx.emit(Instr.call(f));
        cx.coerce(f.type().func().results().get(0), cx.throwableRef());
        cx.emit(Instr.throw_(cx.helpers.exceptionTag()));
    }

    private Func factory(Instruction at, MethodRef ref) {
        IrMethod m = cx.layout.hierarchy().program().method(ref);
        Func f = m == null || !m.isStatic() ? null : cx.layout.functions().direct(m);
        if (f == null) throw cx.error(at, "the program has no static method " + ref + " with a body, which the check needs");
        return f;
    }

    /** Pushes the length of {@code array}, known not to be null. */
    private void length(Value array, ArrayKind kind) {
        cx.push(array, RefType.nullable(cx.layout.types().arrayStruct(kind)));
        cx.emit(Instr.structGet(cx.layout.types().arrayStruct(kind), cx.layout.types().arrayDataField(kind)));
        cx.emit(Instr.simple(Op.ARRAY_LEN));
    }

    /** The kind of an array value from its static type; the null constant may be any kind. */
    private ArrayKind kindOf(Instruction at, Value array) {
        JType t = array.type();
        if (t.isArray()) return ArrayKind.of(t.component());
        if (t.kind() == JType.Kind.NULL) return ArrayKind.INT;
        throw cx.error(at, "array operand " + array + " has the non-array type " + t);
    }
}
