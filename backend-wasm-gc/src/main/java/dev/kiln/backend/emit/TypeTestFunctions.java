package dev.kiln.backend.emit;

import dev.kiln.backend.layout.ClassHierarchy;
import dev.kiln.backend.layout.DispatchTypes;
import dev.kiln.backend.layout.ProgramLayout;
import dev.kiln.backend.layout.TypeLayout;
import dev.kiln.ir.JType;
import dev.kiln.wasm.model.BlockType;
import dev.kiln.wasm.model.Func;
import dev.kiln.wasm.model.Instr;
import dev.kiln.wasm.model.Local;
import dev.kiln.wasm.model.Module;
import dev.kiln.wasm.model.NumType;
import dev.kiln.wasm.model.Op;
import dev.kiln.wasm.model.RefType;
import dev.kiln.wasm.model.TypeDef;
import dev.kiln.wasm.model.ValType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Type tests that one {@code ref.test} cannot answer, as functions generated per target type.
 *
 * <p>The core is "is the type whose vtable this is assignable to T" ({@code kiln.vtable_is#T}), because
 * an array's vtable links to its component's vtable and the test for {@code T[]} recurses on the
 * component: a class T is a {@code ref.test} on the vtable's struct type (vtable types mirror the class
 * hierarchy); an interface T is a {@code ref.test} of the itable field assigned to T against T's method
 * table type; a primitive array type has exactly one vtable, compared by identity; a reference array type
 * checks for a reference-array vtable and recurses on its component. On top of it,
 * {@code kiln.instanceof#T} adds the null test. Each reference array's vtable holds its component type's
 * {@code kiln.vtable_is}, which array stores call.
 */
final class TypeTestFunctions {
    private final Module module;
    private final ProgramLayout layout;
    private final Map<JType, Func> vtableIs = new HashMap<>();
    private final Map<JType, Func> instanceOf = new HashMap<>();

    TypeTestFunctions(Module module, ProgramLayout layout) {
        this.module = module;
        this.layout = layout;
        layout.classGlobals().componentTests(this::vtableIs);
    }

    private TypeDef objectVtable() {
        return layout.dispatch().vtable(ClassHierarchy.OBJECT);
    }

    private Func define(String name, List<ValType> params, List<ValType> results, List<String> paramNames) {
        return module.addFunction(Func.defined(name, layout.funcTypes().of(params, results), paramNames));
    }

    /** {@code (ref null $java.lang.Object) -> i32}: 1 if the object is a non-null instance of {@code t}. */
    Func instanceOf(JType t) {
        Func f = instanceOf.get(t);
        if (f != null) return f;
        f = define("kiln.instanceof#" + t, List.of(layout.types().objectRef()), List.of(NumType.I32), List.of("object"));
        instanceOf.put(t, f);
        List<Instr> b = f.body();
        returnIfNull(b, f.param(0), Instr.i32Const(0));
        pushVtable(b, f.param(0));
        b.add(Instr.call(vtableIs(t)));
        return f;
    }

    private static void returnIfNull(List<Instr> b, Local object, Instr nullResult) {
        b.add(Instr.localGet(object));
        b.add(Instr.simple(Op.REF_IS_NULL));
        b.add(Instr.if_(BlockType.EMPTY));
        b.add(nullResult);
        b.add(Instr.simple(Op.RETURN));
        b.add(Instr.end());
    }

    private void pushVtable(List<Instr> b, Local object) {
        b.add(Instr.localGet(object));
        b.add(Instr.structGet(layout.types().objectStruct(), TypeLayout.VTABLE_FIELD));
    }

    /** {@code (ref $java.lang.Object#vtable) -> i32}: 1 if the vtable's type is assignable to {@code t}. */
    Func vtableIs(JType t) {
        Func f = vtableIs.get(t);
        if (f != null) return f;
        f = module.addFunction(Func.defined("kiln.vtable_is#" + t, layout.dispatch().vtableTest(layout.signatures()),
                List.of("vtable")));
        vtableIs.put(t, f);
        List<Instr> b = f.body();
        Local vt = f.param(0);
        ClassHierarchy h = layout.hierarchy();
        DispatchTypes dispatch = layout.dispatch();
        if (t.isArray() && !t.component().isPrimitive()) {
            TypeDef arrayVt = dispatch.refArrayVtable();
            b.add(Instr.localGet(vt));
            b.add(Instr.refTest(RefType.nonNull(arrayVt)));
            b.add(Instr.if_(BlockType.of(NumType.I32)));
            b.add(Instr.localGet(vt));
            b.add(Instr.refCast(RefType.nonNull(arrayVt)));
            b.add(Instr.structGet(arrayVt, dispatch.refArrayComponentField()));
            b.add(Instr.call(vtableIs(t.component())));
            b.add(Instr.else_());
            b.add(Instr.i32Const(0));
            b.add(Instr.end());
        } else if (t.isClass() && t.className().equals(ClassHierarchy.OBJECT)) {
            b.add(Instr.i32Const(1));
        } else if (t.isClass() && h.isClass(t.className())) {
            b.add(Instr.localGet(vt));
            b.add(Instr.refTest(RefType.nonNull(dispatch.vtable(t.className()))));
        } else if (t.isClass() && h.isInterface(t.className())) {
            b.add(Instr.localGet(vt));
            b.add(Instr.structGet(objectVtable(), DispatchTypes.ITABLE_FIELD));
            b.add(Instr.structGet(dispatch.itable(), layout.interfaceSlots().slotOf(t.className())));
            b.add(Instr.refTest(RefType.nonNull(dispatch.methodTable(t.className()))));
        } else {
            b.add(Instr.localGet(vt));
            b.add(Instr.globalGet(layout.classGlobals().vtable(t)));
            b.add(Instr.simple(Op.REF_EQ));
        }
        return f;
    }
}
