package dev.kiln.backend.emit;

import dev.kiln.backend.layout.ArrayKind;
import dev.kiln.backend.layout.ClassHierarchy;
import dev.kiln.ir.Insn;
import dev.kiln.ir.JType;
import dev.kiln.ir.Value;
import dev.kiln.wasm.model.AbsHeapType;
import dev.kiln.wasm.model.BlockType;
import dev.kiln.wasm.model.Instr;
import dev.kiln.wasm.model.NumType;
import dev.kiln.wasm.model.Op;
import dev.kiln.wasm.model.RefType;
import dev.kiln.wasm.model.ValType;
import java.util.Collections;
import java.util.List;

/**
 * {@code instanceof} and {@code checkcast}. Classes and primitive arrays have their own struct types, so
 * they are one {@code ref.test}/{@code ref.cast}; interfaces and reference arrays go through a
 * {@link RuntimeHelpers} function that inspects the object's vtable (itable or array component). A cast
 * that the static type already proves is dropped. A failing cast throws the ClassCastException of
 * {@link ImplicitExceptions#classCastFailure}; a class outside the program has no instances, so only
 * null passes.
 */
final class TypeChecks {
    private final FunctionContext cx;
    private final ImplicitExceptions checks;

    TypeChecks(FunctionContext cx, ImplicitExceptions checks) {
        this.cx = cx;
        this.checks = checks;
    }

    /** True if the check for {@code t} needs a helper function rather than one instruction. */
    private boolean needsHelper(JType t) {
        if (t.isArray()) return !t.component().isPrimitive();
        return cx.layout.hierarchy().isInterface(t.className());
    }

    private boolean provenByStaticType(Value v, JType t) {
        return cx.layout.hierarchy().program().isAssignable(v.type(), t);
    }

    List<ValType> leading(Insn.InstanceOf i) {
        return needsHelper(i.type()) ? List.of(cx.objectRef()) : Collections.singletonList(null);
    }

    void emit(Insn.InstanceOf i) {
        JType t = i.type();
        Value v = i.operand(0);
        if (needsHelper(t)) {
            cx.push(v, cx.objectRef());
            cx.emit(Instr.call(cx.helpers.instanceOf(t)));
        } else {
            cx.push(v, null);
            if (t.isArray()) {
                cx.emit(Instr.refTest(RefType.nonNull(cx.layout.types().arrayStruct(ArrayKind.of(t.component())))));
            } else if (t.className().equals(ClassHierarchy.OBJECT) || provenByStaticType(v, t)) {
                cx.emit(Instr.simple(Op.REF_IS_NULL));
                cx.emit(Instr.simple(Op.I32_EQZ));
            } else if (cx.layout.hierarchy().isClass(t.className())) {
                cx.emit(Instr.refTest(RefType.nonNull(cx.struct(t.className()))));
            } else {
                cx.emit(Instr.simple(Op.DROP));
                cx.emit(Instr.i32Const(0));
            }
        }
        cx.define(i.result(), NumType.I32);
    }

    List<ValType> leading(Insn.CheckCast c) {
        return provenByStaticType(c.operand(0), c.type()) ? Collections.singletonList(null) : List.of();
    }

    /**
     * A class or primitive array type is one {@code br_on_cast} out of a block, whose fall-through is the
     * failure; other types test with their helper function inside a block that null and instances leave,
     * then cast. A proven {@code cast} is only the cast.
     */
    void emit(Insn.CheckCast c) {
        JType t = c.type();
        Value v = c.operand(0);
        if (provenByStaticType(v, t)) {
            cx.push(v, null);
            cx.define(c.result(), cx.typeOf(v));
        } else if (c.proven()) {
            // Proved to succeed: only the Wasm type narrows (a ref.cast where the types need one).
            boolean known = t.isArray() || cx.layout.hierarchy().isClass(t.className()) || cx.layout.hierarchy().isInterface(t.className());
            RefType target = known ? (RefType) cx.layout.types().valType(t) : RefType.nullable(AbsHeapType.NONE);
            cx.push(v, target);
            cx.define(c.result(), target);
        } else if (needsHelper(t)) {
            RefType target = (RefType) cx.layout.types().valType(t);
            cx.emit(Instr.block(BlockType.EMPTY));
            cx.push(v, cx.objectRef());
            cx.emit(Instr.simple(Op.REF_IS_NULL));
            cx.emit(Instr.brIf(0));
            cx.push(v, cx.objectRef());
            cx.emit(Instr.call(cx.helpers.instanceOf(t)));
            cx.emit(Instr.brIf(0));
            checks.classCastFailure(c, v, t);
            cx.emit(Instr.end());
            cx.push(v, target);
            cx.define(c.result(), target);
        } else {
            boolean known = t.isArray() || cx.layout.hierarchy().isClass(t.className());
            RefType target = known ? (RefType) cx.layout.types().valType(t) : RefType.nullable(AbsHeapType.NONE);
            cx.emit(Instr.block(BlockType.of(target)));
            cx.push(v, cx.objectRef());
            cx.emit(Instr.brOnCast(0, cx.objectRef(), target));
            cx.emit(Instr.globalGet(cx.layout.classGlobals().classObject(t)));
            checks.classCastFailureWithArguments(c);
            cx.emit(Instr.end());
            cx.define(c.result(), target);
        }
    }
}
