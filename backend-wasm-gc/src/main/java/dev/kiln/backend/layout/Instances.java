package dev.kiln.backend.layout;

import dev.kiln.wasm.model.FieldType;
import dev.kiln.wasm.model.Global;
import dev.kiln.wasm.model.Instr;
import dev.kiln.wasm.model.NumType;
import dev.kiln.wasm.model.PackedType;
import dev.kiln.wasm.model.RefType;
import dev.kiln.wasm.model.StorageType;
import dev.kiln.wasm.model.TypeDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds {@code struct.new} sequences that allocate a Java object with chosen field values and Java
 * defaults elsewhere. The sequences use only constant instructions when the given values do, so they
 * serve both global initializers (Class objects, vtables) and function bodies.
 */
public final class Instances {
    private Instances() {}

    /**
     * {@code struct.new} of {@code type}: field 0 from {@code vtable}, fields in {@code values} (index to
     * instructions pushing the value) from there, every other field its default.
     */
    public static List<Instr> create(TypeDef type, Global vtable, Map<Integer, List<Instr>> values) {
        List<Instr> out = new ArrayList<>();
        List<FieldType> fields = type.struct().fields();
        out.add(Instr.globalGet(vtable));
        for (int i = 1; i < fields.size(); i++) {
            List<Instr> v = values.get(i);
            if (v != null) out.addAll(v);
            else out.add(defaultValue(fields.get(i).type()));
        }
        out.add(Instr.structNew(type));
        return out;
    }

    /** The instruction pushing the zero value of a storage type (null for a nullable reference). */
    public static Instr defaultValue(StorageType t) {
        if (t instanceof PackedType || t == NumType.I32) return Instr.i32Const(0);
        if (t == NumType.I64) return Instr.i64Const(0);
        if (t == NumType.F32) return Instr.f32Const(0);
        if (t == NumType.F64) return Instr.f64Const(0);
        RefType r = (RefType) t;
        if (!r.nullable()) throw new IllegalArgumentException("no default for " + r);
        return Instr.refNull(r.heap());
    }
}
