package dev.kiln.backend.emit;

import dev.kiln.backend.layout.ClassHierarchy;
import dev.kiln.backend.layout.DispatchTypes;
import dev.kiln.backend.layout.MethodSignatures;
import dev.kiln.backend.layout.ProgramLayout;
import dev.kiln.backend.layout.TypeLayout;
import dev.kiln.backend.layout.VtableSlots;
import dev.kiln.ir.Flag;
import dev.kiln.ir.Insn;
import dev.kiln.ir.InvokeKind;
import dev.kiln.ir.IrClass;
import dev.kiln.ir.IrMethod;
import dev.kiln.ir.Value;
import dev.kiln.wasm.model.Func;
import dev.kiln.wasm.model.Instr;
import dev.kiln.wasm.model.Op;
import dev.kiln.wasm.model.RefType;
import dev.kiln.wasm.model.TypeDef;
import dev.kiln.wasm.model.ValType;
import java.util.ArrayList;
import java.util.List;

/**
 * Instruction selection for calls. Static and special calls go straight to the resolved method. Virtual
 * and interface calls are devirtualised when only one method can run (a private or final method, or one
 * implementation among the instantiated classes); otherwise a virtual call loads the function from the
 * receiver's vtable slot and an interface call from the interface's method table in the receiver's
 * itable, then {@code call_ref}s it. A direct call on a receiver that may be null checks it first, as
 * dispatch would ({@code ref.as_non_null}; NullPointerException is issue #3). Intrinsic natives are
 * expanded inline wherever they are called directly. A call that may lead to a stack trace records its
 * site in the caller's {@link Frame} first.
 */
final class Calls {
    private enum Kind { DIRECT, VTABLE, ITABLE }

    private record Target(Kind kind, IrMethod method) {}

    private final FunctionContext cx;
    private final Intrinsics intrinsics;

    Calls(FunctionContext cx, Intrinsics intrinsics) {
        this.cx = cx;
        this.intrinsics = intrinsics;
    }

    private Target resolve(Insn.Invoke i) {
        Target t = resolve(cx.layout, i);
        if (t == null) throw cx.error(i, "method " + i.method() + " is not part of the program");
        return t;
    }

    /** How the call is made, or null if the method is not part of the program. */
    private static Target resolve(ProgramLayout layout, Insn.Invoke i) {
        IrMethod m = layout.hierarchy().program().method(i.method());
        if (m == null) return null;
        if (i.kind() == InvokeKind.STATIC || i.kind() == InvokeKind.SPECIAL || !ClassHierarchy.isDispatched(m)) {
            return new Target(Kind.DIRECT, m);
        }
        IrClass owner = layout.hierarchy().clazz(m.owner());
        if (owner.isInterface()) {
            IrMethod only = layout.interfaceMethods().uniqueTarget(m);
            return only != null ? new Target(Kind.DIRECT, only) : new Target(Kind.ITABLE, m);
        }
        if (layout.slots().dispatches(m)) return new Target(Kind.VTABLE, m);
        if (m.flags().contains(Flag.FINAL)) return new Target(Kind.DIRECT, m);
        return new Target(Kind.DIRECT, layout.slots().uniqueTarget(m.owner(), layout.slots().slotOf(m)));
    }

    /** The one method the call can run, or null if it dispatches at run time (or the method is missing). */
    static IrMethod directTarget(ProgramLayout layout, Insn.Invoke i) {
        Target t = resolve(layout, i);
        return t != null && t.kind() == Kind.DIRECT ? t.method() : null;
    }

    List<ValType> leading(Insn.Invoke i) {
        Target t = resolve(i);
        return t.kind() == Kind.DIRECT ? directParams(i, t.method()) : List.of();
    }

    /** The types a direct call passes: the receiver non-null unless it is known to be or the callee is an intrinsic. */
    private List<ValType> directParams(Insn.Invoke i, IrMethod callee) {
        List<ValType> params = new ArrayList<>(cx.layout.signatures().paramTypes(callee));
        if (i.hasReceiver() && !callee.isStatic() && Intrinsics.nameOf(callee) == null && !cx.knownNonNull(i.operand(0))) {
            params.set(0, ((RefType) params.get(0)).asNonNull());
        }
        return params;
    }

    void emit(Insn.Invoke i) {
        Target t = resolve(i);
        MethodSignatures sigs = cx.layout.signatures();
        List<ValType> results = sigs.resultTypes(i.method().sig());
        switch (t.kind()) {
            case DIRECT -> direct(i, t.method());
            case VTABLE -> {
                pushArguments(i, sigs.paramTypes(t.method()));
                VtableSlots.Entry slot = cx.layout.slots().vtableSlotOf(t.method());
                cx.push(i.operand(0), cx.classRef(t.method().owner()));
                cx.emit(Instr.structGet(cx.struct(t.method().owner()), TypeLayout.VTABLE_FIELD));
                cx.emit(Instr.structGet(cx.layout.dispatch().vtable(t.method().owner()), DispatchTypes.FIRST_SLOT_FIELD + slot.index()));
                cx.frame.callSite(i);
                cx.emit(Instr.callRef(sigs.funcType(t.method())));
            }
            case ITABLE -> {
                IrMethod m = t.method();
                pushArguments(i, sigs.paramTypes(m));
                TypeDef object = cx.layout.types().objectStruct();
                TypeDef methods = cx.layout.dispatch().methodTable(m.owner());
                cx.push(i.operand(0), cx.objectRef());
                cx.emit(Instr.structGet(object, TypeLayout.VTABLE_FIELD));
                cx.emit(Instr.structGet(cx.layout.dispatch().vtable(object.name()), DispatchTypes.ITABLE_FIELD));
                cx.emit(Instr.structGet(cx.layout.dispatch().itable(), cx.layout.interfaceSlots().slotOf(m.owner())));
                cx.emit(Instr.refCast(RefType.nonNull(methods)));
                cx.emit(Instr.structGet(methods, cx.layout.interfaceMethods().tableField(m)));
                cx.frame.callSite(i);
                cx.emit(Instr.callRef(sigs.funcType(m)));
            }
        }
        cx.define(i.result(), results.isEmpty() ? null : results.get(0));
    }

    private void direct(Insn.Invoke i, IrMethod callee) {
        pushArguments(i, directParams(i, callee));
        String intrinsic = Intrinsics.nameOf(callee);
        if (intrinsic != null) {
            try {
                intrinsics.expand(callee).forEach(cx::emit);
            } catch (IllegalArgumentException e) {
                throw cx.error(i, e.getMessage() + " (bound by " + callee + ")");
            }
            return;
        }
        Func f = cx.layout.functions().direct(callee);
        if (f == null && !callee.isNative() && !callee.isStatic() && !callee.isAbstract()) {
            // A final or private method of a class with no instances: the analysis left it out because no
            // receiver can exist, and the receiver was null-checked before the call, so control never gets here.
            cx.emit(Instr.simple(Op.UNREACHABLE));
            return;
        }
        if (f == null) {
            String why = callee.isNative() ? "a native method without @Import or @Intrinsic" : "abstract";
            throw cx.error(i, "cannot call " + callee + ": it is " + why);
        }
        if (cx.frame.recordsCallsTo(callee)) cx.frame.callSite(i);
        cx.emit(Instr.call(f));
    }

    private void pushArguments(Insn.Invoke i, List<ValType> types) {
        List<Value> args = i.operands();
        for (int k = 0; k < args.size(); k++) cx.push(args.get(k), types.get(k));
    }
}
