package dev.kiln.backend.emit;

import dev.kiln.backend.layout.ArrayKind;
import dev.kiln.backend.layout.ProgramLayout;
import dev.kiln.backend.layout.TypeLayout;
import dev.kiln.wasm.model.BlockType;
import dev.kiln.wasm.model.Func;
import dev.kiln.wasm.model.Instr;
import dev.kiln.wasm.model.Local;
import dev.kiln.wasm.model.Op;
import dev.kiln.wasm.model.RefType;
import dev.kiln.wasm.model.TypeDef;
import java.util.List;

/**
 * The bodies of the intrinsics that treat an array of any element type alike ({@code kiln.array_length},
 * {@code kiln.array_copy}, docs/RUNTIME-CONTRACT.md), and {@code kiln.array_new_like}. Each array kind is its own struct type, so the body
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
     * {@code (Object[] array, int length) -> Object[]}: a new reference array with {@code array}'s vtable
     * (so its class and its element store check), a fresh identity hash and {@code length} null elements.
     * The array is not null and the length not negative; the runtime library checks both.
     */
    static void defineNewLike(ProgramLayout layout, Func f) {
        List<Instr> b = f.body();
        TypeDef struct = layout.types().arrayStruct(ArrayKind.REFERENCE);
        int dataField = layout.types().arrayDataField(ArrayKind.REFERENCE);
        for (int i = 0; i < dataField; i++) {
            if (i == TypeLayout.HASH_FIELD) {
                b.add(Instr.i32Const(0));
            } else {
                b.add(Instr.localGet(f.param(0)));
                b.add(Instr.structGet(struct, i));
            }
        }
        b.add(Instr.localGet(f.param(1)));
        b.add(Instr.arrayNewDefault(layout.types().rawArray(ArrayKind.REFERENCE)));
        b.add(Instr.structNew(struct));
    }

    /** Pushes the Wasm array inside the array object in {@code param}, known to be of kind {@code k}. */
    private static void data(List<Instr> b, ProgramLayout layout, ArrayKind k, Local param) {
        TypeDef struct = layout.types().arrayStruct(k);
        b.add(Instr.localGet(param));
        b.add(Instr.refCast(RefType.nonNull(struct)));
        b.add(Instr.structGet(struct, layout.types().arrayDataField(k)));
    }
}
