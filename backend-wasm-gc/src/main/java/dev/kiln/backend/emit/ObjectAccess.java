package dev.kiln.backend.emit;

import dev.kiln.backend.layout.ClassInitStates;
import dev.kiln.backend.layout.Instances;
import dev.kiln.ir.FieldRef;
import dev.kiln.ir.Insn;
import dev.kiln.ir.IrMethod;
import dev.kiln.ir.JType;
import dev.kiln.ir.MethodRef;
import dev.kiln.ir.Value;
import dev.kiln.wasm.model.BlockType;
import dev.kiln.wasm.model.Func;
import dev.kiln.wasm.model.Instr;
import dev.kiln.wasm.model.Op;
import dev.kiln.wasm.model.RefType;
import dev.kiln.wasm.model.TypeDef;
import dev.kiln.wasm.model.ValType;
import java.util.List;
import java.util.Map;

/**
 * Instruction selection for objects and statics: field access with {@code struct.get}/{@code struct.set}
 * (packed fields read signed for byte and short, unsigned for boolean and char), static fields as
 * globals, {@code new} as {@code struct.new} with the class's vtable and default fields, class
 * initialisation as a flag test guarding a call, and monitors as calls of the runtime library's ownership
 * bookkeeping (Kiln is single-threaded: entering never blocks).
 * A null receiver traps in {@code struct.get}/{@code struct.set} for now (NullPointerException is issue #3).
 */
final class ObjectAccess {
    private final FunctionContext cx;

    ObjectAccess(FunctionContext cx) {
        this.cx = cx;
    }

    List<ValType> leading(Insn.GetField g) {
        return List.of(cx.classRef(g.field().owner()));
    }

    void emit(Insn.GetField g) {
        FieldRef f = g.field();
        cx.push(g.operand(0), cx.classRef(f.owner()));
        TypeDef owner = cx.struct(f.owner());
        int index = cx.layout.types().fieldIndex(f);
        cx.emit(switch (f.type().kind()) {
            case BOOLEAN, CHAR -> Instr.structGetU(owner, index);
            case BYTE, SHORT -> Instr.structGetS(owner, index);
            default -> Instr.structGet(owner, index);
        });
        cx.define(g.result(), cx.layout.types().valType(f.type()));
    }

    List<ValType> leading(Insn.PutField p) {
        return List.of(cx.classRef(p.field().owner()), cx.layout.types().valType(p.field().type()));
    }

    void emit(Insn.PutField p) {
        FieldRef f = p.field();
        cx.push(p.operand(0), cx.classRef(f.owner()));
        cx.push(p.operand(1), cx.layout.types().valType(f.type()));
        if (f.type().kind() == JType.Kind.BOOLEAN) narrow(cx, f.type(), p.operand(1));
        cx.emit(Instr.structSet(cx.struct(f.owner()), cx.layout.types().fieldIndex(f)));
    }

    /**
     * Narrows the int on top of the stack to a small integer type, as the JVM does when storing it
     * (JVMS putfield, putstatic, bastore): booleans keep bit 0, the others their low bits, sign- or
     * zero-extended. Packed struct fields and array elements already truncate, so only booleans need it
     * there; static fields are whole i32 globals and need it for every small type.
     */
    static void narrow(FunctionContext cx, JType type, Value value) {
        if (value.definition() instanceof Insn.Const c && c.value() instanceof Integer v && fits(v, type)) return;
        switch (type.kind()) {
            case BOOLEAN -> {
                cx.emit(Instr.i32Const(1));
                cx.emit(Instr.simple(Op.I32_AND));
            }
            case BYTE -> cx.emit(Instr.simple(Op.I32_EXTEND8_S));
            case SHORT -> cx.emit(Instr.simple(Op.I32_EXTEND16_S));
            case CHAR -> {
                cx.emit(Instr.i32Const(0xffff));
                cx.emit(Instr.simple(Op.I32_AND));
            }
            default -> { }
        }
    }

    /** True if the constant already is a value of the small type, so narrowing it changes nothing. */
    private static boolean fits(int v, JType type) {
        return switch (type.kind()) {
            case BOOLEAN -> v == 0 || v == 1;
            case BYTE -> v == (byte) v;
            case SHORT -> v == (short) v;
            case CHAR -> v == (char) v;
            default -> true;
        };
    }

    void emit(Insn.GetStatic g) {
        cx.emit(Instr.globalGet(cx.layout.statics().global(g.field())));
        cx.define(g.result(), cx.layout.types().valType(g.field().type()));
    }

    List<ValType> leading(Insn.PutStatic p) {
        return List.of(cx.layout.types().valType(p.field().type()));
    }

    void emit(Insn.PutStatic p) {
        cx.push(p.operand(0), cx.layout.types().valType(p.field().type()));
        narrow(cx, p.field().type(), p.operand(0));
        cx.emit(Instr.globalSet(cx.layout.statics().global(p.field())));
    }

    void emit(Insn.New n) {
        if (!cx.layout.hierarchy().isClass(n.className()) || cx.layout.hierarchy().clazz(n.className()).isAbstract()) {
            throw cx.error(n, "cannot instantiate " + n.className() + ": not a concrete class of the program");
        }
        TypeDef type = cx.struct(n.className());
        Instances.create(type, cx.layout.classGlobals().vtable(JType.object(n.className())), Map.of()).forEach(cx::emit);
        cx.define(n.result(), RefType.nonNull(type));
    }

    /** The fast path is one global read and one branch: the state is 0 once the class is initialised. */
    void emit(Insn.InitClass i) {
        ClassInitStates.Plan plan = cx.layout.initStates().plan(i.className());
        if (plan == null) return;
        cx.emit(Instr.globalGet(plan.state()));
        cx.emit(Instr.if_(BlockType.EMPTY));
        cx.frame.callSite(i);
        cx.emit(Instr.call(cx.helpers.classInit(plan)));
        cx.emit(Instr.end());
    }

    List<ValType> leading(Insn.Monitor m) {
        return List.of(cx.layout.types().objectRef());
    }

    /** A call of the runtime library's {@code Monitors.enter} or {@code Monitors.exit} (docs/RUNTIME-CONTRACT.md). */
    void emit(Insn.Monitor m) {
        MethodRef hook = m.isEnter() ? RuntimeHooks.MONITOR_ENTER : RuntimeHooks.MONITOR_EXIT;
        IrMethod target = cx.layout.hierarchy().program().method(hook);
        Func f = target == null ? null : cx.layout.functions().direct(target);
        if (f == null) throw cx.error(m, "the program has no " + hook + " for " + m.opcode());
        cx.push(m.operand(0), cx.layout.types().objectRef());
        if (cx.frame.recordsCallsTo(target)) cx.frame.callSite(m);
        cx.emit(Instr.call(f));
    }
}
