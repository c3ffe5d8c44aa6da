package dev.kiln.backend.emit;

import dev.kiln.backend.layout.ArrayKind;
import dev.kiln.backend.layout.Instances;
import dev.kiln.backend.layout.TypeLayout;
import dev.kiln.ir.Insn;
import dev.kiln.ir.Instruction;
import dev.kiln.ir.JType;
import dev.kiln.ir.Value;
import dev.kiln.wasm.model.FieldType;
import dev.kiln.wasm.model.Instr;
import dev.kiln.wasm.model.Local;
import dev.kiln.wasm.model.NumType;
import dev.kiln.wasm.model.Op;
import dev.kiln.wasm.model.RefType;
import dev.kiln.wasm.model.TypeDef;
import dev.kiln.wasm.model.ValType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Instruction selection for arrays: an array is a struct of its {@link ArrayKind} holding a Wasm array in
 * its {@code $data} field, so element access is {@code struct.get $data} then {@code array.get}/{@code set}
 * (packed elements read signed for byte and short, unsigned for boolean and char). Accesses rely on the
 * IR's checks ({@link ImplicitExceptions}) having ruled out null arrays, bad indices and bad stores;
 * allocation checks its length itself (NegativeArraySizeException). Multi-dimensional allocation is a
 * helper function per array type, called once every length has passed the same check.
 */
final class ArrayAccess {
    private final FunctionContext cx;
    private final ImplicitExceptions checks;
    private final CheckedArrays checkedArrays;

    ArrayAccess(FunctionContext cx, ImplicitExceptions checks, CheckedArrays checkedArrays) {
        this.cx = cx;
        this.checks = checks;
        this.checkedArrays = checkedArrays;
    }

    private TypeLayout types() {
        return cx.layout.types();
    }

    private RefType arrayRef(ArrayKind kind) {
        return RefType.nullable(types().arrayStruct(kind));
    }

    /** The element value type: java.lang.Object's for every reference array. */
    private ValType elementType(ArrayKind kind, JType component) {
        return kind == ArrayKind.REFERENCE ? cx.objectRef() : types().valType(component);
    }

    void emit(Insn.NewArray n) {
        JType arrayType = JType.array(n.componentType());
        ArrayKind kind = ArrayKind.of(n.componentType());
        TypeDef struct = types().arrayStruct(kind);
        List<FieldType> fields = struct.struct().fields();
        checks.negativeLength(n, n.operand(0));
        cx.emit(Instr.globalGet(cx.layout.classGlobals().vtable(arrayType)));
        for (int f = 1; f < fields.size() - 1; f++) cx.emit(Instances.defaultValue(fields.get(f).type()));
        cx.push(n.operand(0), NumType.I32);
        cx.emit(Instr.arrayNewDefault(types().rawArray(kind)));
        cx.emit(Instr.structNew(struct));
        cx.define(n.result(), RefType.nonNull(struct));
    }

    /**
     * An array of constants of a primitive type comes from the data segment ({@link ConstantArrays}); any
     * other takes its elements from the stack with {@code array.new_fixed}. Either way the Wasm array is
     * built first and waits in a scratch local while the struct's leading fields are pushed.
     */
    List<ValType> leading(Insn.NewArrayOf n) {
        ArrayKind kind = ArrayKind.of(n.componentType());
        if (constants(n, kind) != null) return List.of();
        return Collections.nCopies(n.operands().size(), elementType(kind, n.componentType()));
    }

    void emit(Insn.NewArrayOf n) {
        ArrayKind kind = ArrayKind.of(n.componentType());
        TypeDef struct = types().arrayStruct(kind);
        TypeDef raw = types().rawArray(kind);
        List<Object> constants = constants(n, kind);
        if (constants != null) {
            cx.layout.constantArrays().newArray(kind, constants).forEach(cx::emit);
        } else {
            if (kind == ArrayKind.BOOLEAN) throw cx.error(n, "a boolean newarrayof takes constants only");
            ValType element = elementType(kind, n.componentType());
            for (Value v : n.operands()) cx.push(v, element);
            cx.emit(Instr.arrayNewFixed(raw, n.operands().size()));
        }
        Local elements = cx.scratch("array elements", RefType.nonNull(raw));
        cx.emit(Instr.localSet(elements));
        List<FieldType> fields = struct.struct().fields();
        cx.emit(Instr.globalGet(cx.layout.classGlobals().vtable(JType.array(n.componentType()))));
        for (int f = 1; f < fields.size() - 1; f++) cx.emit(Instances.defaultValue(fields.get(f).type()));
        cx.emit(Instr.localGet(elements));
        cx.emit(Instr.structNew(struct));
        cx.define(n.result(), RefType.nonNull(struct));
    }

