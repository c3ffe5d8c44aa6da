package dev.kiln.backend.emit;

import dev.kiln.backend.layout.ArrayKind;
import dev.kiln.backend.layout.ClassHierarchy;
import dev.kiln.backend.layout.ProgramLayout;
import dev.kiln.backend.layout.TypeLayout;
import dev.kiln.ir.IrClass;
import dev.kiln.wasm.model.BlockType;
import dev.kiln.wasm.model.FieldType;
import dev.kiln.wasm.model.Func;
import dev.kiln.wasm.model.Instr;
import dev.kiln.wasm.model.Local;
import dev.kiln.wasm.model.Op;
import dev.kiln.wasm.model.PackedType;
import dev.kiln.wasm.model.RefType;
import dev.kiln.wasm.model.TypeDef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The body of {@code kiln.clone} (docs/RUNTIME-CONTRACT.md): a shallow copy with a fresh identity hash. An
 * object's exact type is found by testing the types that can reach it, most derived first so the first match
 * is exact: every instantiated class that implements java.lang.Cloneable ({@code Object.clone()} checks that
 * before it copies), then each array kind, whose elements are copied with {@code array.copy}. A copy keeps
 * the original's vtable, so it has the original's class.
 */
final class CloneFunction {
    private final ProgramLayout layout;
    private final Func f;
    private final List<Instr> b;

    private CloneFunction(ProgramLayout layout, Func f) {
        this.layout = layout;
        this.f = f;
        this.b = f.body();
    }

    static void define(ProgramLayout layout, Func f) {
        new CloneFunction(layout, f).body();
    }

    private void body() {
        ClassHierarchy h = layout.hierarchy();
        List<IrClass> classes = new ArrayList<>(h.classes());
        Collections.reverse(classes);
        for (IrClass c : classes) {
            if (c.isInstantiated() && h.allInterfaces(c.name()).contains("java.lang.Cloneable")) {
                copyIf(layout.types().struct(c.name()), null);
            }
        }
        for (ArrayKind k : ArrayKind.values()) copyIf(layout.types().arrayStruct(k), k);
        b.add(Instr.simple(Op.UNREACHABLE));
    }

    /** If the argument is a {@code type}, returns a copy of it. */
    private void copyIf(TypeDef type, ArrayKind kind) {
        Local original = f.addLocal("original", RefType.nullable(type));
        b.add(Instr.localGet(f.param(0)));
        b.add(Instr.refTest(RefType.nonNull(type)));
        b.add(Instr.if_(BlockType.EMPTY));
        b.add(Instr.localGet(f.param(0)));
        b.add(Instr.refCast(RefType.nullable(type)));
        b.add(Instr.localSet(original));
        List<FieldType> fields = type.struct().fields();
        int end = kind == null ? fields.size() : fields.size() - 1;
        Local data = null;
        if (kind != null) data = copyElements(original, type, kind);
        for (int i = 0; i < end; i++) {
            if (i == TypeLayout.HASH_FIELD) {
                b.add(Instr.i32Const(0));
                continue;
            }
            b.add(Instr.localGet(original));
            b.add(fields.get(i).type() instanceof PackedType ? Instr.structGetU(type, i) : Instr.structGet(type, i));
        }
        if (data != null) {
            b.add(Instr.localGet(data));
            b.add(Instr.simple(Op.REF_AS_NON_NULL));
        }
        b.add(Instr.structNew(type));
        b.add(Instr.simple(Op.RETURN));
        b.add(Instr.end());
    }

    /** A new Wasm array holding the original's elements, in a local. */
    private Local copyElements(Local original, TypeDef type, ArrayKind kind) {
        TypeDef raw = layout.types().rawArray(kind);
        int dataField = layout.types().arrayDataField(kind);
        Local data = f.addLocal("elements", RefType.nullable(raw));
        b.add(Instr.localGet(original));
        b.add(Instr.structGet(type, dataField));
        b.add(Instr.simple(Op.ARRAY_LEN));
        b.add(Instr.arrayNewDefault(raw));
        b.add(Instr.localTee(data));
        b.add(Instr.i32Const(0));
        b.add(Instr.localGet(original));
        b.add(Instr.structGet(type, dataField));
        b.add(Instr.i32Const(0));
        b.add(Instr.localGet(original));
        b.add(Instr.structGet(type, dataField));
        b.add(Instr.simple(Op.ARRAY_LEN));
        b.add(Instr.arrayCopy(raw, raw));
        return data;
    }
}
