package dev.kiln.backend.emit;

import dev.kiln.backend.layout.ArrayKind;
import dev.kiln.backend.layout.ProgramLayout;
import dev.kiln.backend.layout.ClassGlobals;
import dev.kiln.backend.layout.Instances;
import dev.kiln.ir.JType;
import dev.kiln.wasm.model.BlockType;
import dev.kiln.wasm.model.Func;
import dev.kiln.wasm.model.Instr;
import dev.kiln.wasm.model.Local;
import dev.kiln.wasm.model.Op;
import dev.kiln.wasm.model.RefType;
import dev.kiln.wasm.model.TypeDef;
import java.util.List;
import java.util.Map;

/**
 * The bodies of the intrinsics that treat an array of any element type alike ({@code kiln.array_length},
 * {@code kiln.array_copy}, docs/RUNTIME-CONTRACT.md), and {@code kiln.array_new}. Each array kind is its own struct type, so the body
 * tests the kinds in turn and applies {@code array.len} or {@code array.copy} to the Wasm array of the
 * one that matches; an argument that is no array reaches {@code unreachable}, which the runtime library's
 * checks rule out.
 */
final class ArrayFunctions {
    private ArrayFunctions() {}

    /** {@code (Object array) -> int}: the array's length. */
    static void defineLength(ProgramLayout layout, Func f) {
        List<Instr> b = f.body();
        for (ArrayKind k : ArrayKind.values()) {
            TypeDef struct = layout.types().arrayStruct(k);
            b.add(Instr.localGet(f.param(0)));
            b.add(Instr.refTest(RefType.nonNull(struct)));
            b.add(Instr.if_(BlockType.EMPTY));
            data(b, layout, k, f.param(0));
            b.add(Instr.simple(Op.ARRAY_LEN));
            b.add(Instr.simple(Op.RETURN));
            b.add(Instr.end());
        }
        b.add(Instr.simple(Op.UNREACHABLE));
    }

    /**
     * {@code (Object src, int srcPos, Object dest, int destPos, int length) -> ()}: {@code array.copy}
     * between two arrays of the same kind, chosen by the source's; ranges in bounds, overlap allowed.
     */
    static void defineCopy(ProgramLayout layout, Func f) {
        List<Instr> b = f.body();
        for (ArrayKind k : ArrayKind.values()) {
            TypeDef struct = layout.types().arrayStruct(k);
            TypeDef raw = layout.types().rawArray(k);
            b.add(Instr.localGet(f.param(0)));
            b.add(Instr.refTest(RefType.nonNull(struct)));
            b.add(Instr.if_(BlockType.EMPTY));
            data(b, layout, k, f.param(2));
            b.add(Instr.localGet(f.param(3)));
            data(b, layout, k, f.param(0));
            b.add(Instr.localGet(f.param(1)));
            b.add(Instr.localGet(f.param(4)));
            b.add(Instr.arrayCopy(raw, raw));
            b.add(Instr.simple(Op.RETURN));
            b.add(Instr.end());
        }
        b.add(Instr.simple(Op.UNREACHABLE));
    }

    /**
     * {@code (k[] src, int srcPos, k[] dest, int destPos, int length) -> ()}: one {@code array.copy}, the arrays' kind
     * known from the native's parameter types; ranges in bounds, overlap allowed, neither array null.
     */
    static void defineTypedCopy(ProgramLayout layout, ArrayKind k, Func f) {
        List<Instr> b = f.body();
        TypeDef struct = layout.types().arrayStruct(k);
        TypeDef raw = layout.types().rawArray(k);
        int dataField = layout.types().arrayDataField(k);
        b.add(Instr.localGet(f.param(2)));
        b.add(Instr.structGet(struct, dataField));
        b.add(Instr.localGet(f.param(3)));
        b.add(Instr.localGet(f.param(0)));
        b.add(Instr.structGet(struct, dataField));
        b.add(Instr.localGet(f.param(1)));
        b.add(Instr.localGet(f.param(4)));
        b.add(Instr.arrayCopy(raw, raw));
    }

    /**
     * {@code (Class component, int length) -> Object}: a new array of {@code length} default elements
     * whose component type is {@code component}, or null if the module has no such array type. The module
     * has the array types its code names (every {@code anewarray}, {@code instanceof}, cast and class literal
     * of one, and the arrays of each class literal's type), so the body compares {@code component} with the
     * Class object of each such component type in turn. That covers {@code Arrays.copyOf(a, n,
     * a.getClass())}, the scratch arrays of {@code TimSort} and {@code Array.newInstance(X.class, n)}; the
     * runtime library turns null into an error for a component whose arrays the program never names
     * otherwise (docs/CLASS-LIBRARY.md). The component is not null and not {@code void}, the length not
     * negative: the runtime library checks those.
     *
     * <p>The body still makes a negative length 0 first. Binaryen's optimizer takes {@code array.new} never to trap
     * (a failed allocation is like running out of memory, WebAssembly/binaryen#3559), so once this function is inlined
     * under the caller's length check, it turns the chain of {@code if (component == X) return new X[length]} into
     * {@code br_if}s that make every candidate's array before comparing, and then drops the check: with a negative
     * length, V8 trapped with "requested new array is too large" ({@code arrays/ArraysFromClassObjects} at
     * {@code -O2}/{@code -O3}, docs/BINARYEN.md).
     */
    static void defineNewOfClass(ProgramLayout layout, Func f) {
        ClassGlobals globals = layout.classGlobals();
        List<Instr> b = f.body();
        b.add(Instr.localGet(f.param(1)));
        b.add(Instr.i32Const(0));
        b.add(Instr.localGet(f.param(1)));
        b.add(Instr.i32Const(0));
        b.add(Instr.simple(Op.I32_GE_S));
        b.add(Instr.simple(Op.SELECT));
        b.add(Instr.localSet(f.param(1)));
        for (JType component : globals.arrayComponentCandidates()) {
            JType arrayType = JType.array(component);
            ArrayKind k = ArrayKind.of(component);
            b.add(Instr.localGet(f.param(0)));
            b.add(Instr.globalGet(globals.classObject(component)));
            b.add(Instr.simple(Op.REF_EQ));
            b.add(Instr.if_(BlockType.EMPTY));
            List<Instr> data = List.of(Instr.localGet(f.param(1)), Instr.arrayNewDefault(layout.types().rawArray(k)));
            b.addAll(Instances.create(layout.types().arrayStruct(k), globals.vtable(arrayType),
                    Map.of(layout.types().arrayDataField(k), data)));
            b.add(Instr.simple(Op.RETURN));
            b.add(Instr.end());
        }
        b.add(Instr.refNull(layout.types().objectStruct()));
    }

    /** Pushes the Wasm array inside the array object in {@code param}, known to be of kind {@code k}. */
    private static void data(List<Instr> b, ProgramLayout layout, ArrayKind k, Local param) {
        TypeDef struct = layout.types().arrayStruct(k);
        b.add(Instr.localGet(param));
        b.add(Instr.refCast(RefType.nonNull(struct)));
        b.add(Instr.structGet(struct, layout.types().arrayDataField(k)));
    }
}
