package dev.kiln.wasm;

import dev.kiln.wasm.model.CompositeType;
import dev.kiln.wasm.model.FieldType;
import dev.kiln.wasm.model.TypeDef;
import dev.kiln.wasm.model.ValType;
import java.util.List;

/** Shorthands for declaring types in test modules; each adds the new type to {@code group}. */
public final class Types {
    private Types() {
    }

    public static TypeDef func(List<TypeDef> group, String name, List<ValType> params, List<ValType> results) {
        return add(group, new TypeDef(name, new CompositeType.Func(params, results), null, true));
    }

    public static TypeDef struct(List<TypeDef> group, String name, TypeDef supertype, boolean isFinal, FieldType... fields) {
        return add(group, new TypeDef(name, new CompositeType.Struct(List.of(fields)), supertype, isFinal));
    }

    public static TypeDef array(List<TypeDef> group, String name, FieldType element) {
        return add(group, new TypeDef(name, new CompositeType.Array(element), null, true));
    }

    private static TypeDef add(List<TypeDef> group, TypeDef t) {
        group.add(t);
        return t;
    }
}
