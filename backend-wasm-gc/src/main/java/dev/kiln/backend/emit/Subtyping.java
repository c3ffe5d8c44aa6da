package dev.kiln.backend.emit;

import dev.kiln.wasm.model.AbsHeapType;
import dev.kiln.wasm.model.CompositeType;
import dev.kiln.wasm.model.HeapType;
import dev.kiln.wasm.model.RefType;
import dev.kiln.wasm.model.TypeDef;
import dev.kiln.wasm.model.ValType;

/**
 * Wasm GC subtyping between the value types Kiln uses, decided at compile time so that the emitter only
 * inserts a cast where the validator would otherwise reject the code: declared supertype chains for
 * defined types, {@code none} below every struct and array type, and struct/array below {@code eq} below
 * {@code any}.
 */
final class Subtyping {
    private Subtyping() {}

    static boolean isSubtype(ValType a, ValType b) {
        if (a.equals(b)) return true;
        if (!(a instanceof RefType ra) || !(b instanceof RefType rb)) return false;
        if (ra.nullable() && !rb.nullable()) return false;
        return isSubtype(ra.heap(), rb.heap());
    }

    static boolean isSubtype(HeapType a, HeapType b) {
        if (a == b) return true;
        if (a == AbsHeapType.NONE) return b instanceof TypeDef t ? !(t.composite() instanceof CompositeType.Func) : isAnyHierarchy(b);
        if (a instanceof TypeDef t) {
            for (TypeDef s = t.supertype(); s != null; s = s.supertype()) if (s == b) return true;
            if (t.composite() instanceof CompositeType.Func) return b == AbsHeapType.FUNC;
            AbsHeapType kind = t.composite() instanceof CompositeType.Struct ? AbsHeapType.STRUCT : AbsHeapType.ARRAY;
            return b == kind || b == AbsHeapType.EQ || b == AbsHeapType.ANY;
        }
        if (a == AbsHeapType.STRUCT || a == AbsHeapType.ARRAY) return b == AbsHeapType.EQ || b == AbsHeapType.ANY;
        return a == AbsHeapType.EQ && b == AbsHeapType.ANY;
    }

    private static boolean isAnyHierarchy(HeapType h) {
        return h == AbsHeapType.ANY || h == AbsHeapType.EQ || h == AbsHeapType.STRUCT || h == AbsHeapType.ARRAY
                || h == AbsHeapType.I31;
    }
}