    /** The elements' values if the array is primitive and every element a constant, else null. */
    private static List<Object> constants(Insn.NewArrayOf n, ArrayKind kind) {
        if (kind == ArrayKind.REFERENCE) return null;
        List<Object> values = new ArrayList<>(n.operands().size());
        for (Value v : n.operands()) {
            if (!(v.definition() instanceof Insn.Const c) || c.value() == null) return null;
            values.add(c.value());
        }
        return values;
    }

    List<ValType> leading(Insn.NewMultiArray n) {
        return List.of();
    }

    void emit(Insn.NewMultiArray n) {
        for (Value length : n.operands()) checks.negativeLength(n, length);
        for (Value length : n.operands()) cx.push(length, NumType.I32);
        cx.emit(Instr.call(cx.helpers.newMultiArray(n.arrayType(), n.operands().size())));
        cx.define(n.result(), types().valType(n.arrayType()));
    }

    List<ValType> leading(Insn.ArrayLoad a) {
        return List.of(arrayRef(ArrayKind.of(a.componentType())));
    }

    void emit(Insn.ArrayLoad a) {
        ArrayKind kind = ArrayKind.of(a.componentType());
        elements(a, a.operand(0), kind);
        cx.push(a.operand(1), NumType.I32);
        TypeDef raw = types().rawArray(kind);
        cx.emit(kind.signedPacked() ? Instr.arrayGetS(raw) : kind.unsignedPacked() ? Instr.arrayGetU(raw) : Instr.arrayGet(raw));
        cx.define(a.result(), elementType(kind, a.componentType()));
    }

    List<ValType> leading(Insn.ArrayStore s) {
        return List.of(arrayRef(ArrayKind.of(s.componentType())));
    }

    void emit(Insn.ArrayStore s) {
        ArrayKind kind = ArrayKind.of(s.componentType());
        elements(s, s.operand(0), kind);
        cx.push(s.operand(1), NumType.I32);
        cx.push(s.operand(2), elementType(kind, s.componentType()));
        if (kind == ArrayKind.BOOLEAN) ObjectAccess.narrow(cx, JType.BOOLEAN, s.operand(2));
        cx.emit(Instr.arraySet(types().rawArray(kind)));
    }

    List<ValType> leading(Insn.ArrayLength a) {
        return List.of(arrayRef(kindOf(a, a.operand(0))));
    }

    void emit(Insn.ArrayLength a) {
        elements(a, a.operand(0), kindOf(a, a.operand(0)));
        cx.emit(Instr.simple(Op.ARRAY_LEN));
        cx.define(a.result(), NumType.I32);
    }

    /** Pushes the Wasm array of {@code array}, from the local its bounds check kept it in if it did. */
    private void elements(Instruction access, Value array, ArrayKind kind) {
        Local kept = checkedArrays.take(access);
        if (kept != null) {
            cx.emit(Instr.localGet(kept));
            return;
        }
        cx.push(array, arrayRef(kind));
        cx.emit(Instr.structGet(types().arrayStruct(kind), types().arrayDataField(kind)));
    }

    /** The kind of an array value from its static type; the null constant may be any kind. */
    private ArrayKind kindOf(Instruction at, Value array) {
        JType t = array.type();
        if (t.isArray()) return ArrayKind.of(t.component());
        if (t.kind() == JType.Kind.NULL) return ArrayKind.INT;
        throw cx.error(at, "array operand " + array + " has the non-array type " + t);
    }
}
